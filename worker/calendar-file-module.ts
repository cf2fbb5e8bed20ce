/**
 * @module
 * The calendar file's builder (worker/calendar-file/build.ts, with shared/calendar) is a module of
 * its own, worker/calendar-file/ics.js, built by `npm run lang-texts` (scripts/lang-texts/packs.mjs)
 * and shipped beside the bundle as the language modules are (wrangler.toml's `[[rules]]`): only
 * `GET /api/v1/calendar.ics` needs it. It is imported on the first such request, and the runtime
 * keeps it.
 *
 * Hint: this file sits beside worker/index.ts so that the literal specifier names the module as
 * it is named beside the bundle.
 */
export const loadCalendarFile = () => import("./calendar-file/ics.js");
