// Review7 #2 and closing-note-7 6b (R-PARSE-1, R-PARSE-4): every date this site writes, in every
// language (shared/dates/forms, the forms the answers, 大切な日 and letters use), reads back,
// through the parser of typed dates, as the same day: a resident who copies a date from one
// answer into the form, or into the list, is not refused by the same site. `Date` is only the
// oracle here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LANGS } from "../lang/index.ts";
import { DATE_FORMS } from "./display";
import type { DateForms } from "./forms/forms";
import { parseTypedDate } from "./parse-typed-date";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

// Every form that writes a whole date (`month` is a heading, not a date; outside Japanese, `era`
// is the era year alone, "Reiwa 9"). The parser reads era years of one or two digits
// (R-PARSE-1), so 令和99年 (2117) is the last 和暦 year it can read back.
const WHOLE_DATE_FORMS = ["day", "dayWithWeekday", "short", "era", "dayWithEra", "letter"] as const;
const formsOf = (lang: string) =>
  lang === "ja" || lang === "ja-easy" ? WHOLE_DATE_FORMS : WHOLE_DATE_FORMS.filter((form) => form !== "era");
const FIRST = "1873-01-01";
const LAST = "2117-12-31";

// Era change days (R-PARSE-2), 元年, Feb 29 of leap years (and 1900, not one), month ends,
// the first and last day read.
const EDGES = [
  "1873-01-01",
  "1900-02-28",
  "1900-03-01",
  "1912-07-29",
  "1912-07-30",
  "1912-07-31",
  "1926-12-24",
  "1926-12-25",
  "1926-12-26",
  "1989-01-07",
  "1989-01-08",
  "2019-04-30",
  "2019-05-01",
  "2019-12-31",
  "2020-01-01",
  "2000-02-29",
  "2024-02-29",
  "2028-02-29",
  "2027-01-31",
  "2027-04-30",
  "2027-06-30",
  "2027-09-30",
  "2027-11-30",
  "2027-12-31",
  "2117-12-31",
];

/** The forms of `iso` that do not read back as exactly that day (with no past-era note: the site
 *  always writes a date in its own era), as `form: text → answer`. */
const misread = (forms: DateForms, iso: string, lang: string): string[] =>
  formsOf(lang).flatMap((form) => {
    const text = forms[form](iso);
    const parsed = parseTypedDate(text);
    return parsed.ok && parsed.iso === iso && parsed.note === undefined
      ? []
      : [`${form}: ${text} → ${JSON.stringify(parsed)}`];
  });

describe.each(["ja", "ja-easy"] as const)("%s: the whole-date forms", (lang) => {
  const forms = DATE_FORMS[lang];
  it("shows the forms it checks (Sunday 2027-01-10)", () => {
    expect(WHOLE_DATE_FORMS.map((f) => forms[f]("2027-01-10"))).toStrictEqual(
      lang === "ja"
        ? [
            "2027年1月10日",
            "2027年1月10日（日）",
            "2027年1月10日",
            "令和9年1月10日",
            "2027年1月10日（令和9年）",
            "令和9年（2027年）1月10日（日）",
          ]
        : [
            "2027年1月10日",
            "2027年1月10日（日曜日）",
            "2027年1月10日",
            "令和9年1月10日",
            "2027年1月10日（令和9年）",
            "令和9年（2027年）1月10日（日曜日）",
          ],
    );
  });
});

// The forms of the other languages, as the site writes them on a Sunday (2027-01-10) and on the
// first of a month (pt-BR's ordinal 1º), each read back below.
describe("the other languages' whole-date forms", () => {
  it.each([
    ["en", "10 January 2027", "Sunday 10 January 2027", "10 Jan 2027", "10 January 2027 (Reiwa 9)"],
    ["zh-Hans", "2027年1月10日", "2027年1月10日星期日", "2027年1月10日", "2027年1月10日（令和9年）"],
    ["ko", "2027년 1월 10일", "2027년 1월 10일 일요일", "2027. 1. 10.", "2027년 1월 10일(레이와 9년)"],
    ["vi", "10 tháng 1 năm 2027", "Chủ Nhật, 10 tháng 1 năm 2027", "10 thg 1, 2027", "10 tháng 1 năm 2027 (Reiwa 9)"],
    [
      "pt-BR",
      "10 de janeiro de 2027",
      "domingo, 10 de janeiro de 2027",
      "10 de jan. de 2027",
      "10 de janeiro de 2027 (Reiwa 9)",
    ],
    ["tl", "Enero 10, 2027", "Linggo, Enero 10, 2027", "Ene 10, 2027", "Enero 10, 2027 (Reiwa 9)"],
    ["ne", "2027 जनवरी 10", "2027 जनवरी 10, आइतबार", "2027 जनवरी 10", "2027 जनवरी 10 (Reiwa 9)"],
  ] as const)("%s", (lang, day, dayWithWeekday, short, dayWithEra) => {
    const forms = DATE_FORMS[lang];
    expect(formsOf(lang).map((f) => forms[f]("2027-01-10"))).toStrictEqual([
      day,
      dayWithWeekday,
      short,
      dayWithEra,
      dayWithWeekday,
    ]);
  });
});

describe.each(LANGS)("%s: every whole-date display form parses back to its day", (lang) => {
  const forms = DATE_FORMS[lang];
  it.each([...EDGES, "2027-01-01"])("%s", (iso) => expect(misread(forms, iso, lang)).toStrictEqual([]));
  it("on many days 1873-01-01 … 2117-12-31", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber(FIRST), max: dayNumber(LAST) }).map(isoOfDay),
        (iso) => misread(forms, iso, lang).length === 0,
      ),
      { numRuns: 5_000 },
    );
  });
});
