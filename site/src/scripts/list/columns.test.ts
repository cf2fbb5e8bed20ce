import { describe, expect, it } from "vitest";
import {
  columnOfHeader,
  isStayHeader,
  labelColumns,
  mappingFromHeader,
  normaliseHeader,
  positionalMapping,
  rowFromCells,
} from "./columns";

describe("columnOfHeader", () => {
  it.each([
    ["氏名", "label"],
    ["名前", "label"],
    ["部屋番号", "label"],
    ["Name", "label"],
    ["名前・部屋番号", "label"],
    ["生年月日", "birthDate"],
    ["生年月日（和暦）", "birthDate"],
    ["Birth date", "birthDate"],
    ["birthDate", "birthDate"],
    ["カードの有効期限", "cardExpiry"],
    ["ｶｰﾄﾞの有効期限", "cardExpiry"],
    ["有効期限", "cardExpiry"],
    ["Card expiry", "cardExpiry"],
    ["電子証明書の有効期限", "certificateExpiry"],
    ["電子証明書 有効期限", "certificateExpiry"],
    ["Certificate expiry", "certificateExpiry"],
    ["発行日", "cardIssuedOn"],
    ["カードの発行日", "cardIssuedOn"],
    ["交付年月日", "cardIssuedOn"],
    ["Card issue date", "cardIssuedOn"],
    // Review7 finding 3 (R-CARD-4, R-INFER-6): the period of stay's end, as the list writes it too.
    ["在留期間満了日", "periodOfStayEndsOn"],
    ["在留期間の満了日", "periodOfStayEndsOn"],
    ["在留期限", "periodOfStayEndsOn"],
    ["在留期間満了日（和暦）", "periodOfStayEndsOn"],
    ["Period of stay ends", "periodOfStayEndsOn"],
    ["periodOfStayEndsOn", "periodOfStayEndsOn"],
  ])("%s → %s", (header, column) => {
    expect(columnOfHeader(header)).toBe(column);
  });

  // 在留期間 and "Period of stay" may hold a length (「5年」); a residence card's expiry is not a
  // stay's end for a permanent resident.
  it.each([
    "結果：電子証明書の有効期限",
    "備考",
    "有効期限まであと",
    "",
    "2026-03-15",
    "在留期間",
    "Period of stay",
    "在留カードの有効期限",
    "在留資格",
  ])("%s is no column", (header) => {
    expect(columnOfHeader(header)).toBeNull();
  });
});

describe("normaliseHeader", () => {
  it("drops notes in brackets, の, spaces and separators; folds width and case", () => {
    expect(normaliseHeader(" カードの有効期限（西暦） ")).toBe("カード有効期限");
    expect(normaliseHeader("Ｂｉｒｔｈ　Ｄａｔｅ")).toBe("birthdate");
  });
});

describe("mappingFromHeader", () => {
  it("takes each date once, from the first column that names it", () => {
    expect(mappingFromHeader(["氏名", "生年月日", "備考", "有効期限", "カードの有効期限", "誕生日"])).toStrictEqual([
      "label",
      "birthDate",
      null,
      "cardExpiry",
      null,
      null,
    ]);
  });

  // Review A6: a facility's sheet has both; neither is dropped.
  it.each([
    [
      ["部屋", "氏名", "生年月日"],
      ["label", "label", "birthDate"],
    ],
    [
      ["居室", "氏名", "生年月日"],
      ["label", "label", "birthDate"],
    ],
    [
      ["氏名", "部屋番号"],
      ["label", "label"],
    ],
    [
      ["Room", "Name", "Birth date"],
      ["label", "label", "birthDate"],
    ],
  ])("reads a room and a name both as the label: %j", (header, mapping) => {
    expect(mappingFromHeader(header)).toStrictEqual(mapping);
  });

  it.each([
    [
      ["氏名", "名前"],
      ["label", null],
    ],
    [
      ["部屋番号", "居室"],
      ["label", null],
    ],
    [
      ["名前・部屋番号", "氏名"],
      ["label", null],
    ],
    [
      ["居室", "名前・部屋番号"],
      ["label", null],
    ],
    [
      ["居室", "氏名", "名前"],
      ["label", "label", null],
    ],
  ])("reads one room and one name at most: %j", (header, mapping) => {
    expect(mappingFromHeader(header)).toStrictEqual(mapping);
  });

  it("is null for a line of data", () => {
    expect(mappingFromHeader(["山田", "昭和60年11月14日", "2031/11/14"])).toBeNull();
  });
});

describe("positionalMapping", () => {
  it("follows the list's own columns and reads nothing past them", () => {
    expect(positionalMapping(7)).toStrictEqual([
      "label",
      "birthDate",
      "cardExpiry",
      "certificateExpiry",
      "cardIssuedOn",
      "periodOfStayEndsOn",
      null,
    ]);
  });
});

describe("rowFromCells", () => {
  it("joins the label's columns in the sheet's order, with a space", () => {
    expect(rowFromCells(["201", "岡田 政子", "昭和12年3月3日"], ["label", "label", "birthDate"])).toStrictEqual({
      label: "201 岡田 政子",
      birthDate: "昭和12年3月3日",
      cardExpiry: "",
      certificateExpiry: "",
      cardIssuedOn: "",
      periodOfStayEndsOn: "",
    });
  });

  it("leaves out an empty part of the label and an unread column", () => {
    expect(rowFromCells(["", " 岡田 政子 ", "メモ"], ["label", "label", null]).label).toBe("岡田 政子");
    expect(rowFromCells(["201"], ["label", "label"]).label).toBe("201");
  });

  it("takes a date read from two columns from the first that is filled in", () => {
    expect(rowFromCells(["", "S30.4.1", "H2.1.1"], ["birthDate", "birthDate", "birthDate"]).birthDate).toBe("S30.4.1");
  });

  it("names the label's columns", () => {
    expect(labelColumns(["label", null, "label", "birthDate"])).toStrictEqual([0, 2]);
  });
});

describe("isStayHeader (review7 finding 3)", () => {
  it("knows a period-of-stay column, which the list does not read, and nothing else", () => {
    for (const header of ["在留期間満了日", "在留期限", "在留カードの有効期限", "Period of stay", "在留期間（満了日）"])
      expect(isStayHeader(header), header).toBe(true);
    for (const header of ["カードの有効期限", "電子証明書の有効期限", "生年月日", "備考", "有効期限"])
      expect(isStayHeader(header), header).toBe(false);
  });
});
