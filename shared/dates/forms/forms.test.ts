// The date forms of the six languages of issue 13 (zh-Hans, ko, vi, pt-BR, tl, ne) beside ja and
// en: examples at the boundaries (month ends, Feb 29, era change days R-PARSE-2, before 1873
// R-PARSE-3), a check against Node's ICU (CLDR) on many days for the forms that follow CLDR, and
// properties over every day from 1873 to 2100 (Latin digits, the day and year always there).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import type { DateForms } from "./forms";
import { ja, jaEasy } from "./ja";
import { ko } from "./ko";
import { ne } from "./ne";
import { ptBR } from "./pt-BR";
import { tl } from "./tl";
import { vi } from "./vi";
import { zhHans } from "./zh-Hans";

const FORMS = { ja, "ja-easy": jaEasy, en, "zh-Hans": zhHans, ko, vi, "pt-BR": ptBR, tl, ne } satisfies Record<
  string,
  DateForms
>;
type Code = keyof typeof FORMS;
const NEW: Code[] = ["zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"];

describe.each([
  // [code, day, dayWithWeekday, short, month] for Saturday 2026-11-14
  ["zh-Hans", "2026年11月14日", "2026年11月14日星期六", "2026年11月14日", "2026年11月"],
  ["ko", "2026년 11월 14일", "2026년 11월 14일 토요일", "2026. 11. 14.", "2026년 11월"],
  ["vi", "14 tháng 11 năm 2026", "Thứ Bảy, 14 tháng 11 năm 2026", "14 thg 11, 2026", "tháng 11 năm 2026"],
  ["pt-BR", "14 de novembro de 2026", "sábado, 14 de novembro de 2026", "14 de nov. de 2026", "novembro de 2026"],
  ["tl", "Nobyembre 14, 2026", "Sabado, Nobyembre 14, 2026", "Nob 14, 2026", "Nobyembre 2026"],
  ["ne", "2026 नोभेम्बर 14", "2026 नोभेम्बर 14, शनिबार", "2026 नोभेम्बर 14", "2026 नोभेम्बर"],
] as const)("%s", (code, day, withWeekday, short, month) => {
  const f = FORMS[code];
  it("writes a Saturday in the language's own form", () => {
    expect(f.day("2026-11-14")).toBe(day);
    expect(f.dayWithWeekday("2026-11-14")).toBe(withWeekday);
    expect(f.letter("2026-11-14")).toBe(withWeekday);
    expect(f.short("2026-11-14")).toBe(short);
    expect(f.month("2026-11-14")).toBe(month);
  });
});

describe("pt-BR: the first of a month is an ordinal (1º de janeiro), other days cardinal", () => {
  it("writes 1º on the first, in every form that has the day", () => {
    expect(ptBR.day("2027-01-01")).toBe("1º de janeiro de 2027");
    expect(ptBR.dayWithWeekday("2027-01-01")).toBe("sexta-feira, 1º de janeiro de 2027");
    expect(ptBR.letter("2027-01-01")).toBe("sexta-feira, 1º de janeiro de 2027");
    expect(ptBR.short("2026-11-01")).toBe("1º de nov. de 2026");
    expect(ptBR.dayWithEra("2019-05-01")).toBe("1º de maio de 2019 (Reiwa 1)");
    expect(ptBR.month("2027-01-01")).toBe("janeiro de 2027");
    // U+00BA, the ordinal indicator, not the degree sign U+00B0.
    expect(ptBR.day("2027-01-01").codePointAt(1)).toBe(0xba);
  });

  it("writes every other day as a plain number, 10, 11, 21 and 31 included", () => {
    for (const [iso, text] of [
      ["2027-01-02", "2 de janeiro de 2027"],
      ["2027-01-10", "10 de janeiro de 2027"],
      ["2027-01-11", "11 de janeiro de 2027"],
      ["2027-01-21", "21 de janeiro de 2027"],
      ["2027-01-31", "31 de janeiro de 2027"],
    ])
      expect(ptBR.day(iso!)).toBe(text);
    fc.assert(
      fc.property(DAYS, (iso) => {
        expect(ptBR.day(iso).includes("º")).toBe(iso.endsWith("-01"));
      }),
    );
  });

  it("is the only language that writes an ordinal", () => {
    for (const code of Object.keys(FORMS) as Code[])
      if (code !== "pt-BR") expect(FORMS[code].day("2027-01-01")).not.toMatch(/º|°/);
  });
});

describe("boundaries", () => {
  it.each([
    // Feb 29 of a leap year (a Tuesday in 2028), and the last day of a common February.
    ["zh-Hans", "2028-02-29", "2028年2月29日星期二"],
    ["ko", "2028-02-29", "2028년 2월 29일 화요일"],
    ["vi", "2028-02-29", "Thứ Ba, 29 tháng 2 năm 2028"],
    ["pt-BR", "2028-02-29", "terça-feira, 29 de fevereiro de 2028"],
    ["tl", "2028-02-29", "Martes, Pebrero 29, 2028"],
    ["ne", "2028-02-29", "2028 फेब्रुअरी 29, मङ्गलबार"],
    ["vi", "2027-02-28", "Chủ Nhật, 28 tháng 2 năm 2027"],
    // Month and year ends: Thursday 2026-12-31, Friday 2027-01-01 (a Sunday first: 2023-01-01).
    ["pt-BR", "2026-12-31", "quinta-feira, 31 de dezembro de 2026"],
    ["tl", "2027-01-01", "Biyernes, Enero 1, 2027"],
    ["ne", "2023-01-01", "2023 जनवरी 1, आइतबार"],
    ["ko", "2026-04-30", "2026년 4월 30일 목요일"],
    ["zh-Hans", "2023-01-01", "2023年1月1日星期日"],
  ] as const)("%s %s → %s", (code, iso, text) => expect(FORMS[code].dayWithWeekday(iso)).toBe(text));

  it.each([
    // R-PARSE-2: the change days; 1912-07-30 and 1926-12-25 are the later era's first day.
    ["2019-04-30", { "zh-Hans": "平成31年", ko: "헤이세이 31년", vi: "Heisei 31" }],
    ["2019-05-01", { "zh-Hans": "令和元年", ko: "레이와 1년", vi: "Reiwa 1" }],
    ["1989-01-07", { "zh-Hans": "昭和64年", ko: "쇼와 64년", vi: "Shōwa 64" }],
    ["1989-01-08", { "zh-Hans": "平成元年", ko: "헤이세이 1년", vi: "Heisei 1" }],
    ["1926-12-25", { "zh-Hans": "昭和元年", ko: "쇼와 1년", vi: "Shōwa 1" }],
    ["1912-07-30", { "zh-Hans": "大正元年", ko: "다이쇼 1년", vi: "Taishō 1" }],
    ["1873-01-01", { "zh-Hans": "明治6年", ko: "메이지 6년", vi: "Meiji 6" }],
  ] as const)("era of %s", (iso, expected) => {
    for (const [code, text] of Object.entries(expected)) expect(FORMS[code as Code].era(iso)).toBe(text);
    for (const code of ["pt-BR", "tl", "ne"] as const) expect(FORMS[code].era(iso)).toBe(expected.vi);
  });

  it("has no era before 1873 (R-PARSE-3): the date alone, its weekday in letters", () => {
    for (const code of NEW) {
      const f = FORMS[code];
      expect(f.era("1872-12-31")).toBe("");
      expect(f.dayWithEra("1872-12-31")).toBe(f.day("1872-12-31"));
      expect(f.letter("1872-12-31")).toBe(f.dayWithWeekday("1872-12-31"));
    }
  });

  it.each([
    ["zh-Hans", "2026年3月15日（令和8年）"],
    ["ko", "2026년 3월 15일(레이와 8년)"],
    ["vi", "15 tháng 3 năm 2026 (Reiwa 8)"],
    ["pt-BR", "15 de março de 2026 (Reiwa 8)"],
    ["tl", "Marso 15, 2026 (Reiwa 8)"],
    ["ne", "2026 मार्च 15 (Reiwa 8)"],
  ] as const)("%s writes the era year beside the date (R-PARSE-4)", (code, text) =>
    expect(FORMS[code].dayWithEra("2026-03-15")).toBe(text),
  );
});

/** Test oracle only: the forms never use Date or Intl. */
const isoOfDay = (n: number) => new Date(Date.UTC(1873, 0, 1 + n)).toISOString().slice(0, 10);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const icu = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
  return (iso: string) => format.format(utc(iso));
};
const DAYS = fc.integer({ min: 0, max: 228 * 365 }).map(isoOfDay);

describe("the forms that follow CLDR agree with Node's ICU on any day", () => {
  // [code, ICU locale (Latin digits), our form, ICU options, how ours differs on purpose]
  const cases: [Code, string, keyof DateForms, Intl.DateTimeFormatOptions, (cldr: string) => string][] = [
    ["zh-Hans", "zh-Hans", "day", { dateStyle: "long" }, (s) => s],
    ["zh-Hans", "zh-Hans", "dayWithWeekday", { dateStyle: "full" }, (s) => s],
    ["ko", "ko", "day", { dateStyle: "long" }, (s) => s],
    ["ko", "ko", "dayWithWeekday", { dateStyle: "full" }, (s) => s],
    ["ko", "ko", "short", { dateStyle: "medium" }, (s) => s],
    // Vietnamese: "năm" before the year instead of CLDR's comma (vi.ts says why).
    ["vi", "vi", "dayWithWeekday", { dateStyle: "full" }, (s) => s.replace(/, (\d+)$/, " năm $1")],
    ["vi", "vi", "short", { dateStyle: "medium" }, (s) => s],
    ["vi", "vi", "month", { year: "numeric", month: "long" }, (s) => s],
    // Portuguese (Brazil): "1º de" on the first of a month, where CLDR writes "1 de" (pt-BR.ts).
    ["pt-BR", "pt-BR", "day", { dateStyle: "long" }, (s) => s.replace(/^1 de/, "1º de")],
    ["pt-BR", "pt-BR", "dayWithWeekday", { dateStyle: "full" }, (s) => s.replace(/, 1 de/, ", 1º de")],
    ["pt-BR", "pt-BR", "short", { dateStyle: "medium" }, (s) => s.replace(/^1 de/, "1º de")],
    ["pt-BR", "pt-BR", "month", { year: "numeric", month: "long" }, (s) => s],
    ["tl", "fil", "day", { dateStyle: "long" }, (s) => s],
    ["tl", "fil", "dayWithWeekday", { dateStyle: "full" }, (s) => s],
    ["tl", "fil", "short", { dateStyle: "medium" }, (s) => s],
    ["tl", "fil", "month", { year: "numeric", month: "long" }, (s) => s],
    ["ne", "ne-u-nu-latn", "day", { dateStyle: "long" }, (s) => s],
    ["ne", "ne-u-nu-latn", "dayWithWeekday", { dateStyle: "full" }, (s) => s],
    ["ne", "ne-u-nu-latn", "month", { year: "numeric", month: "long" }, (s) => s],
  ];
  it.each(cases)("%s %s %s", (code, locale, form, options, adjust) => {
    const cldr = icu(locale, options);
    fc.assert(
      fc.property(DAYS, (iso) => {
        expect(FORMS[code][form](iso)).toBe(adjust(cldr(iso)));
      }),
      { numRuns: 300 },
    );
  });

  it("Korean era names are CLDR's", () => {
    const cldr = icu("ko-u-ca-japanese", { era: "long", year: "numeric" });
    for (const iso of ["1873-01-01", "1912-07-31", "1926-12-26", "1989-01-08", "2026-03-15"])
      expect(ko.era(iso)).toBe(cldr(iso));
  });
});

describe("every day from 1873 to 2100, in every language", () => {
  it("has every form, with the year and the day as Latin digits, and nothing unfilled", () => {
    fc.assert(
      fc.property(DAYS, fc.constantFrom(...(Object.keys(FORMS) as Code[])), (iso, code) => {
        const [y, , d] = iso.split("-").map(Number);
        const f = FORMS[code];
        for (const form of ["day", "dayWithWeekday", "short", "dayWithEra", "letter"] as const) {
          const text = f[form](iso);
          expect(text).toContain(String(y));
          expect(text).toMatch(new RegExp(`(^|\\D)${d}(\\D|$)`));
          expect(text).not.toMatch(/undefined|NaN|[०-९]/);
        }
        expect(f.era(iso)).not.toBe("");
      }),
    );
  });

  it("never writes an all-numeric date with slashes, which reads differently by country", () => {
    fc.assert(
      fc.property(DAYS, fc.constantFrom(...(Object.keys(FORMS) as Code[])), (iso, code) => {
        for (const form of ["day", "dayWithWeekday", "short", "dayWithEra", "letter", "month"] as const)
          expect(FORMS[code][form](iso)).not.toContain("/");
      }),
    );
  });
});
