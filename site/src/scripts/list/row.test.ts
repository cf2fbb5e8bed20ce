import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRow, emptyRow, noCardDates, type Row } from "./row";

const row = (fields: Partial<Row>): Row => ({ ...emptyRow(), ...fields });

describe("checkRow", () => {
  it("sends dates only, as ISO, never the label", () => {
    expect(checkRow(row({ label: "山田", birthDate: "昭和60年11月14日", cardExpiry: "2031/11/14" }))).toStrictEqual({
      ok: true,
      item: { birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
      notes: [],
    });
  });

  it.each([
    [{ certificateExpiry: "R7.3.20" }, { certificateExpiry: "2025-03-20" }],
    [
      { birthDate: "H1.1.8", cardIssuedOn: "2016-01-29" },
      { birthDate: "1989-01-08", cardIssuedOn: "2016-01-29" },
    ],
  ])("accepts the routes of the contract: %o", (fields, item) => {
    expect(checkRow(row(fields))).toStrictEqual({ ok: true, item, notes: [] });
  });

  it("names the missing birth date when only the card's dates are given (R-INFER-1)", () => {
    expect(checkRow(row({ label: "x", cardExpiry: "2031-11-14" }))).toStrictEqual({
      ok: false,
      problems: [{ column: "birthDate", code: "needBirthDate" }],
    });
    expect(checkRow(row({ label: "x", birthDate: "1985-11-14" }))).toStrictEqual({
      ok: false,
      problems: [{ column: "certificateExpiry", code: "needDates" }],
    });
  });

  it("reports each unreadable date with the parser's code and suggestion (R-PARSE-3)", () => {
    expect(checkRow(row({ birthDate: "平成45年1月1日", cardExpiry: "2025-02-30" }))).toStrictEqual({
      ok: false,
      problems: [
        { column: "birthDate", code: "past_era_end", suggestion: "令和15年1月1日" },
        { column: "cardExpiry", code: "not_a_real_date" },
      ],
    });
  });

  it("notes a date past its era's end, read as the day it is (R-PARSE-3)", () => {
    expect(checkRow(row({ birthDate: "平成31年5月1日", cardExpiry: "2029/5/1" }))).toStrictEqual({
      ok: true,
      item: { birthDate: "2019-05-01", cardExpiry: "2029-05-01" },
      notes: [{ column: "birthDate", wareki: "令和元年5月1日" }],
    });
  });

  it("whatever the label, the item holds no text but ISO dates", () => {
    fc.assert(
      fc.property(fc.string(), (label) => {
        const checked = checkRow(row({ label, certificateExpiry: "2026-03-15" }));
        return checked.ok && JSON.stringify(checked.item) === '{"certificateExpiry":"2026-03-15"}';
      }),
    );
  });
});

describe("noCardDates (review finding 3)", () => {
  it("is a person with no card date: a name or a birth date alone; not a bad date, not a blank row", () => {
    expect(noCardDates(row({ label: "203 杉山 ミツ", birthDate: "S14.9.16" }))).toBe(true);
    expect(noCardDates(row({ label: " 203 ", certificateExpiry: " " }))).toBe(true);
    expect(noCardDates(row({ birthDate: "S14.9.16" }))).toBe(true);
    expect(noCardDates(row({ label: "x", cardIssuedOn: "不明" }))).toBe(false);
    expect(noCardDates(row({ label: "x", birthDate: "不明" }))).toBe(false);
    expect(noCardDates(row({ label: "x", cardExpiry: "2031-11-14" }))).toBe(false); // needs the birth date
    expect(noCardDates(row({}))).toBe(false);
  });
});
