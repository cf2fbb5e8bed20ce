import { describe, expect, it } from "vitest";
import { columnOfHeader, mappingFromHeader, normaliseHeader, positionalMapping } from "./columns";

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
  ])("%s → %s", (header, column) => {
    expect(columnOfHeader(header)).toBe(column);
  });

  it.each(["結果：電子証明書の有効期限", "備考", "有効期限まであと", "", "2026-03-15"])("%s is no column", (header) => {
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
  it("takes each kind once, from the first column that names it", () => {
    expect(mappingFromHeader(["部屋", "氏名", "生年月日", "備考", "カードの有効期限"])).toStrictEqual([
      "label",
      null,
      "birthDate",
      null,
      "cardExpiry",
    ]);
  });

  it("is null for a line of data", () => {
    expect(mappingFromHeader(["山田", "昭和60年11月14日", "2031/11/14"])).toBeNull();
  });
});

describe("positionalMapping", () => {
  it("follows the list's own columns and reads nothing past them", () => {
    expect(positionalMapping(6)).toStrictEqual([
      "label",
      "birthDate",
      "cardExpiry",
      "certificateExpiry",
      "cardIssuedOn",
      null,
    ]);
  });
});
