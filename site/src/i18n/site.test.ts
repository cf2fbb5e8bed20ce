// Which pages each language has, and where a link to a page goes (issue 13).
import { describe, expect, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { hasPage, langRoutes, languagesOf, PAGES, pathFor, SITE_LANGS } from "./site.ts";

describe("site pages per language", () => {
  it("every language has a site; Japanese has every page", () => {
    expect(SITE_LANGS).toEqual(LANGS);
    for (const page of PAGES) expect(hasPage("ja", page)).toBe(true);
  });

  it.each([
    ["vi", "check", "/vi/check/"],
    ["zh-Hans", "home", "/zh-hans/"],
    ["pt-BR", "foreignResidents", "/pt-br/foreign-residents/"],
    ["vi", "faq", "/en/faq/"], // not in Vietnamese: the English page (shared/lang fallback)
    ["ne", "list", "/en/list/"],
    ["ja-easy", "faq", "/faq/"], // やさしい日本語 falls back to Japanese
    ["en", "list", "/en/list/"],
    ["ja", "check", "/check/"],
  ] as const)("pathFor(%s, %s) → %s", (lang, page, path) => expect(pathFor(lang, page)).toBe(path));

  it("[lang] routes: every language but Japanese that has the page, by its path segment", () => {
    expect(langRoutes("check").map((r) => r.params.lang)).toEqual([
      "en",
      "easy",
      "zh-hans",
      "ko",
      "vi",
      "pt-br",
      "tl",
      "ne",
    ]);
    expect(langRoutes("list").map((r) => r.params.lang)).toEqual(["en", "easy"]);
    expect(languagesOf("faq")).toEqual(["ja", "en"]);
  });
});
