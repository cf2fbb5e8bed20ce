/**
 * @module
 * The no-JavaScript checker page's answer (worker/check-page/post.ts: the form's checks, and the
 * island's own renderer from site/src/scripts) is a module of its own, worker/check-page/page.js, built by
 * `npm run lang-texts` (scripts/lang-texts/packs.mjs) and shipped beside the bundle as the
 * language modules are (wrangler.toml's `[[rules]]`): only a POST to a checker page needs it, so
 * an isolate that answers the API never parses it. It is imported on the first such POST, and
 * the runtime keeps it.
 *
 * Hint: this file sits beside worker/index.ts so that the literal specifier names the module as
 * it is named beside the bundle.
 */
export const loadCheckPage = () => import("./check-page/page.js");
