// The embed code for each widget language (the session 6 review: the docs offered only ja and
// en, so an embedder serving Vietnamese or Nepali residents never learnt that lang="vi" works).
import { describe, expect, it } from "vitest";
import { WIDGET_LANGS } from "../widget/texts.ts";
import { badgeAlt, badgeUrl, embedUrl, frameTitle, type SnippetOptions, snippet } from "./snippets.ts";

const base: SnippetOptions = {
  method: "element",
  lang: "ja",
  variant: "default",
  theme: "light",
  certificateExpiry: "2027-03-15",
  origin: "https://myna.example",
};

describe("snippets in every widget language", () => {
  it("offers the eight languages the widget speaks, not やさしい日本語", () => {
    expect(WIDGET_LANGS).toStrictEqual(["ja", "en", "zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"]);
  });

  it.each(WIDGET_LANGS)("%s: the element, the iframe and the badge name the language", (lang) => {
    const options = { ...base, lang };
    const element = snippet(options);
    if (lang === "ja") expect(element).not.toContain(" lang=");
    else expect(element).toContain(`<myna-expiry certificate-expiry="2027-03-15" lang="${lang}">`);
    const frameQuery = new URL(embedUrl(options)).searchParams;
    expect(frameQuery.get("lang")).toBe(lang === "ja" ? null : lang);
    // The badge always names its language, so the image does not follow each viewer's.
    expect(new URL(badgeUrl(options)).searchParams.get("lang")).toBe(lang);
    expect(snippet({ ...options, method: "iframe" })).toContain(`title="${frameTitle(lang)}"`);
    expect(snippet({ ...options, method: "badge" })).toContain(`alt="${badgeAlt(lang, "2027-03-15")}"`);
  });

  it("words the iframe's title and the badge's alt in each language, each its own", () => {
    const titles = WIDGET_LANGS.map(frameTitle);
    const alts = WIDGET_LANGS.map((lang) => badgeAlt(lang, "2027-03-15"));
    expect(new Set(titles).size).toBe(WIDGET_LANGS.length);
    expect(new Set(alts).size).toBe(WIDGET_LANGS.length);
    for (const title of titles) expect(title).toContain("マイナ期限ナビ");
    for (const alt of alts) expect(alt).toContain("2027-03-15");
  });
});
