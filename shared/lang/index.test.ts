import { describe, expect, it } from "vitest";
import {
  acceptedLang,
  hreflang,
  htmlLang,
  isHanScript,
  isLang,
  LANGS,
  langOfTag,
  nearestLang,
  punctuation,
  resolveLang,
  sitePath,
} from "./index.ts";

describe("LANGS", () => {
  it("is the order of the OpenAPI enum and the language switch", () => {
    expect(LANGS).toEqual(["ja", "en", "ja-easy", "zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"]);
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
    ["zh-Hans", true],
    ["pt-BR", true],
    ["tl", true],
    ["zh-hans", false],
    ["pt-br", false],
    ["fil", false],
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
    expect(LANGS.map(htmlLang)).toEqual(["ja", "en", "ja", "zh-Hans", "ko", "vi", "pt-BR", "fil", "ne"]);
    expect(LANGS.map(hreflang)).toEqual(["ja", "en", "ja-x-easy", "zh-Hans", "ko", "vi", "pt", "tl", "ne"]);
    expect(LANGS.map(sitePath)).toEqual([
      "/",
      "/en/",
      "/easy/",
      "/zh-hans/",
      "/ko/",
      "/vi/",
      "/pt-br/",
      "/tl/",
      "/ne/",
    ]);
  });

  it("writes Filipino as fil (BCP 47, CLDR, speech engines) while the API code stays tl (contract.md)", () => {
    expect(htmlLang("tl")).toBe("fil");
    expect(isLang("fil")).toBe(false);
  });

  it("has one site path per language, each under the root and ending in /", () => {
    const paths = LANGS.map(sitePath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/([a-z-]+\/)?$/);
  });
});

describe("punctuation and script", () => {
  it("is full-width in Japanese and Chinese, Latin with spaces elsewhere (Korean and Nepali too)", () => {
    expect(LANGS.filter(isHanScript)).toEqual(["ja", "ja-easy", "zh-Hans"]);
    expect(punctuation("zh-Hans").open).toBe("（");
    expect(punctuation("ko")).toEqual({ colon: ": ", open: " (", close: ")", space: " ", stop: ". " });
  });
});

describe("nearestLang", () => {
  it.each([
    ["ja", "ja"],
    ["en", "en"],
    ["ja-easy", "ja"],
    ["zh-Hans", "en"],
    ["vi", "en"],
    ["ne", "en"],
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
    // issue 13: the foreign residents' languages, and the ranges that must not choose them
    ["zh", "zh-Hans"],
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-Hans", "zh-Hans"],
    ["zh-Hans-TW", "zh-Hans"],
    ["zh-TW", null],
    ["zh-HK", null],
    ["zh-MO", null],
    ["zh-Hant", null],
    ["zh-Hant-CN", null],
    ["ko-KR", "ko"],
    ["vi-VN", "vi"],
    ["pt", "pt-BR"],
    ["pt-BR", "pt-BR"],
    ["pt-PT", "pt-BR"],
    ["fil", "tl"],
    ["fil-PH", "tl"],
    ["tl", "tl"],
    ["ne-NP", "ne"],
    ["nl", null],
    ["kok", null],
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
    ["vi-VN,vi;q=0.9,en;q=0.8", "vi"],
    ["zh-TW,zh;q=0.9,en;q=0.8", "zh-Hans"], // the generic zh the reader listed
    ["zh-TW,en;q=0.8", "en"], // Traditional only: the next range decides
    ["zh-HK", "ja"],
    ["pt-PT,pt;q=0.9", "pt-BR"],
    ["fil-PH,en;q=0.5", "tl"],
    ["ne,ja;q=0.5", "ne"],
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
