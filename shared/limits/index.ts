/**
 * @module
 * The limits the API enforces, each written once. The Worker's middleware and routes check
 * them, the error sentences (shared/messages) and the OpenAPI document quote them through
 * `LIMIT_TEXT`, and the date parser and schema bound typed dates by `MAX_DATE_LENGTH`.
 *
 * Hint: the sentences that quote a limit are in every language; change a number here and they
 * all follow.
 */

/** R-PARSE-1 puts no bound on a typed date; we do, so hostile input costs nothing. Long enough
 *  for any form R-PARSE-1 accepts with spaces. */
export const MAX_DATE_LENGTH = 40;

/** Batch size cap: contract.md asks for at least 1,000. 5,000 compact answers (`texts: false`)
 *  take 80–100 ms of CPU in one isolate and about 25 MiB of heap at most (2026-12-02,
 *  npm run bench:isolate; 60–70 ms in workerd, npm run bench:workerd). */
export const MAX_BATCH_ITEMS = 5_000;

/**
 * With texts a batch is bounded so that the first request of a new isolate stays under 50 ms of
 * CPU (issue 12) in every language, a language module loaded on demand included: a cold isolate
 * runs the rules and the sentences' code for the first time (interpreted, then compiled), so a
 * cold item costs 2–3 times a warm one, on top of about 13 ms for the first request itself.
 * 25 items in one language: 23–37 ms cold in Node (the largest of 5 isolates 39 ms, ne), 24–31
 * ms on workerd's main thread (the largest 33 ms, vi); all nine languages at once, 41 ms in
 * workerd (2026-12-02, npm run bench:isolate and bench:workerd; docs/benchmarks.md). 50 came within
 * 4 ms of the bound. Above it the 413 names the bound and says to send `"texts": false`.
 */
export const MAX_BATCH_ITEMS_WITH_TEXTS = 25;

/**
 * With texts a batch is also bounded in languages: those it is answered in, i.e. each item's
 * `lang`, and the batch's own (`lang`, else `?lang=`, else `Accept-Language`, else ja) only when
 * an item names none (or one we do not speak: its error is worded in the batch's). They are counted
 * alike whether or not an isolate has loaded them already (a client must be able to tell from its
 * request), and they are the languages the request loads (worker/routes/batch.ts). Each language but ja
 * is a module loaded on demand (worker/lang-texts.ts), and each language's sentences run for the
 * first time in its first batch: in Node about 3 ms to import a module and 2 ms to run its
 * sentences the first time, so 25 items in all nine languages took 53–66 ms of CPU cold. The
 * costliest batch this accepts, 25 items in the two costliest languages (ne, vi; a `?lang=` the
 * body's `lang` overrides is not loaded, worker/index.ts): 34 ms cold in Node, the largest of 7
 * isolates 44 ms at load 10–12 (2026-12-02, bench:isolate, case "costliest"). Above the bound the
 * 413 names it and says to send one batch per language or `"texts": false` (not bounded so:
 * without sentences an item's language words only its error).
 */
export const MAX_BATCH_LANGS_WITH_TEXTS = 2;

/** Body byte limits (before decoding). A single question is a few hundred bytes. */
export const MAX_SINGLE_BODY_BYTES = 16 * 1024;
export const MAX_BATCH_BODY_BYTES = 1024 * 1024;

/** The request line and headers together, as `npm start`'s front reads them (Node's default);
 *  on Cloudflare the edge sets its own, larger bound. */
export const MAX_HEADER_BYTES = 16 * 1024;

/** A query never needs more than a few dates; longer ones are refused whole (414). */
export const MAX_QUERY_CHARS = 2_048;

/** Depth of the deepest valid body: `{ items: [ { ... } ] }`, plus one for slack. */
export const MAX_JSON_DEPTH = 4;

/**
 * The per-client budget of `/api/*` (a batch counts once), in fixed windows of `period`
 * seconds; a client refused may try again after at most `period` (the 429's Retry-After).
 *
 * Hint: Cloudflare reads the budget only from wrangler.toml (`[[ratelimits]] simple`, which
 * `npm start` copies too), and wrangler.toml cannot import this file: change both.
 * shared/limits/rate-limit.test.ts fails while they differ, and while README's sentence does.
 */
export const RATE_LIMIT = { limit: 600, period: 60 } as const;

/** 5000 → "5,000": ja and en both write counts this way in the API's sentences. */
export const countText = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ",");

/** 16384 → "16 KiB", 1048576 → "1 MiB" (whole units only: the limits are powers of two). */
export function bytesText(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  if (Number.isInteger(mib)) return `${countText(mib)} MiB`;
  const kib = bytes / 1024;
  if (Number.isInteger(kib)) return `${countText(kib)} KiB`;
  return `${countText(bytes)} bytes`;
}

/** The budget in English, as the OpenAPI document and README write it: "600 requests a minute". */
export function rateLimitText({ limit, period }: { limit: number; period: number } = RATE_LIMIT): string {
  const every =
    period === 60 ? "a minute" : period % 60 === 0 ? `every ${period / 60} minutes` : `every ${period} seconds`;
  return `${countText(limit)} requests ${every}`;
}

/** The limits as sentences and documents quote them. */
export const LIMIT_TEXT = {
  dateLength: countText(MAX_DATE_LENGTH),
  batchItems: countText(MAX_BATCH_ITEMS),
  batchItemsWithTexts: countText(MAX_BATCH_ITEMS_WITH_TEXTS),
  batchLangsWithTexts: countText(MAX_BATCH_LANGS_WITH_TEXTS),
  singleBody: bytesText(MAX_SINGLE_BODY_BYTES),
  batchBody: bytesText(MAX_BATCH_BODY_BYTES),
  queryChars: countText(MAX_QUERY_CHARS),
  headerBytes: bytesText(MAX_HEADER_BYTES),
  jsonDepth: countText(MAX_JSON_DEPTH),
} as const;
