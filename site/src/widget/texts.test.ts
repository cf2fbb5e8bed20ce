// The widget's language from its `lang` attribute (shared/lang); its dates come from shared/dates/display.ts.
import { describe, expect, it } from "vitest";
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
  ] as const)("%s → %s", (value, lang) => expect(widgetLang(value)).toBe(lang));
});
