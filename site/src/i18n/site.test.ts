import { describe, expect, it } from "vitest";
import { DEFAULT_LANG, LANGS, sitePath } from "#shared/lang/index.ts";
import { hasPage, hrefFor, languagesOf, PAGES, pathFor, untranslatedId } from "./site";

describe("page addresses in every language of the table", () => {
  it.each(PAGES)("%s: one address per language version, and a language without it goes to one of those", (page) => {
    const versions = languagesOf(page).map((lang) => pathFor(lang, page));
    expect(new Set(versions).size).toBe(versions.length);
    for (const lang of LANGS) {
      const path = pathFor(lang, page);
      if (hasPage(lang, page)) expect(path.startsWith(sitePath(lang))).toBe(true);
      else expect(versions).toContain(path);
    }
  });

  it("the default language has every page, so every page has somewhere to go", () => {
    for (const page of PAGES) expect(languagesOf(page)[0]).toBe(DEFAULT_LANG);
  });

  it("やさしい日本語 falls back to the Japanese page, and the link names the line that says so", () => {
    expect(hasPage("ja-easy", "faq")).toBe(false);
    expect(pathFor("ja-easy", "faq")).toBe("/faq/");
    expect(hrefFor("ja-easy", "faq")).toBe(`/faq/#${untranslatedId("ja-easy")}`);
    expect(hrefFor("ja-easy", "check")).toBe("/easy/check/");
    expect(hrefFor("en", "faq")).toBe("/en/faq/");
  });
});
