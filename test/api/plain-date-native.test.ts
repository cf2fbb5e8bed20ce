// The rules' PlainDate (shared/rules/plain-date.ts) inside workerd, against the runtime's NATIVE
// Temporal (compatibility flag "temporal", set for the test worker only in vitest.config.ts;
// production keeps wrangler.toml's compatibility_date), on every day 1900–2100: the same check
// plain-date.test.ts makes against temporal-polyfill in Node, so a polyfill bug cannot hide one
// of ours (R-DATE-1). Month arithmetic is checked with the steps the rules take: R-RENEW-1's
// "− 3 months" (clamped), R-INS-1's month ends, R-CARD-1's years.
import { describe, expect, it } from "vitest";
import { PlainDate, plainDate } from "#shared/rules/plain-date.ts";

interface NativePlainDate {
  year: number;
  month: number;
  day: number;
  daysInMonth: number;
  inLeapYear: boolean;
  add(d: object): NativePlainDate;
  subtract(d: object): NativePlainDate;
  until(other: NativePlainDate, options: object): { days: number };
  toString(): string;
}
interface NativeTemporal {
  PlainDate: { from(text: string): NativePlainDate; compare(a: NativePlainDate, b: NativePlainDate): number };
}
const Temporal = (globalThis as { Temporal?: NativeTemporal }).Temporal;

describe("PlainDate against workerd's native Temporal", () => {
  it("the test worker has native Temporal (not a polyfill: nothing here imports one)", () => {
    expect(typeof Temporal?.PlainDate?.from).toBe("function");
    expect(String(Temporal!.PlainDate.from("2026-02-28").add({ months: 1 }))).toBe("2026-03-28");
  });

  it("on every day 1900–2100: parse, print, ±1 day, month end, leap year, days between, ±3 months, +5/+10 years", () => {
    const T = Temporal!;
    const last = T.PlainDate.from("2100-12-31");
    const mismatches: string[] = [];
    const same = (ours: PlainDate, theirs: NativePlainDate, what: string, day: string) => {
      if (ours.toString() !== theirs.toString()) mismatches.push(`${day} ${what}: ${ours} ≠ ${theirs}`);
    };
    let previous: PlainDate | undefined;
    let days = 0;
    for (let t = T.PlainDate.from("1900-01-01"); T.PlainDate.compare(t, last) <= 0; t = t.add({ days: 1 })) {
      const iso = t.toString();
      const ours = plainDate(iso);
      same(ours, t, "print", iso);
      same(ours.add({ days: 1 }), t.add({ days: 1 }), "+1 day", iso);
      same(ours.subtract({ days: 1 }), t.subtract({ days: 1 }), "−1 day", iso);
      same(ours.subtract({ months: 3 }), t.subtract({ months: 3 }), "−3 months", iso);
      same(ours.add({ months: 3 }), t.add({ months: 3 }), "+3 months", iso);
      same(ours.add({ years: 5 }), t.add({ years: 5 }), "+5 years", iso);
      same(ours.add({ years: 10 }), t.add({ years: 10 }), "+10 years", iso);
      if (ours.endOfMonth().day !== t.daysInMonth || ours.inLeapYear !== t.inLeapYear)
        mismatches.push(`${iso} month end / leap`);
      if (previous && previous.daysUntil(ours) !== 1) mismatches.push(`${iso} days between`);
      previous = ours;
      days++;
    }
    expect(days).toBe(73_414); // 201 years of 365 days and 49 leap days (2000 is one; 1900 and 2100 are not)
    expect(mismatches.slice(0, 5)).toStrictEqual([]);
    // and long distances, as the rules count them (daysUntil vs until)
    const from = T.PlainDate.from("1900-01-01");
    for (const to of ["1900-03-01", "2000-02-29", "2026-11-14", "2100-12-31"]) {
      expect(plainDate("1900-01-01").daysUntil(plainDate(to))).toBe(
        from.until(T.PlainDate.from(to), { largestUnit: "days" }).days,
      );
    }
    expect(PlainDate.compare(plainDate("2026-11-14"), plainDate("2026-11-15"))).toBe(
      T.PlainDate.compare(T.PlainDate.from("2026-11-14"), T.PlainDate.from("2026-11-15")),
    );
  });
});
