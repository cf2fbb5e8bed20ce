// WCAG 3.1.2 (Language of Parts) on the translated pages: the Japanese a page quotes — the
// glossary's terms (マイナ保険証, 資格確認書, 電子証明書 …, shared/messages/glossary/terms.ts),
// what the card prints (“2031年11月14日まで有効”), the reader's words (使える, 次に進む) — sits
// in an element whose language is Japanese, so a screen reader speaks it with a Japanese voice
// and the browser draws its kanji with Japanese glyphs. Chinese pages cannot tell Japanese by its
// script (lib/language-of-parts.ts marks what they quote); the others mark runs of kanji and
// kana. Every built page of every translation, and the checker's answer from the API.
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { JA_TERMS } from "#shared/messages/glossary/terms.ts";
import { glossary as zhGlossary } from "#shared/messages/glossary/zh-Hans.ts";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";
import { builtPages, EXPIRY } from "./support/site.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const PREFIXES = ["/zh-hans/", "/ko/", "/vi/", "/pt-br/", "/tl/", "/ne/", "/en/"];
/** The terms to look for: on a Chinese page not 更新, which is the same word in Chinese. */
const termsFor = (prefix: string) =>
  Object.entries(JA_TERMS)
    .filter(([key, ja]) => prefix !== "/zh-hans/" || zhGlossary.term[key as keyof typeof JA_TERMS] !== ja)
    .map(([, ja]) => ja);

interface Finding {
  /** Glossary terms found in text whose element is not Japanese. */
  unmarkedTerms: string[];
  /** Text with kana (never Chinese, Korean, … ) whose element is not Japanese. */
  unmarkedKana: string[];
  /** Japanese-marked text with characters only Simplified Chinese writes (marked by mistake). */
  markedChinese: string[];
  /** How many glossary terms were found inside Japanese-marked text. */
  markedTerms: number;
}

/** Every text node of `scope` (not script, style or the head), by whether it is Japanese. */
const findings = (p: Page, scope: string, terms: string[]): Promise<Finding> =>
  p.locator(scope).evaluate((root, terms) => {
    const KANA = /[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff]/;
    // Simplified forms (証 → 证, 書 → 书, 険 → 险, 時 → 时 …): never in Japanese text.
    const SIMPLIFIED_ONLY = /[证书险这们请说为发个时间过么门给还]/;
    const found: Finding = { unmarkedTerms: [], unmarkedKana: [], markedChinese: [], markedTerms: 0 };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Code samples (the embed snippets) are copied, not read as prose.
      if (!parent || parent.closest("script, style, template, svg, pre")) continue;
      const text = node.textContent ?? "";
      const japanese = parent.closest(":lang(ja)") !== null;
      if (japanese) {
        found.markedTerms += terms.filter((term) => text.includes(term)).length;
        if (SIMPLIFIED_ONLY.test(text)) found.markedChinese.push(text);
      } else {
        found.unmarkedTerms.push(...terms.filter((term) => text.includes(term)).map((term) => `${term} in “${text}”`));
        if (KANA.test(text)) found.unmarkedKana.push(text);
      }
    }
    return found;
  }, terms);

const PAGES = builtPages().filter((path) => PREFIXES.some((prefix) => path.startsWith(prefix)));

it("finds pages in every translation", () => {
  for (const prefix of PREFIXES) expect(PAGES.filter((path) => path.startsWith(prefix)).length).toBeGreaterThan(0);
});

describe.each(PREFIXES)("%s", (prefix) => {
  it.each(PAGES.filter((path) => path.startsWith(prefix)))("%s: every Japanese term is lang=ja", async (path) => {
    await page.goto(`${baseURL}${path}`);
    const found = await findings(page, "body", termsFor(prefix));
    expect(found.unmarkedTerms).toStrictEqual([]);
    expect(found.unmarkedKana).toStrictEqual([]);
    expect(found.markedChinese).toStrictEqual([]);
  });
});

it.each(["zh-hans", "ko", "vi", "pt-br", "tl", "ne"])(
  "/%s/: the home page and the checker's answer quote Japanese terms, marked",
  async (code) => {
    const prefix = `/${code}/`;
    await page.goto(`${baseURL}${prefix}`);
    expect((await findings(page, "main", termsFor(prefix))).markedTerms).toBeGreaterThan(0);
    // The grace stage names the 資格確認書 and the counter (API texts, rendered in the page).
    await page.goto(`${baseURL}${prefix}check/#certificateExpiry=${EXPIRY}&today=2025-04-01`);
    expect(await resultStage(page)).toBe("grace");
    const found = await findings(page, "[data-result]", termsFor(prefix));
    expect(found.markedTerms).toBeGreaterThan(0);
    expect(found.unmarkedTerms).toStrictEqual([]);
    expect(found.unmarkedKana).toStrictEqual([]);
    expect(found.markedChinese).toStrictEqual([]);
  },
);
