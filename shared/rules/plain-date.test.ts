// The rules' PlainDate against temporal-polyfill, the reference, on every day 1900–2100
// (R-DATE-1): same dates, same clamping, same day counts, same strings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlainDate, plainDate } from "./plain-date.ts";
import { fromTemporal, Temporal } from "./temporal.ts";

const FIRST = Temporal.PlainDate.from("1900-01-01");
const LAST = Temporal.PlainDate.from("2100-12-31");

function* everyDay(): Generator<Temporal.PlainDate> {
  for (let d = FIRST; Temporal.PlainDate.compare(d, LAST) <= 0; d = d.add({ days: 1 })) yield d;
}

describe("PlainDate agrees with Temporal.PlainDate", () => {
  it("on every day 1900–2100: parse, print, next day, previous day, month end, days between", () => {
    let previous: PlainDate | undefined;
    let mismatches = 0;
    for (const t of everyDay()) {
      const ours = plainDate(t.toString());
      if (ours.toString() !== t.toString()) mismatches++;
      if (!ours.add({ days: 1 }).equals(fromTemporal(t.add({ days: 1 })))) mismatches++;
      if (!ours.subtract({ days: 1 }).equals(fromTemporal(t.subtract({ days: 1 })))) mismatches++;
      if (ours.endOfMonth().day !== t.daysInMonth || ours.inLeapYear !== t.inLeapYear) mismatches++;
      if (previous && previous.daysUntil(ours) !== 1) mismatches++;
      previous = ours;
    }
    expect(mismatches).toBe(0);
  });

  it("on month and year arithmetic, which clamps to the month's end (R-RENEW-1)", () => {
    const day = fc.integer({ min: 0, max: 73_000 }).map((n) => FIRST.add({ days: n }));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -24, max: 24 }),
        fc.integer({ min: -12, max: 12 }),
        fc.integer({ min: -4000, max: 4000 }),
        (t, months, years, days) => {
          const ours = fromTemporal(t);
          expect(ours.add({ months }).toString()).toBe(t.add({ months }).toString());
          expect(ours.subtract({ months }).toString()).toBe(t.subtract({ months }).toString());
          expect(ours.add({ years }).toString()).toBe(t.add({ years }).toString());
          // Temporal refuses mixed signs in one duration; the rules never mix them either.
          const sign = Math.sign(days) || 1;
          const same = { years: sign * Math.abs(years), months: sign * Math.abs(months), days };
          expect(ours.add(same).toString()).toBe(t.add(same).toString());
          const other = t.add({ days });
          expect(ours.daysUntil(fromTemporal(other))).toBe(t.until(other, { largestUnit: "days" }).days);
          expect(PlainDate.compare(ours, fromTemporal(other))).toBe(Temporal.PlainDate.compare(t, other));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it("steps by days or months alone exactly as add() and Temporal do (addDays, addMonths)", () => {
    const day = fc.integer({ min: 0, max: 73_000 }).map((n) => FIRST.add({ days: n }));
    // Most steps the rules take are a day or a few months, at month ends and around Feb 29.
    const days = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.integer({ min: -40, max: 40 }),
      fc.integer({ min: -4000, max: 4000 }),
    );
    fc.assert(
      fc.property(day, fc.integer({ min: -130, max: 130 }), days, (t, months, n) => {
        const ours = fromTemporal(t);
        expect(ours.addDays(n)).toEqual(ours.add({ days: n }));
        expect(ours.addDays(n).toString()).toBe(t.add({ days: n }).toString());
        expect(ours.addMonths(months)).toEqual(ours.add({ months }));
        expect(ours.addMonths(months).toString()).toBe(t.add({ months }).toString());
        // endOfMonthAfter: the month's end after the months, as Temporal counts it (R-INS-1).
        const monthEnd = t.add({ months }).with({ day: 31 }, { overflow: "constrain" });
        expect(ours.endOfMonthAfter(months)).toEqual(ours.addMonths(months).endOfMonth());
        expect(ours.endOfMonthAfter(months).toString()).toBe(monthEnd.toString());
      }),
      { numRuns: 20_000 },
    );
    for (const iso of [
      "2024-02-28",
      "2024-02-29",
      "2023-02-28",
      "2026-12-31",
      "2027-01-01",
      "2026-04-30",
      "2026-05-31",
    ]) {
      const ours = plainDate(iso);
      const t = Temporal.PlainDate.from(iso);
      for (const n of [-1, 1, -31, 31]) {
        expect(ours.addDays(n).toString()).toBe(t.add({ days: n }).toString());
        expect(ours.addMonths(n).toString()).toBe(t.add({ months: n }).toString());
      }
    }
  });

  it("clamps like Temporal's overflow: constrain (R-DATE-4)", () => {
    for (const year of [1900, 2000, 2023, 2024, 2100]) {
      const t = Temporal.PlainDate.from({ year, month: 2, day: 29 }, { overflow: "constrain" });
      expect(PlainDate.constrain({ year, month: 2, day: 29 }).toString()).toBe(t.toString());
    }
    expect(plainDate("2027-05-31").subtract({ months: 3 }).toString()).toBe("2027-02-28");
    expect(plainDate("2024-05-31").subtract({ months: 3 }).toString()).toBe("2024-02-29");
  });

  it("refuses dates that do not exist, like Temporal", () => {
    expect(() => plainDate("2025-02-29")).toThrow(RangeError);
    expect(() => plainDate("2025-13-01")).toThrow(RangeError);
    expect(() => plainDate("2025-1-1")).toThrow(RangeError);
    expect(() => Temporal.PlainDate.from("2025-02-29", { overflow: "reject" })).toThrow(RangeError);
  });

  it("serialises to ISO in JSON", () => {
    expect(JSON.stringify({ d: plainDate("0999-01-02") })).toBe('{"d":"0999-01-02"}');
  });
});

describe("fromIso and toString, against the straightforward RegExp and padStart", () => {
  const reference = {
    fromIso(iso: string): [number, number, number] | null {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
    },
    toString: (d: PlainDate) =>
      `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`,
  };
  const attempt = (iso: string) => {
    try {
      const d = PlainDate.fromIso(iso);
      return [d.year, d.month, d.day];
    } catch {
      return null;
    }
  };
  const tryReference = (iso: string) => {
    const parts = reference.fromIso(iso);
    if (!parts) return null;
    try {
      const d = new PlainDate(...parts);
      return [d.year, d.month, d.day];
    } catch {
      return null;
    }
  };
  it("reads every string as the RegExp does (digits, dashes, lengths, non-ASCII digits)", () => {
    const unit = fc.constantFrom(..."0123456789-9１٣ a");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, minLength: 8, maxLength: 12 }), fc.string()), (iso) => {
        expect(attempt(iso)).toEqual(tryReference(iso));
      }),
      { numRuns: 20_000 },
    );
  });
  it("writes every date as padStart does, years 0 to 9999", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, day) => {
          const date = PlainDate.constrain({ year: y, month: m, day });
          expect(date.toString()).toBe(reference.toString(date));
          expect(PlainDate.fromIso(date.toString()).equals(date)).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
  });
  it("writes the same text again from its memo, at the memo's first and last years and past them", () => {
    // toString keeps each text of 1873–2212: a second date of the same day reads it back.
    for (const year of [1872, 1873, 1874, 2000, 2211, 2212, 2213, 9999])
      for (const monthDay of ["01-01", "02-28", "07-15", "12-31"]) {
        const first = PlainDate.fromIso(`${year}-${monthDay}`);
        expect(first.toString()).toBe(reference.toString(first));
        expect(new PlainDate(first.year, first.month, first.day).toString()).toBe(reference.toString(first));
        expect(first.addDays(1).toString()).toBe(reference.toString(first.addDays(1)));
      }
  });
});
