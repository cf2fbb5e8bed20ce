import { describe, expect, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { ogLocale, shareImagePath } from "./share";

describe("what a shared link names", () => {
  it("OpenGraph locales are language_TERRITORY", () => {
    expect(ogLocale("ja")).toBe("ja_JP");
    expect(ogLocale("ja-easy")).toBe("ja_JP");
    expect(ogLocale("en")).toBe("en_US");
    for (const lang of LANGS) expect(ogLocale(lang)).toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
  });

  it("each language has its own share image", () => {
    expect(new Set(LANGS.map(shareImagePath)).size).toBe(LANGS.length);
    expect(shareImagePath("ja-easy")).toBe("/og/ja-easy.png");
  });
});
