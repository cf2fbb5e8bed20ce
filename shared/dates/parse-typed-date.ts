/**
 * @module
 * `parseTypedDate`: one date as a person types it (西暦 or 和暦) to an ISO date, or an error code
 * the UI can turn into a sentence, with a corrected date when we can guess one (R-PARSE-1..3).
 */

import { MAX_DATE_LENGTH } from "../limits/index.ts";
import { compareIso, isRealDate, toIso, weekdayIndex } from "./calendar";
import { CARD_FACE_WORDS } from "./card-face-words";
import { ERAS, type Era, type EraName, eraByToken, GREGORIAN_START } from "./eras";
import { eraYearName, formatWareki, WEEKDAYS_JA } from "./format-japanese-date";
import { preparedText } from "./normalise";
import { ERA_NAMES, ERA_YEAR_SUFFIXES, readDisplayedDate } from "./parse-displayed";

export type ParseErrorCode =
  | "empty" // nothing typed
  | "unrecognised" // not a date form we know
  | "not_a_real_date" // e.g. H13.2.29, 2025-02-30, month 13
  | "past_era_end" // 平成31年5月1日, 昭和64年1月8日 → suggestion in the following era
  | "before_era_start" // 令和1年4月30日, 平成1年1月7日 → suggestion in the preceding era
  | "before_gregorian" // before 1873-01-01 (R-PARSE-3)
  | "weekday_mismatch" // 2027年1月10日（月）: 2027-01-10 is a Sunday (review7 #2)
  | "year_mismatch"; // 2027年1月10日（令和8年）, 令和9年（2026年）1月10日 (review7 #2)

/** R-PARSE-3: a date past its era's end, accepted as the same Gregorian date, with the era it
 *  falls in ("平成31年5月1日 is 令和元年5月1日"). */
export interface PastEraNote {
  code: "past_era_end";
  iso: string;
  wareki: string;
}

/**
 * A bracket that disagrees with its date: the date as read without it (ISO), and what the
 * bracket says, rebuilt from what we read (never the raw text): the weekday, 0 = Sunday, or the
 * year as Japanese writes it ("令和8年", "2026年").
 */
export type Mismatch = { iso: string; weekday: number } | { iso: string; year: string };

export type ParsedDate =
  | { ok: true; iso: string; calendar: "gregorian" | "wareki"; era?: EraName; note?: PastEraNote }
  | { ok: false; code: ParseErrorCode; suggestion?: { iso: string; wareki: string }; mismatch?: Mismatch };

/** Latest 西暦 year accepted; later four-digit years are typos, not dates we reason about. */
export const MAX_YEAR = 2200;

/** R-PARSE-3: a date past its era's end is accepted up to this many years after the era's last
 *  day (documents printed before an era change); beyond that it is an error. */
const PAST_ERA_YEARS = 10;

/** The era's last day plus PAST_ERA_YEARS years (a Feb 29 end is compared as a string: fine). */
const pastEraLimit = (end: string): string =>
  String(Number(end.slice(0, 4)) + PAST_ERA_YEARS).padStart(4, "0") + end.slice(4);

// R-PARSE-1 grammar, on normalised text: a 4-digit 西暦 year or an era (full name, first kanji
// or letter) with a 1–2 digit year or 元; then ".", "/" or "-" used twice alike, or 年…月…日.
const ERA_TOKEN = ERAS.map((e) => e.name).join("|") + "|[" + ERAS.map((e) => e.name[0] + e.letter).join("") + "]";
const GRAMMAR = new RegExp(
  `^(?:(?<west>\\d{4})|(?<era>${ERA_TOKEN})(?<ey>\\d{1,2}|元))` +
    `(?:(?<sep>[./-])(?<m1>\\d{1,2})\\k<sep>(?<d1>\\d{1,2})|年(?<m2>\\d{1,2})月(?<d2>\\d{1,2})日)$`,
  "i",
);

const fail = (code: ParseErrorCode): ParsedDate => ({ ok: false, code });

// R-PARSE-1: the words around a date on the card or a letter (…生, …まで有効, 有効期限…, 満了日…).
const LEADING_WORDS = /^(?:有効期限|有効期間満了日|在留期間満了日|満了日|生年月日|発行日)(?:[:は])?/;
const TRAILING_WORDS = new RegExp(`(?:${CARD_FACE_WORDS}|まで|生まれ|生)$`);
// The checker's own conversion line ("= 1954年1月10日（昭和29年）") copied back into the form.
const CONVERSION_SIGN = /^=/;
const withoutPrintedWords = (s: string): string =>
  s.replace(CONVERSION_SIGN, "").replace(LEADING_WORDS, "").replace(TRAILING_WORDS, "");

// R-PARSE-1 (review7 #2): letters, notices and this site's own displays (shared/dates/forms/ja.ts)
// write a date with its weekday in brackets, 「2027年1月10日（日）」「（日曜日）」, and with the other
// calendar's year beside it, 「令和9年（2027年）1月10日」「2027年1月10日（令和9年）」「令和9（2027）年」.
// Brackets are ASCII here (NFKC). The weekday is last; the year sits right after the year it
// restates or at the end of the date, and must be the other calendar's. Calendars and notices mark
// a national holiday 「（月・祝）」 or 「（祝）」: the weekday is checked, the 祝 is not (the site's
// pages carry no holiday calendar, and a later year's holidays are projections). The site's other
// languages write the era year in rōmaji or Hangul, "(Reiwa 9)", "(레이와 9년)" (parse-displayed.ts).
const WEEKDAY_BRACKET = new RegExp(`\\((?:([${WEEKDAYS_JA.join("")}])(?:曜日?)?(?:・祝)?|祝)\\)$`);
const OTHER_ERA_NAMES = [...ERA_NAMES.keys()].sort((a, b) => b.length - a.length).join("|");
const YEAR_BRACKET = new RegExp(
  `\\((?:(?<era>${OTHER_ERA_NAMES}|${ERA_TOKEN})(?<ey>\\d{1,2}|元)|(?<west>\\d{4}))(?:年|${ERA_YEAR_SUFFIXES.join("|")})?\\)`,
  "i",
);
const LEADING_YEAR = new RegExp(`^(?:\\d{4}|(?:${ERA_TOKEN})(?:\\d{1,2}|元))年?$`, "i");

/** What the brackets beside a date say: its weekday (0 = Sunday) and the other calendar's year. */
interface Brackets {
  weekday?: number;
  year?: { era: Era; eraYear: number } | { west: number };
}

/** The era a bracket names: in Japanese (`令和`, `令`, `R`) or as the site's other languages write it. */
const eraNamed = (token: string): Era =>
  (eraByToken(token) ?? ERAS.find((e) => e.name === ERA_NAMES.get(token.toLowerCase())))!;

/** The date without its brackets, and what they said; null when a bracket is not one we read. */
function withoutBrackets(s: string): { date: string; brackets: Brackets } | null {
  const brackets: Brackets = {};
  if (!s.includes("(") && !s.includes(")")) return { date: s, brackets }; // most dates: no regex run
  const weekday = WEEKDAY_BRACKET.exec(s);
  if (weekday) {
    if (weekday[1]) brackets.weekday = WEEKDAYS_JA.indexOf(weekday[1] as (typeof WEEKDAYS_JA)[number]);
    s = s.slice(0, weekday.index);
  }
  const year = YEAR_BRACKET.exec(s);
  if (year) {
    const before = s.slice(0, year.index);
    const after = s.slice(year.index + year[0].length);
    // After the year it restates (「令和9年（2027年）」, 「令和9（2027）年」, then 年…月…日), or last.
    const besideYear = LEADING_YEAR.test(before) && before.endsWith("年") !== after.startsWith("年");
    if (!besideYear && after !== "") return null;
    const g = year.groups!;
    brackets.year =
      g.west !== undefined
        ? { west: Number(g.west) }
        : { era: eraNamed(g.era!), eraYear: g.ey === "元" ? 1 : Number(g.ey) };
    s = before + after;
  }
  return s.includes("(") || s.includes(")") ? null : { date: s, brackets };
}

// R-PARSE-3: "did you mean …?" names the date in the era that really contains it.
const failWithSuggestion = (code: ParseErrorCode, iso: string): ParsedDate => ({
  ok: false,
  code,
  suggestion: { iso, wareki: formatWareki(iso) },
});

const ASCII_ISO = /^\d{4}-\d{2}-\d{2}$/;

function gregorian(year: number, month: number, day: number): ParsedDate {
  if (year > MAX_YEAR) return fail("unrecognised");
  if (!isRealDate(year, month, day)) return fail("not_a_real_date"); // R-PARSE-3 (2025-02-30)
  const iso = toIso({ year, month, day });
  if (compareIso(iso, GREGORIAN_START) < 0) return fail("before_gregorian"); // R-PARSE-3
  return { ok: true, iso, calendar: "gregorian" };
}

function wareki(era: Era, eraYear: number, month: number, day: number): ParsedDate {
  const year = era.offset + eraYear; // R-PARSE-2
  // Impossible dates are reported before era bounds: H13.2.29 is "not real", not "out of era".
  if (eraYear < 1 || !isRealDate(year, month, day)) return fail("not_a_real_date");
  const iso = toIso({ year, month, day });
  if (compareIso(iso, GREGORIAN_START) < 0) return fail("before_gregorian"); // R-PARSE-3
  if (compareIso(iso, era.start) < 0) return failWithSuggestion("before_era_start", iso);
  if (era.end !== null && compareIso(iso, era.end) > 0) {
    // R-PARSE-3: accepted with a note naming the era it falls in, unless beyond any plausible use.
    if (compareIso(iso, pastEraLimit(era.end)) > 0) return failWithSuggestion("past_era_end", iso);
    return {
      ok: true,
      iso,
      calendar: "wareki",
      era: era.name,
      note: { code: "past_era_end", iso, wareki: formatWareki(iso) },
    };
  }
  return { ok: true, iso, calendar: "wareki", era: era.name };
}

/**
 * Parse a typed date (R-PARSE-1): `2026-03-15`, `2026/3/15`, `2026.3.15`, `2026年3月15日`,
 * `令和8年3月15日`, `令和元年5月1日`, `R8.3.15`, `r8/3/15`, `令8.3.15`, `㍻31.4.30`, in
 * full-width or half-width, with spaces anywhere; with the weekday in brackets (`（日）`,
 * `（日曜日）`) and the other calendar's year in brackets (`令和9年（2027年）1月10日`,
 * `2027年1月10日（令和9年）`) when they agree with the date. Never throws.
 */
export function parseTypedDate(text: string): ParsedDate {
  if (text == null) return fail("empty"); // an absent form field, from untyped callers
  if (typeof text !== "string" || text.length > MAX_DATE_LENGTH) return fail("unrecognised");
  // Plain ASCII YYYY-MM-DD, what programs send (a batch of thousands): every normalisation step
  // below leaves it as it is and the grammar reads it as year-month-day, so it goes straight to
  // the same check (properties.test.ts compares both ways on generated input).
  if (ASCII_ISO.test(text)) return gregorian(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8)));
  const s = withoutPrintedWords(preparedText(text));
  if (s === "") return fail("empty");
  const parts = withoutBrackets(s);
  if (!parts) return fail("unrecognised");
  const g = GRAMMAR.exec(parts.date)?.groups;
  if (!g) return displayed(parts.date, parts.brackets);
  const month = Number(g.m1 ?? g.m2);
  const day = Number(g.d1 ?? g.d2);
  if (g.west !== undefined) return checkBrackets(gregorian(Number(g.west), month, day), parts.brackets, month, day);
  const era = eraByToken(g.era) as Era; // the grammar only admits known era tokens
  return checkBrackets(wareki(era, g.ey === "元" ? 1 : Number(g.ey), month, day), parts.brackets, month, day);
}

/**
 * A date as the site writes it in its other languages ("Sunday 10 January 2027", "2026년 12월
 * 30일", parse-displayed.ts): 西暦, its weekday checked as a bracketed one is.
 */
function displayed(date: string, brackets: Brackets): ParsedDate {
  const read = readDisplayedDate(date);
  if (!read) return fail("unrecognised");
  if (read.weekday !== undefined) {
    if (brackets.weekday !== undefined) return fail("unrecognised"); // two weekdays
    brackets.weekday = read.weekday;
  }
  return checkBrackets(gregorian(read.year, read.month, read.day), brackets, read.month, read.day);
}

/**
 * A date read without its brackets, checked against them: a bracketed year must name the same
 * date in the other calendar (the 和暦 beside 西暦 is read by R-PARSE-2/3 as if typed alone, so
 * 「2019年5月1日（平成31年）」 carries the past-era note), and a weekday must be the date's own.
 */
function checkBrackets(read: ParsedDate, brackets: Brackets, month: number, day: number): ParsedDate {
  const { year, weekday } = brackets;
  if (!read.ok || (year === undefined && weekday === undefined)) return read;
  const { iso } = read;
  let result = read;
  if (year !== undefined && "west" in year) {
    if (read.calendar !== "wareki") return fail("unrecognised"); // 西暦 beside 西暦
    if (year.west !== Number(iso.slice(0, 4)))
      return { ok: false, code: "year_mismatch", mismatch: { iso, year: `${year.west}年` } };
  } else if (year !== undefined) {
    if (read.calendar !== "gregorian") return fail("unrecognised"); // 和暦 beside 和暦
    const other = wareki(year.era, year.eraYear, month, day);
    // 「2019年4月30日（令和元年）」 disagrees too: that day is 平成31年.
    if (!other.ok || other.iso !== iso) {
      return { ok: false, code: "year_mismatch", mismatch: { iso, year: eraYearName(year.era, year.eraYear) } };
    }
    if (other.note) result = { ...read, note: other.note };
  }
  if (weekday !== undefined && weekday !== weekdayIndex(iso))
    return { ok: false, code: "weekday_mismatch", mismatch: { iso, weekday } };
  return result;
}
