import { describe, expect, it } from "vitest";
import { ERAS, eraByToken, eraOf } from "./eras";

describe("ERAS table (R-PARSE-2)", () => {
  it("has the five eras in order with their letters and offsets", () => {
    expect(ERAS.map((e) => [e.name, e.letter, e.offset])).toStrictEqual([
      ["明治", "M", 1867],
      ["大正", "T", 1911],
      ["昭和", "S", 1925],
      ["平成", "H", 1988],
      ["令和", "R", 2018],
    ]);
  });
  it("offset makes the start year era year 1", () => {
    for (const e of ERAS) expect(Number(e.start.slice(0, 4)) - e.offset).toStrictEqual(1);
  });
  it("each era ends on the next one's first day (overlap) or the day before", () => {
    expect(ERAS.map((e) => [e.start, e.end])).toStrictEqual([
      ["1868-01-25", "1912-07-30"],
      ["1912-07-30", "1926-12-25"],
      ["1926-12-25", "1989-01-07"],
      ["1989-01-08", "2019-04-30"],
      ["2019-05-01", null],
    ]);
  });
});

describe("eraByToken", () => {
  it.each([
    ["明治", "明治"],
    ["明", "明治"],
    ["M", "明治"],
    ["m", "明治"],
    ["大正", "大正"],
    ["大", "大正"],
    ["T", "大正"],
    ["t", "大正"],
    ["昭和", "昭和"],
    ["昭", "昭和"],
    ["S", "昭和"],
    ["s", "昭和"],
    ["平成", "平成"],
    ["平", "平成"],
    ["H", "平成"],
    ["h", "平成"],
    ["令和", "令和"],
    ["令", "令和"],
    ["R", "令和"],
    ["r", "令和"],
  ])("%s → %s", (token, name) => {
    expect(eraByToken(token)?.name).toStrictEqual(name);
  });
  it.each(["", "X", "和", "成", "慶応", "RR"])("%j → undefined", (token) => {
    expect(eraByToken(token)).toStrictEqual(undefined);
  });
});

describe("eraOf (later era on an overlap day)", () => {
  it.each([
    ["1868-01-24", undefined],
    ["1868-01-25", "明治"],
    ["1912-07-29", "明治"],
    ["1912-07-30", "大正"],
    ["1912-07-31", "大正"],
    ["1926-12-24", "大正"],
    ["1926-12-25", "昭和"],
    ["1926-12-26", "昭和"],
    ["1989-01-07", "昭和"],
    ["1989-01-08", "平成"],
    ["2019-04-30", "平成"],
    ["2019-05-01", "令和"],
    ["2200-12-31", "令和"],
  ])("%s → %s", (iso, name) => {
    expect(eraOf(iso)?.name).toStrictEqual(name);
  });
});
