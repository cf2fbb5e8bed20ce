import { describe, expect, it } from "vitest";
import { importTable, splitCells } from "./import-table";

describe("importTable", () => {
  const csv = [
    "部屋,氏名,生年月日,カードの有効期限,電子証明書の有効期限",
    "101,山田 太郎,昭和60年11月14日,2031/11/14,",
    "102,佐藤 花子,,,R7.3.20",
    "",
    "103,鈴木 一郎,H13.2.29,2031-02-28,", // not a real date (R-PARSE-3)
    "104,田中,平成45年1月1日,2029/5/1,", // more than 10 years past the era's end (R-PARSE-3): suggestion 令和15年1月1日
    "105,高橋,,2031/1/1,", // card expiry without a birth date
    '"106, 角部屋","伊藤 ""ミツ""",S22.4.1,2027.4.1,',
  ].join("\r\n");

  it("reads the header, skips blank lines and numbers lines as the file does", () => {
    const table = importTable(csv);
    expect(table.header?.[0]).toBe("部屋");
    // Review A6: the room and the name are both kept, joined.
    expect(table.mapping).toStrictEqual(["label", "label", "birthDate", "cardExpiry", "certificateExpiry"]);
    expect(table.lines.map((l) => l.line)).toStrictEqual([2, 3, 5, 6, 7, 8]);
    expect(table.lines[0]!.row.label).toBe("101 山田 太郎");
    expect(table.lines[5]!.row).toStrictEqual({
      label: '106, 角部屋 伊藤 "ミツ"',
      birthDate: "S22.4.1",
      cardExpiry: "2027.4.1",
      certificateExpiry: "",
      cardIssuedOn: "",
      periodOfStayEndsOn: "",
    });
  });

  it("gives each failed line its reasons", () => {
    const failed = importTable(csv).lines.filter((l) => l.problems.length > 0);
    expect(failed.map((l) => [l.line, l.problems])).toStrictEqual([
      [5, [{ column: "birthDate", code: "not_a_real_date" }]],
      [6, [{ column: "birthDate", code: "past_era_end", suggestion: "令和15年1月1日" }]],
      [7, [{ column: "birthDate", code: "needBirthDate" }]],
    ]);
  });

  it("keeps a person with no card date, not checked; refuses a bad date as before (review finding 3)", () => {
    const lines = importTable("氏名,生年月日,カードの有効期限\r\n杉山 ミツ,S14.9.16,\r\n島田,,\r\n森,不明,\r\n").lines;
    expect(lines.map((l) => [l.row.label, l.noDates, l.problems.map((p) => p.code)])).toStrictEqual([
      ["杉山 ミツ", true, []],
      ["島田", true, []],
      ["森", false, ["unrecognised"]],
    ]);
  });

  it("reads a chosen mapping instead of the header's", () => {
    const table = importTable(
      csv,
      ["null", "label", "birthDate", "cardExpiry", "certificateExpiry"].map((c) => (c === "null" ? null : c)) as never,
    );
    expect(table.lines[0]!.row.label).toBe("山田 太郎");
  });

  it("without a header reads the list's own order from the first line on", () => {
    const table = importTable("山田,1985-11-14,2031-11-14\n佐藤,S60.1.1,2030.1.1\n");
    expect(table.header).toBeNull();
    expect(table.lines.map((l) => [l.line, l.row.label, l.problems.length])).toStrictEqual([
      [1, "山田", 0],
      [2, "佐藤", 0],
    ]);
  });

  it("finds tabs as the delimiter (a sheet saved as text)", () => {
    expect(importTable("氏名\t生年月日\t有効期限\n山田\t1985-11-14\t2031-11-14\n").lines[0]!.row.cardExpiry).toBe(
      "2031-11-14",
    );
  });
});

describe("splitCells", () => {
  it("keeps a quoted line break inside one cell and trims cells", () => {
    expect(splitCells('a\t"b\nc"\t d \n', "\t")).toStrictEqual([["a", "b\nc", "d"]]);
  });
});
