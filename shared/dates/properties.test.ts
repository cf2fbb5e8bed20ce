// Property-based and exhaustive checks. `Date` appears here only as an independent oracle for
// the Date-free code under test; the era table below is likewise restated from R-PARSE-2 rather
// than imported, so a wrong entry in eras.ts cannot agree with itself.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatJapaneseDate, formatWareki, formatWarekiYear, parseTypedDate, weekdayIndex } from "./index";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

// R-PARSE-2, restated: [first day, name, first kanji, letter, offset]. Later era on overlap days.
const ORACLE = [
  ["1868-01-25", "明治", "明", "M", 1867],
  ["1912-07-30", "大正", "大", "T", 1911],
  ["1926-12-25", "昭和", "昭", "S", 1925],
  ["1989-01-08", "平成", "平", "H", 1988],
  ["2019-05-01", "令和", "令", "R", 2018],
] as const;
const oracleEra = (iso: string) => [...ORACLE].reverse().find(([start]) => start <= iso)!;

const FIRST = dayNumber("1900-01-01");
const LAST = dayNumber("2100-12-31");
const dayArb = (from: string, to: string) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map(isoOfDay);

describe("every day 1900-01-01 … 2100-12-31", () => {
  it("round-trips ISO and 和暦, and weekdayIndex agrees with Date", () => {
    const wrong: string[] = [];
    for (let n = FIRST; n <= LAST; n++) {
      const iso = isoOfDay(n);
      const [, era] = oracleEra(iso);
      const a = parseTypedDate(iso);
      const b = parseTypedDate(formatWareki(iso));
      if (!(a.ok && a.iso === iso && a.calendar === "gregorian")) wrong.push(`${iso}: ${JSON.stringify(a)}`);
      if (!(b.ok && b.iso === iso && b.calendar === "wareki" && b.era === era))
        wrong.push(`${iso}: ${JSON.stringify(b)}`);
      if (weekdayIndex(iso) !== new Date(n * DAY_MS).getUTCDay()) wrong.push(`${iso}: weekday`);
    }
    expect(wrong).toStrictEqual([]);
  });
});

describe("properties (fast-check)", () => {
  const runs = { numRuns: 10_000 };

  it("parseTypedDate(iso) is the same date, 西暦", () => {
    fc.assert(
      fc.property(dayArb("1873-01-01", "2200-12-31"), (iso) => {
        expect(parseTypedDate(iso)).toStrictEqual({ ok: true, iso, calendar: "gregorian" });
      }),
      runs,
    );
  });

  it("parseTypedDate(formatWareki(iso)) is the same date in the later era", () => {
    fc.assert(
      fc.property(dayArb("1873-01-01", "2117-12-31"), (iso) => {
        const era = oracleEra(iso)[1];
        expect(parseTypedDate(formatWareki(iso))).toStrictEqual({ ok: true, iso, calendar: "wareki", era });
      }),
      runs,
    );
  });

  // Every way R-PARSE-1 lets a person write the same 和暦 date, built from its parts.
  const typedWareki = (iso: string) =>
    fc
      .record({
        token: fc.integer({ min: 0, max: 3 }),
        sep: fc.constantFrom(".", "/", "-", "年"),
        pad: fc.boolean(),
        gannen: fc.boolean(),
        fullWidth: fc.boolean(),
        spaces: fc.boolean(),
      })
      .map(({ token, sep, pad, gannen, fullWidth, spaces }) => {
        const [, name, kanji, letter, offset] = oracleEra(iso);
        const [y, m, d] = iso.split("-").map(Number);
        const eraYear = y - offset;
        const num = (n: number) => (pad ? String(n).padStart(2, "0") : String(n));
        const yearText = eraYear === 1 && gannen ? "元" : num(eraYear);
        const parts = [[name, kanji, letter, letter.toLowerCase()][token], yearText];
        const body = sep === "年" ? [`年`, num(m), "月", num(d), "日"] : [sep, num(m), sep, num(d)];
        let text = [...parts, ...body].join(spaces ? " " : "");
        if (fullWidth) text = text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        return { text, era: name };
      });

  it("the short and long 和暦 forms (R8.11.14, ｒ０８／１１／１４, 令8年…) round-trip", () => {
    fc.assert(
      fc.property(
        dayArb("1873-01-01", "2117-12-31").chain((iso) => typedWareki(iso).map((t) => ({ iso, ...t }))),
        ({ iso, text, era }) => {
          expect(parseTypedDate(text)).toStrictEqual({ ok: true, iso, calendar: "wareki", era });
        },
      ),
      runs,
    );
  });

  it("a 和暦 date outside its era is an error (or, within 10 years past its end, a note) whose suggestion parses back to the same day", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORACLE),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        ([, name, , , offset], eraYear, m, d) => {
          const iso = `${offset + eraYear}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const r = parseTypedDate(`${name}${eraYear}年${m}月${d}日`);
          if (iso < "1873-01-01") {
            expect(r).toStrictEqual({ ok: false, code: "before_gregorian" });
          } else if (r.ok && r.note) {
            // R-PARSE-3: past the era's end, within 10 years of it: accepted with the era it falls in
            expect(r).toStrictEqual({
              ok: true,
              iso,
              calendar: "wareki",
              era: name,
              note: { code: "past_era_end", iso, wareki: r.note.wareki },
            });
            expect(parseTypedDate(r.note.wareki)).toStrictEqual({
              ok: true,
              iso,
              calendar: "wareki",
              era: oracleEra(iso)[1],
            });
          } else if (r.ok) {
            expect(r).toStrictEqual({ ok: true, iso, calendar: "wareki", era: name });
          } else {
            expect(["past_era_end", "before_era_start"]).toContain(r.code);
            expect(r.suggestion?.iso).toStrictEqual(iso);
            const again = parseTypedDate(r.suggestion!.wareki);
            expect(again).toStrictEqual({ ok: true, iso, calendar: "wareki", era: oracleEra(iso)[1] });
          }
        },
      ),
      runs,
    );
  });

  it("weekdayIndex agrees with Date.getUTCDay", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber("0001-01-01"), max: dayNumber("9999-12-31") }), (n) => {
        expect(weekdayIndex(isoOfDay(n))).toStrictEqual(new Date(n * DAY_MS).getUTCDay());
      }),
      runs,
    );
  });

  it("formatJapaneseDate is 西暦 followed by formatWarekiYear in full-width brackets", () => {
    fc.assert(
      fc.property(dayArb("1873-01-01", "2200-12-31"), (iso) => {
        const [y, m, d] = iso.split("-").map(Number);
        expect(formatJapaneseDate(iso)).toStrictEqual(`${y}年${m}月${d}日（${formatWarekiYear(iso)}）`);
        expect(formatWareki(iso).startsWith(formatWarekiYear(iso))).toStrictEqual(true);
      }),
      runs,
    );
  });

  // Any outcome must be well-formed: an ok date is real, in range and re-parses to itself.
  const wellFormed = (text: string) => {
    const r = parseTypedDate(text);
    if (r.ok) {
      expect(r.iso >= "1873-01-01" && r.iso <= "2200-12-31").toStrictEqual(true);
      expect(parseTypedDate(r.iso)).toStrictEqual({ ok: true, iso: r.iso, calendar: "gregorian" });
    } else if (r.suggestion) {
      expect(parseTypedDate(r.suggestion.wareki)).toMatchObject({ ok: true, iso: r.suggestion.iso });
    }
  };

  it("never throws on arbitrary Unicode", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), wellFormed), runs);
  });

  it("never throws on date-like noise", () => {
    const unit = fc.constantFrom(..."0123456789./-年月日元 　RHSTMrhstmx令平昭大明和成正治０１２３．／－ー㍻㋿");
    fc.assert(fc.property(fc.string({ unit, maxLength: 20 }), wellFormed), { numRuns: 20_000 });
  });

  it("full-width input parses exactly like its ASCII form", () => {
    const unit = fc.constantFrom(..."0123456789./-年月日元 RHSTMrhstm令和平成");
    const toFull = (s: string) =>
      s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "　");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (s) => {
        expect(parseTypedDate(toFull(s))).toStrictEqual(parseTypedDate(s));
      }),
      runs,
    );
  });
});

describe("the ASCII YYYY-MM-DD shortcut of parseTypedDate", () => {
  // A leading space sends the same text down the full path (normalisation removes it), so the
  // two answers must be the same for every such string, real dates or not.
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
  it("answers exactly what the full path answers", () => {
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const text = `${y}-${m}-${d}`;
        expect(parseTypedDate(text)).toEqual(parseTypedDate(` ${text}`));
      }),
      { numRuns: 5_000 },
    );
  });
  it("answers exactly what the full path answers for real dates of every era", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-01"), max: new Date("2300-12-31"), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(parseTypedDate(text)).toEqual(parseTypedDate(` ${text}`));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
