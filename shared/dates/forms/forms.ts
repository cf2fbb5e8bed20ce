/**
 * @module
 * The shape of one language's date forms, and the parts every form is built from. Each
 * language has its own file (`<code>.ts`) so the widget can load one language's forms without
 * the others (issue 13); shared/dates/display.ts maps every language to its forms.
 *
 * Every form is deterministic: integer arithmetic on the ISO string, no `Date` and no `Intl`
 * (R-DATE-1: a calendar date has no time zone; and a browser's ICU data differs by version, so
 * the same answer could read differently on two phones). The tests compare the forms that follow
 * CLDR with Node's ICU on many days, so the words are checked, not copied blindly.
 *
 * Digits are always Latin (0-9), in every language: the dates a resident compares them with, on
 * the card, on the 在留カード and in the municipal letters, are printed in Latin digits, and
 * the API's own dates are ISO.
 */
import { requireIso, weekdayOf } from "../calendar";
import { type EraName, eraOf, GREGORIAN_START } from "../eras";

/** One language's forms of an ISO date (shared/dates/display.ts documents each). */
export interface DateForms {
  /** The date alone. */
  day: (iso: string) => string;
  /** The month alone (a heading). */
  month: (iso: string) => string;
  /** With the weekday: the form of dates in sentences. */
  dayWithWeekday: (iso: string) => string;
  /** For tight spaces (the timeline drawing). */
  short: (iso: string) => string;
  /** The 和暦 era and year; "" before 1873 (R-PARSE-3). */
  era: (iso: string) => string;
  /** The date with its era year (R-PARSE-4). */
  dayWithEra: (iso: string) => string;
  /** A date a resident acts on, as letters write it in the language. */
  letter: (iso: string) => string;
  /** The date's weekday alone (naming a written weekday that is not the date's own, review7 #2). */
  weekday: (iso: string) => string;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/** @throws RangeError for a string that is not an ISO date. */
export function dateParts(iso: string): DateParts {
  const { year, month, day } = requireIso(iso);
  return { year, month, day, weekday: weekdayOf({ year, month, day }) };
}

/**
 * The era and its year (year 1 is 1, not 元: only Japanese writes 元年), or null before 1873
 * (no 和暦 for a pre-Gregorian date, R-PARSE-3). On a change day (1912-07-30, 1926-12-25) the
 * later era, as in Japanese (R-PARSE-2).
 */
export function eraYear(iso: string): { name: EraName; year: number } | null {
  if (iso < GREGORIAN_START) return null;
  const era = eraOf(iso)!;
  return { name: era.name, year: requireIso(iso).year - era.offset };
}

/**
 * The eras in rōmaji, for the languages written in Latin letters and for Nepali (CLDR names
 * the eras in rōmaji there too): a resident can match "Reiwa 8" to what a Japanese speaker says.
 */
export const ERA_ROMAJI: Record<EraName, string> = {
  明治: "Meiji",
  大正: "Taishō",
  昭和: "Shōwa",
  平成: "Heisei",
  令和: "Reiwa",
};

/** The words and patterns a language writes its dates with (see {@link dateForms}). */
export interface DatePatterns {
  /** The date: `{y}` year, `{m}` month number, `{d}` day, `{MMMM}` month name, `{MMM}` its short name. */
  day: string;
  /** The date with its weekday: `{date}` is the day form, `{EEEE}` the weekday's name. */
  dayWithWeekday: string;
  /** The month alone, with the day form's slots. */
  month: string;
  /** For tight spaces; default the day form. */
  short?: string;
  /** The day of the month as `{d}` writes it; default its number ("1"). */
  dayNumber?: (day: number) => string;
  /** Month names, January first (needed when a pattern names the month). */
  months?: readonly string[];
  shortMonths?: readonly string[];
  /** Weekday names, Sunday first. */
  weekdays: readonly string[];
  /** The era and year written with the era's own kanji (zh-Hans: "令和8年"); else `eraNames`. */
  era?: (iso: string) => string;
  /** The eras' names, the year after a space and then `eraYearSuffix`: default rōmaji ("Reiwa 8"). */
  eraNames?: Record<EraName, string>;
  eraYearSuffix?: string;
  /** Around the era beside a date: " (" ")" by default. */
  brackets?: readonly [string, string];
}

/**
 * A language's forms from its patterns. The compound forms follow: the date with its era in
 * brackets ("DATE (Reiwa 8)", R-PARSE-4; the date alone before 1873) and, for letters, the date
 * with its weekday (only Japanese writes letters with 和暦 first, forms/ja.ts).
 */
export function dateForms(patterns: DatePatterns): DateForms {
  const slot = (name: string): ((p: DateParts) => string) => {
    switch (name) {
      case "y":
        return (p) => String(p.year);
      case "m":
        return (p) => String(p.month);
      case "d":
        return patterns.dayNumber ? (p) => patterns.dayNumber!(p.day) : (p) => String(p.day);
      case "MMMM":
        return (p) => patterns.months?.[p.month - 1] ?? "";
      case "MMM":
        return (p) => patterns.shortMonths?.[p.month - 1] ?? "";
      case "EEEE":
        return (p) => patterns.weekdays[p.weekday]!;
      case "date":
        return compile(patterns.day);
      default:
        throw new Error(`no date slot {${name}}`);
    }
  };
  // Each pattern is read once, into its literal pieces and slots: a date in a sentence is then
  // one parse of the ISO string and a few concatenations (a batch formats thousands).
  function compile(pattern: string): (p: DateParts) => string {
    const pieces: (string | ((p: DateParts) => string))[] = [];
    let last = 0;
    for (const m of pattern.matchAll(/\{(\w+)\}/g)) {
      if (m.index > last) pieces.push(pattern.slice(last, m.index));
      pieces.push(slot(m[1]!));
      last = m.index + m[0].length;
    }
    if (last < pattern.length) pieces.push(pattern.slice(last));
    return (p) => {
      let text = "";
      for (const piece of pieces) text += typeof piece === "string" ? piece : piece(p);
      return text;
    };
  }
  const form = (pattern: string) => {
    const fill = compile(pattern);
    return (iso: string) => fill(dateParts(iso));
  };
  const eraNames = patterns.eraNames ?? ERA_ROMAJI;
  const era =
    patterns.era ??
    ((iso: string) => {
      const e = eraYear(iso);
      return e ? `${eraNames[e.name]} ${e.year}${patterns.eraYearSuffix ?? ""}` : "";
    });
  const [open, close] = patterns.brackets ?? [" (", ")"];
  const day = form(patterns.day);
  const dayWithWeekday = form(patterns.dayWithWeekday);
  return {
    day,
    month: form(patterns.month),
    dayWithWeekday,
    short: form(patterns.short ?? patterns.day),
    era,
    dayWithEra: (iso) => {
      const e = era(iso);
      return e ? `${day(iso)}${open}${e}${close}` : day(iso);
    },
    letter: dayWithWeekday,
    weekday: (iso) => patterns.weekdays[dateParts(iso).weekday]!,
  };
}
