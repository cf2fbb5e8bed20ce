import { describe, expect, it } from "vitest";
import { repeatedLines, rowKey, splitDuplicates } from "./duplicates";
import { emptyRow, type Row } from "./row";

const row = (values: Partial<Row>): Row => ({ ...emptyRow(), ...values });

describe("rowKey", () => {
  it("is the same for the same person written another way (R-PARSE-1)", () => {
    expect(rowKey(row({ label: "201 岡田 政子", birthDate: "S12.3.3", cardExpiry: "2027/3/3" }))).toBe(
      rowKey(row({ label: " 201　岡田  政子 ", birthDate: "昭和12年3月3日", cardExpiry: "２０２７年３月３日" })),
    );
  });

  it("differs when a date or the label differs", () => {
    const base = rowKey(row({ label: "201 岡田 政子", birthDate: "S12.3.3", cardExpiry: "2027/3/3" }));
    expect(rowKey(row({ label: "201 岡田 政子", birthDate: "S12.3.4", cardExpiry: "2027/3/3" }))).not.toBe(base);
    expect(rowKey(row({ label: "202 岡田 政子", birthDate: "S12.3.3", cardExpiry: "2027/3/3" }))).not.toBe(base);
    expect(rowKey(row({ label: "201 岡田 政子", birthDate: "S12.3.3", certificateExpiry: "2027/3/3" }))).not.toBe(base);
  });

  it("compares a date that does not read as typed", () => {
    expect(rowKey(row({ birthDate: "H13.2.29" }))).toBe(rowKey(row({ birthDate: "H13.2.29" })));
    expect(rowKey(row({ birthDate: "H13.2.29" }))).not.toBe(rowKey(row({ birthDate: "H13.2.28" })));
  });
});

describe("splitDuplicates", () => {
  it("keeps the new rows and names those already in the list (review B8)", () => {
    const list = [
      row({ label: "101", certificateExpiry: "R8.3.15" }),
      emptyRow(),
      row({ label: "102", birthDate: "S30.4.1", cardExpiry: "2031/4/1" }),
    ];
    const file = [
      row({ label: "101", certificateExpiry: "2026-03-15" }),
      row({ label: "102", birthDate: "S30.4.1", cardExpiry: "2031/4/2" }), // corrected
      row({ label: "103", certificateExpiry: "R9.1.1" }),
    ];
    const { fresh, duplicates } = splitDuplicates(list, file);
    expect(fresh.map((r) => r.label)).toStrictEqual(["102", "103"]);
    expect(duplicates.map((r) => r.label)).toStrictEqual(["101"]);
  });

  it("finds nothing in an empty list (blank rows are no one)", () => {
    expect(splitDuplicates([emptyRow()], [emptyRow()]).duplicates).toHaveLength(0);
  });
});

describe("repeatedLines: the same person twice in one file", () => {
  it("names each repeat with the first line it repeats, dates compared as read", () => {
    const lines = [
      { line: 2, row: { ...emptyRow(), label: "201 岡田", birthDate: "昭和12年3月3日", cardExpiry: "2027/3/3" } },
      { line: 3, row: { ...emptyRow(), label: "202 森", certificateExpiry: "R8.3.15" } },
      { line: 4, row: { ...emptyRow(), label: "201　岡田", birthDate: "S12.3.3", cardExpiry: "2027-03-03" } },
      { line: 5, row: { ...emptyRow(), label: "202 森", certificateExpiry: "R8.3.16" } },
      { line: 6, row: { ...emptyRow(), label: "201 岡田", birthDate: "S12.3.3", cardExpiry: "2027/3/3" } },
    ];
    const repeats = repeatedLines(lines);
    expect([...repeats].map(([l, first]) => [l.line, first])).toStrictEqual([
      [4, 2],
      [6, 2],
    ]);
  });
});
