// The widget's words as a resident reads them, on a page of another origin:
// 1. A conditional answer (R-INFER-6 and the like: the API's `text.stage` starts with its
//    assumption when another reading gives another stage) is shown from its first word, in both
//    variants: the compact one hides the sentence only when the answer is not conditional.
// 2. WCAG 3.1.2 as on the site: the Japanese inside another language's words (マイナ保険証 in
//    the zh-Hans caption, マイナ期限ナビ, the terms the API's sentences quote) is lang="ja".

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { JA_TERMS } from "#shared/messages/glossary/terms.ts";
import { glossary as zhGlossary } from "#shared/messages/glossary/zh-Hans.ts";
import { TEXTS, type WidgetTexts } from "#site/widget/texts.ts";
import { launchChromium } from "./support/chromium.ts";
import { type HostPage, hostPage, startHost } from "./support/host.ts";

const baseURL = inject("baseURL");
/** R-INFER-6: a stay-limited card (card = stay end, not a birthday); the earlier birthday gives lapsed. */
const STAY = {
  birthDate: "1998-05-10",
  cardExpiry: "2027-03-31",
  periodOfStayEndsOn: "2027-03-31",
  today: "2026-12-02",
};

let browser: Browser;
let host: Awaited<ReturnType<typeof startHost>>;

const element = (attrs: string) => `<myna-expiry ${attrs}></myna-expiry>`;
const script = `<script type="module" src="${baseURL}/widget.js"></script>`;

const PAGES: Record<string, (query: URLSearchParams) => HostPage> = {
  // Valid on its own (renewal opens 2026-12-31): the stage the conditional answer also has.
  "/doubt": (q) => ({
    html: hostPage(
      element(
        `certificate-expiry="2027-03-31" today="2026-12-02" lang="${q.get("lang")}" variant="${q.get("variant")}"`,
      ),
      script,
    ),
  }),
  // The form (the widget's own words) and an answer in grace (the API's sentences name the counter).
  "/words": (q) => ({
    html: hostPage(
      element(`lang="${q.get("lang")}"`) +
        element(`certificate-expiry="2025-03-15" today="2025-04-01" lang="${q.get("lang")}"`),
      script,
    ),
  }),
};

beforeAll(async () => {
  host = await startHost(PAGES);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

/**
 * The widget asks with a certificate expiry only, which never gives a conditional answer; the
 * API answers the same request with the answer to a fuller input (a stay-limited card) instead,
 * as another deployment or version the `api` attribute points to may: the real API's answer, not
 * a made-up one.
 */
async function withConditionalAnswer(page: Page): Promise<void> {
  await page.route(`${baseURL}/api/v1/evaluate`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const asked = JSON.parse(route.request().postData() ?? "{}") as { lang: string };
    const response = await route.fetch({ postData: JSON.stringify({ ...STAY, lang: asked.lang }) });
    await route.fulfill({ response });
  });
}

describe("a conditional answer is shown from its first word (R-INFER-6)", () => {
  it.each([
    ["ja", "default", "電子証明書がカードの有効期限まで有効な場合の答えです。"],
    ["ja", "compact", "電子証明書がカードの有効期限まで有効な場合の答えです。"],
    ["en", "compact", "This answer assumes the certificate lasts until the card's expiry."],
    ["vi", "default", "Câu trả lời này dựa trên giả định"],
  ])("%s, %s variant", async (lang, variant, assumption) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await withConditionalAnswer(page);
    await page.goto(`${host.url}/doubt?lang=${lang}&variant=${variant}`);
    await page.locator('myna-expiry[data-stage="valid"]').waitFor({ timeout: 15_000 });
    const sentence = page.locator("myna-expiry .sentence");
    await expect(sentence.textContent()).resolves.toMatch(new RegExp(`^${assumption.replace(/[.()]/g, "\\$&")}`));
    await expect(sentence.getAttribute("data-conditional")).resolves.toBe("");
    expect(await sentence.isVisible()).toBe(true);
    if (process.env.SHOTS_DIR && lang === "ja") {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        await page
          .locator("myna-expiry")
          .screenshot({ path: `${process.env.SHOTS_DIR}/checker-ux-widget-doubt-${variant}-${width}.png` });
      }
    }
    await page.close();
  });

  it("an answer that is not conditional keeps the compact variant short", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/doubt?lang=ja&variant=compact`);
    await page.locator('myna-expiry[data-stage="valid"]').waitFor({ timeout: 15_000 });
    const sentence = page.locator("myna-expiry .sentence");
    await expect(sentence.getAttribute("data-conditional")).resolves.toBeNull();
    expect(await sentence.isVisible()).toBe(false);
    await page.close();
  });
});

/** The Japanese terms a text in `lang` must mark: in Chinese, not those written the same (更新). */
const termsFor = (lang: string): string[] =>
  Object.entries(JA_TERMS)
    .filter(([key, ja]) => lang !== "zh-Hans" || zhGlossary.term[key as keyof typeof JA_TERMS] !== ja)
    .map(([, ja]): string => ja)
    .concat("マイナ期限ナビ");

describe.each(["en", "zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"])("WCAG 3.1.2 in the widget, %s", (lang) => {
  it("every Japanese term and every kana is inside lang=ja", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/words?lang=${lang}`);
    await page.locator("myna-expiry[data-stage]").waitFor({ timeout: 15_000 });
    const found = await page.evaluate((terms) => {
      const KANA = /[\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff]/;
      const SIMPLIFIED_ONLY = /[证书险这们请说为发个时间过么门给还]/;
      const out = { unmarked: [] as string[], markedChinese: [] as string[], marked: 0 };
      for (const widget of document.querySelectorAll("myna-expiry")) {
        const root = widget.shadowRoot!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest("style, svg")) continue;
          const text = node.textContent ?? "";
          if (parent.closest(":lang(ja)")) {
            out.marked += 1;
            if (SIMPLIFIED_ONLY.test(text)) out.markedChinese.push(text);
          } else if (KANA.test(text) || terms.some((term) => text.includes(term))) out.unmarked.push(text);
        }
      }
      return out;
    }, termsFor(lang));
    expect(found.unmarked).toStrictEqual([]);
    expect(found.markedChinese).toStrictEqual([]);
    expect(found.marked).toBeGreaterThan(0);
    await page.close();
  });

  // innerText follows layout: a space collapsed at a flex item's edge is missing from it.
  it("the link to the site keeps its spaces around the lang=ja name", async () => {
    const page = await browser.newPage();
    await page.goto(`${host.url}/words?lang=${lang}`);
    const link = page.locator('myna-expiry[data-stage] [part="link"]');
    await link.waitFor({ timeout: 15_000 });
    const { details } =
      lang === "en"
        ? TEXTS.en
        : ((await import(`../../site/src/widget/texts/${lang}.ts`)) as { texts: WidgetTexts }).texts;
    await expect(link.evaluate((a: HTMLElement) => a.innerText.trim())).resolves.toBe(details);
    await page.close();
  });
});
