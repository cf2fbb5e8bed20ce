/**
 * @module
 * The site's own dates in its other languages, read back (R-PARSE-1: "accept the date exactly as
 * printed or written"; closing-note-7 6b): what shared/dates/forms writes in en, zh-Hans, ko, vi,
 * pt-BR, tl and ne — the date alone, with its weekday, and the short form — so a resident who
 * pastes "Sunday 10 January 2027", "2026년 12월 30일" or "30 tháng 12 năm 2026" from an answer
 * gets that day, not invalid_date. Each reading is built from the same patterns and word lists
 * that write the dates (`*_DATES` in forms/), so a form and its reading cannot drift apart.
 * The era in brackets beside such a date, "(Reiwa 9)" or "(레이와 9년)", is the parser's year
 * bracket (parse-typed-date.ts), read with `ERA_NAMES` from here.
 *
 * Read on prepared text (normalise.ts: NFKC, no spaces, kanji numerals as digits), the words
 * prepared the same way, letters in any case (both sides in lower case). Beyond the forms as
 * printed, two variants a person writes: a comma may be left out or added where the form has one
 * or a weekday meets the date ("Sunday, 10 January 2027"), and a month may be its short name
 * wherever the full one goes (short names with or without their dot: "jan." / "jan").
 */

import type { EraName } from "./eras";
import { EN_DATES } from "./forms/en";
import { type DatePatterns, ERA_ROMAJI } from "./forms/forms";
import { KO_DATES } from "./forms/ko";
import { NE_DATES } from "./forms/ne";
import { PT_BR_DATES } from "./forms/pt-BR";
import { TL_DATES } from "./forms/tl";
import { VI_DATES } from "./forms/vi";
import { ZH_HANS_DATES } from "./forms/zh-Hans";
import { preparedText } from "./normalise";

/** The languages whose forms are read here (ja and やさしい日本語 are the parser's own grammar). */
const DISPLAYED: readonly DatePatterns[] = [
  EN_DATES,
  ZH_HANS_DATES,
  KO_DATES,
  VI_DATES,
  PT_BR_DATES,
  TL_DATES,
  NE_DATES,
];

/** A date as read: its numbers and, when it was written, its weekday (0 = Sunday). */
export interface DisplayedDate {
  year: number;
  month: number;
  day: number;
  weekday?: number;
}

/** Lower-case prepared text, the key a word is looked up by. */
const key = (word: string): string => preparedText(word).toLowerCase();

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An era's names as the other languages write them (rōmaji, also without its long vowel:
 * "Showa" for "Shōwa"; Hangul), prepared and in lower case, for the year bracket.
 */
export const ERA_NAMES: ReadonlyMap<string, EraName> = new Map(
  [ERA_ROMAJI, ...DISPLAYED.map((p) => p.eraNames ?? {})].flatMap((names: Partial<Record<EraName, string>>) =>
    Object.entries(names).flatMap(([era, name]) => [
      [key(name), era as EraName],
      [key(name.normalize("NFD").replace(/\p{M}/gu, "")), era as EraName],
    ]),
  ),
);

/** What may follow an era's year in the bracket ("년"): every language's own. */
export const ERA_YEAR_SUFFIXES: readonly string[] = DISPLAYED.flatMap((p) =>
  p.eraYearSuffix ? [key(p.eraYearSuffix)] : [],
);

/** One language's readings: anchored regexes, and its words (lower-case, prepared) → number. */
interface Readers {
  res: RegExp[];
  months: Map<string, number>;
  weekdays: Map<string, number>;
}

function readersOf(patterns: DatePatterns): Readers {
  const months = new Map<string, number>();
  for (const list of [patterns.months, patterns.shortMonths])
    list?.forEach((name, i) => {
      months.set(key(name), i + 1);
      months.set(key(name).replace(/\.$/, ""), i + 1);
    });
  const weekdays = new Map(patterns.weekdays.map((name, i) => [key(name), i]));
  // Longest first, so "Marso" wins over "Mar".
  const words = (map: Map<string, number>) =>
    [...map.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join("|");
  // The day's ordinal mark as prepared ("1º" → "1o"), optional.
  const ordinal = patterns.dayNumber ? `(?:${escapeRegex(key(patterns.dayNumber(1)).slice(1))})?` : "";
  const slot: Record<string, string> = {
    y: "(?<y>\\d{4})",
    m: "(?<m>\\d{1,2})",
    d: `(?<d>\\d{1,2})${ordinal}`,
    MMMM: `(?<month>${words(months)})`,
    EEEE: `(?<weekday>${words(weekdays)})`,
  };
  slot.MMM = slot.MMMM!;
  // A comma may be left out; spaces are gone from the text, so a weekday may meet the date with
  // a comma or without one ("Sunday 10 January", "Sunday, 10 January").
  const compile = (pattern: string, date = ""): string =>
    pattern.replace(/\{(\w+)\}|[^{]+/g, (piece, name?: string) =>
      name === "date" ? date : name ? slot[name]! : escapeRegex(key(piece)).replaceAll(",", ",?"),
    );
  const withWeekday = patterns.dayWithWeekday.replace(/[\s,]+/g, ",");
  const res = [...new Set([patterns.day, patterns.short ?? patterns.day])].flatMap((day) => [
    new RegExp(`^${compile(day)}$`),
    new RegExp(`^${compile(withWeekday, compile(day))}$`),
  ]);
  return { res, months, weekdays };
}

/** Each language's readings, built the first time a date gets that far (most dates never do). */
const readers: (Readers | undefined)[] = [];

/**
 * The date `prepared` (text as normalise.ts's `preparedText` leaves it, its brackets taken off)
 * in one of the site's other languages' forms, or null. The numbers are as written: whether the
 * day is real, and whether the weekday is its own, is for the caller (parse-typed-date.ts).
 */
export function readDisplayedDate(prepared: string): DisplayedDate | null {
  // Lower case here, and in the words (`key`), rather than case-insensitive regexes: V8 compiles
  // those far more slowly on their first use for words beyond ASCII (vi, pt-BR, ne).
  const text = prepared.toLowerCase();
  for (let i = 0; i < DISPLAYED.length; i++) {
    readers[i] ??= readersOf(DISPLAYED[i]!);
    const { res, months, weekdays } = readers[i]!;
    for (const re of res) {
      const g = re.exec(text)?.groups;
      if (!g) continue;
      return {
        year: Number(g.y),
        month: g.month === undefined ? Number(g.m) : months.get(g.month)!,
        day: Number(g.d),
        weekday: g.weekday === undefined ? undefined : weekdays.get(g.weekday),
      };
    }
  }
  return null;
}
