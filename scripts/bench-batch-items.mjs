import { LANGS } from "../shared/lang/index.ts";

// The batch both benchmarks send (bench:http end to end, bench:isolate in one isolate):
// realistic and valid items, birth dates with the matching printed expiry of a 10-year card,
// varied so that no two neighbours are alike.
export function batchItems(count) {
  return Array.from({ length: count }, (_, i) => {
    const monthDay = `${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    return {
      birthDate: `${1950 + (i % 45)}-${monthDay}`,
      cardExpiry: `${2028 + (i % 7)}-${monthDay}`,
      today: "2026-01-10",
    };
  });
}

/**
 * The languages whose batch with texts costs the most in a new isolate, costliest first: the
 * first request of 7 fresh isolates with 25 items in each language alone (bench:isolate, Node 24,
 * 2026-12-02, medians 35.0 ne, 33.4 vi, 32.9 pt-BR, 32.7 ko, 32.2 tl, 29.8 ja-easy, 28.7 en,
 * 27.2 zh-Hans ms, within a few ms of each other: the module each loads on demand,
 * worker/lang-texts.ts, and its sentences' first run); ja last, built into the bundle (28.1 ms).
 */
export const COSTLIEST_LANGS = ["ne", "vi", "pt-BR", "ko", "tl", "ja-easy", "en", "zh-Hans", "ja"];

/**
 * The languages the benchmarks try a batch with texts in: ja (the default, built into the
 * bundle), en and ja-easy, vi and ne (each a module loaded on demand by the first request that
 * names it, worker/lang-texts.ts; ne the largest), and "costliest": the costliest batch the bound
 * accepts (`batchRequest`). "mixed" (the items name all nine in turn) is refused with texts
 * above MAX_BATCH_LANGS_WITH_TEXTS items (shared/limits); BENCH_LANGS=mixed measures that 413.
 */
export const LANG_CASES = ["ja", "en", "ja-easy", "vi", "ne", "costliest"];

/** `items` naming `lang` each (ja: none, the default; "mixed": all nine in turn). */
export function withLang(items, lang = "ja") {
  if (lang === "ja") return items;
  return items.map((item, i) => ({ ...item, lang: lang === "mixed" ? LANGS[i % LANGS.length] : lang }));
}

/**
 * The batch request of a benchmark case: its path and body. "costliest" is the costliest the
 * bounds accept (shared/limits): as many items as allowed, in as many languages as allowed, the
 * costliest ones (the batch's own `lang` the first), and one more language in `?lang=`, which
 * the body's `lang` overrides: the bound does not count it, so the Worker must not load it
 * (worker/index.ts; test/api/lang-texts.test.ts), and this case shows what it costs if it did.
 */
export function batchRequest(count, lang, texts = true, maxLangs = 1) {
  const path = "/api/v1/evaluate/batch";
  const compact = texts ? {} : { texts: false };
  if (lang !== "costliest") return { path, body: { ...compact, items: withLang(batchItems(count), lang) } };
  const langs = COSTLIEST_LANGS.slice(0, maxLangs);
  return {
    path: `${path}?lang=${COSTLIEST_LANGS[maxLangs]}`,
    body: {
      ...compact,
      lang: langs[0],
      items: batchItems(count).map((item, i) => ({ ...item, lang: langs[i % langs.length] })),
    },
  };
}
