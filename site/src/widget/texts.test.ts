// The widget's language from its `lang` attribute (shared/lang), and every language's pack.
import { describe, expect, it } from "vitest";
import { DATE_FORMS } from "#shared/dates/display.ts";
import { STAGE_NAMES } from "#shared/messages/stages.ts";
import { STAGES } from "#shared/rules/result.ts";
import { JA_PACK } from "./pack.ts";
import { PACKS } from "./packs/index.ts";
import { widgetLang } from "./texts.ts";

describe("widgetLang", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["ja", "ja"],
    ["ja-easy", "ja"],
    ["fr", "ja"],
    [null, "ja"],
    // issue 13: our codes as they are, and the tags host pages carry
    ["zh-Hans", "zh-Hans"],
    ["zh-CN", "zh-Hans"],
    ["zh-TW", "ja"],
    ["ko", "ko"],
    ["vi-VN", "vi"],
    ["pt-BR", "pt-BR"],
    ["pt", "pt-BR"],
    ["tl", "tl"],
    ["fil", "tl"],
    ["ne-NP", "ne"],
  ] as const)("%s → %s", (value, lang) => expect(widgetLang(value)).toBe(lang));
});

describe("the language packs", () => {
  it.each(Object.entries(PACKS))("%s: the stage names and dates of its language", (lang, pack) => {
    const code = lang as keyof typeof PACKS;
    for (const stage of STAGES) expect(pack.stageNames[stage]).toBe(STAGE_NAMES[code][stage]);
    expect(pack.date("2028-02-29")).toBe(DATE_FORMS[code].day("2028-02-29"));
    expect(pack.texts.asOf("X")).toContain("X");
  });

  it("Japanese carries the era year (R-PARSE-4)", () => {
    expect(JA_PACK.date("2026-03-15")).toBe("2026年3月15日（令和8年）");
  });
});
