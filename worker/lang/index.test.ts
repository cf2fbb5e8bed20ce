import { describe, expect, it } from "vitest";
import { acceptedLang, resolveLang } from "./index.ts";

describe("acceptedLang", () => {
  it.each([
    [undefined, "ja"],
    ["", "ja"],
    ["en", "en"],
    ["en-US,en;q=0.9", "en"],
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["fr-FR,fr;q=0.9,en;q=0.5,ja;q=0.4", "en"],
    ["ja;q=0.2, en;q=0.8", "en"],
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
