/**
 * @module
 * A date with a word such as "from", "until", "before" (the content's `fromWord`, `result.from`,
 * …): on which side the word goes, and whether a space separates them, is grammar, once per
 * language. Japanese, Chinese and Korean attach a postposition to the date (「11月14日から」,
 * 「11月14日起」, 「11월 14일부터」); Nepali puts its postposition after a space (देखि); English,
 * Vietnamese, Portuguese and Filipino put a preposition before the date.
 */
import type { Lang } from "#shared/lang/index.ts";

type Placement = "attached" | "after" | "before";

const PLACEMENT: Record<Lang, Placement> = {
  ja: "attached",
  "ja-easy": "attached",
  "zh-Hans": "attached",
  ko: "attached",
  ne: "after",
  en: "before",
  vi: "before",
  "pt-BR": "before",
  tl: "before",
};

/** "from 14 Nov 2026", 「2026年11月14日から」, "2026 नोभेम्बर 14 देखि". */
export function dateWithWord(date: string, word: string, lang: Lang): string {
  switch (PLACEMENT[lang]) {
    case "attached":
      return `${date}${word}`;
    case "after":
      return `${date} ${word}`;
    case "before":
      return `${word} ${date}`;
  }
}
