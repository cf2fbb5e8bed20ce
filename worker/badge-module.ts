/**
 * @module
 * The badge's drawing (worker/badge/svg.ts, its palette and shared/design's stage looks) is a
 * module of its own, worker/badge/image.js, built by `npm run lang-texts`
 * (scripts/lang-texts/packs.mjs) and shipped beside the bundle as the checker page's is
 * (wrangler.toml's `rules`): only `GET /api/v1/badge.svg` needs it. It is imported on an
 * isolate's first badge request, and the runtime keeps it.
 *
 * Hint: this file sits beside worker/index.ts so that the literal specifier names the module as
 * it is named beside the bundle. The module is not named svg.js: beside svg.ts, TypeScript and
 * Vite would read `./badge/svg.js` as the source.
 */
export const loadBadge = () => import("./badge/image.js");
