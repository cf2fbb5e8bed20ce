// The stage names (R-INS-2): one per stage and language, plain for the API, with ふりがな for the site.
import { describe, expect, it } from "vitest";
import { LANGS } from "../lang/index.ts";
import { STAGES } from "../rules/result.ts";
import { withoutRuby } from "./ruby.ts";
import { STAGE_NAMES, stageName, stageNameMarkup } from "./stages.ts";

describe("stage names", () => {
  it.each(LANGS)("%s: four different names, none with markup once plain", (lang) => {
    const names = STAGES.map((stage) => stageName(stage, lang));
    expect(new Set(names).size).toBe(STAGES.length);
    for (const name of names) expect(name).toMatch(/^[^{}|]+$/);
  });

  it("uses the site's wording in Japanese (issue 8)", () => {
    expect(STAGES.map((stage) => stageName(stage, "ja"))).toEqual([
      "有効",
      "更新できる期間",
      "期限切れ後の猶予",
      "失効",
    ]);
    expect(stageName("renewal", "en")).toBe("Renewal window");
  });

  it("gives やさしい日本語 ふりがな for the site and plain words for the API", () => {
    expect(stageNameMarkup("grace", "ja-easy")).toBe("{期限|きげん}が {切|き}れた");
    expect(stageName("grace", "ja-easy")).toBe("期限が 切れた");
    expect(stageNameMarkup("renewal", "ja")).toBe(STAGE_NAMES.ja.renewal);
  });

  it("strips only well-formed ruby", () => {
    expect(withoutRuby("{漢字|かんじ}と{a|b}")).toBe("漢字とa");
    expect(withoutRuby("{no reading} a|b")).toBe("{no reading} a|b");
  });
});
