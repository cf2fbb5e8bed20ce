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
 * The languages the benchmarks try a batch with texts in: ja (the default, built into the
 * bundle), en and ja-easy, vi and ne (each a module loaded on demand by the first request that
 * names it, worker/lang-texts.ts; ne the largest), and "mixed": the items name all nine in turn,
 * so that the first request loads every module at once, the costliest batch of a cold isolate.
 */
export const LANG_CASES = ["ja", "en", "ja-easy", "vi", "ne", "mixed"];

/** `items` naming `lang` each (ja: none, the default; "mixed": all nine in turn). */
export function withLang(items, lang = "ja") {
  if (lang === "ja") return items;
  return items.map((item, i) => ({ ...item, lang: lang === "mixed" ? LANGS[i % LANGS.length] : lang }));
}
