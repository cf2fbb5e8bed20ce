import { describe, expect, it } from "vitest";
import {
  acceptedLang,
  hreflang,
  htmlLang,
  isLang,
  LANGS,
  langOfTag,
  nearestLang,
  resolveLang,
  sitePath,
} from "./index.ts";

describe("LANGS", () => {
  it("is the order of the OpenAPI enum and the language switch", () => {
    expect(LANGS).toEqual(["ja", "en", "ja-easy"]);
  });

  it("every fallback chain ends (no loop) in a language of ours", () => {
    for (const lang of LANGS) expect(isLang(nearestLang(lang, ["ja"]))).toBe(true);
  });
});

describe("isLang", () => {
  it.each([
    ["ja", true],
    ["en", true],
    ["ja-easy", true],
    ["EN", false],
    ["fr", false],
    ["toString", false],
    ["", false],
    [42, false],
    [null, false],
  ])("%s → %s", (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});

describe("tags", () => {
  it("やさしい日本語 is Japanese to browsers and screen readers, with its own hreflang", () => {
    expect(LANGS.map(htmlLang)).toEqual(["ja", "en", "ja"]);
    expect(LANGS.map(hreflang)).toEqual(["ja", "en", "ja-x-easy"]);
    expect(LANGS.map(sitePath)).toEqual(["/", "/en/", "/easy/"]);
  });
});

describe("nearestLang", () => {
  it.each([
    ["ja", "ja"],
    ["en", "en"],
    ["ja-easy", "ja"],
  ] as const)("%s on a ja/en surface → %s", (lang, expected) => {
    expect(nearestLang(lang, ["ja", "en"])).toBe(expected);
  });

  it("keeps a language the surface speaks, and falls to the default, then the first offered", () => {
    expect(nearestLang("ja-easy", ["ja", "en", "ja-easy"])).toBe("ja-easy");
    expect(nearestLang("en", ["ja"])).toBe("ja");
    expect(nearestLang("ja", ["en"])).toBe("en");
  });
});

describe("langOfTag", () => {
  it.each([
    ["en", "en"],
    ["en-GB", "en"],
    [" EN-us ", "en"],
    ["ja-JP", "ja"],
    ["ja-easy", "ja"],
    ["eng", null],
    ["jap", null],
    ["*", null],
    ["", null],
  ])("%s → %s", (tag, expected) => {
    expect(langOfTag(tag)).toBe(expected);
  });
});

describe("acceptedLang", () => {
  it.each([
    [undefined, "ja"],
    [null, "ja"],
    ["", "ja"],
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["fr-FR,fr;q=0.9,en;q=0.5,ja;q=0.4", "en"],
    ["ja;q=0.2, en;q=0.8", "en"],
    ["en;Q=0.8, ja;q=0.2", "en"],
    ["de, fr", "ja"],
    ["en;q=0", "ja"],
    ["en;q=abc", "ja"],
  ])("%s → %s", (header, lang) => {
    expect(acceptedLang(header)).toBe(lang);
  });
});

describe("resolveLang", () => {
  it("prefers an explicit language, ignoring one it does not speak", () => {
    expect(resolveLang("ja-easy", "en")).toBe("ja-easy");
    expect(resolveLang("en", "ja")).toBe("en");
    expect(resolveLang("fr", "en")).toBe("en");
    expect(resolveLang(42, null)).toBe("ja");
  });
});
