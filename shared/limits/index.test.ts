import { describe, expect, it } from "vitest";
import { bytesText, countText, LIMIT_TEXT } from "./index.ts";

describe("countText", () => {
  it.each([
    [0, "0"],
    [40, "40"],
    [300, "300"],
    [999, "999"],
    [1_000, "1,000"],
    [2_048, "2,048"],
    [5_000, "5,000"],
    [1_048_576, "1,048,576"],
  ])("%i → %s", (n, text) => {
    expect(countText(n)).toBe(text);
  });
});

describe("bytesText", () => {
  it.each([
    [16 * 1024, "16 KiB"],
    [1024 * 1024, "1 MiB"],
    [1024 * 1024 * 1024, "1,024 MiB"],
    [1536, "1,536 bytes"],
    [1000, "1,000 bytes"],
  ])("%i → %s", (n, text) => {
    expect(bytesText(n)).toBe(text);
  });
});

describe("LIMIT_TEXT", () => {
  it("is what the README and contract say the API allows", () => {
    expect(LIMIT_TEXT).toStrictEqual({
      dateLength: "40",
      batchItems: "5,000",
      batchItemsWithTexts: "25",
      batchLangsWithTexts: "2",
      singleBody: "16 KiB",
      batchBody: "1 MiB",
      queryChars: "2,048",
      headerBytes: "16 KiB",
      jsonDepth: "4",
    });
  });
});
