// The language menu (issue 13): one button in the header, every language of the table in its
// own name with lang and hreflang, the same page where that language has it and its home page
// (said so) where not; keyboard, Escape, no JavaScript, 320 px; and the line a reader gets on a
// page that is not in their language. Expectations come from the language table, so they hold
// for every language it lists.

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { hreflang, htmlLang } from "#shared/lang/index.ts";
import { hasPage, pathFor, SITE_LANGS, untranslatedId } from "#site/i18n/site.ts";
import { seriousViolations } from "./support/axe.ts";
import { launchChromium } from "./support/chromium.ts";

let browser: Browser;
const baseURL = inject("baseURL");
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 640 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${baseURL}${path}`);
  return page;
}
const menu = (page: Page) => page.locator(".language-menu");
const isOpen = (page: Page) => menu(page).evaluate((details) => (details as HTMLDetailsElement).open);

describe("on the Japanese FAQ (a page some languages do not have)", () => {
  it("lists every language with lang and hreflang, to the same page or that language's home", async () => {
    const page = await open("/faq/", 1280);
    const entries = menu(page).locator("li");
    expect(await entries.count()).toBe(SITE_LANGS.length);
    for (const [i, lang] of SITE_LANGS.entries()) {
      const entry = entries.nth(i).locator("a, .current");
      expect(await entry.getAttribute("lang")).toBe(htmlLang(lang));
      if (lang === "ja") {
        expect(await entry.getAttribute("aria-current")).toBe("true");
        continue;
      }
      expect(await entry.getAttribute("hreflang")).toBe(hreflang(lang));
      const expected = hasPage(lang, "faq") ? pathFor(lang, "faq") : pathFor(lang, "home");
      expect(await entry.getAttribute("href")).toBe(expected);
      // Where it goes to the home page, the entry says so (in its own language).
      expect(await entry.locator(".note").count()).toBe(hasPage(lang, "faq") ? 0 : 1);
    }
    await page.context().close();
  });

  it("opens with the keyboard, shows focus, and Escape closes it with focus back on the button", async () => {
    const page = await open("/faq/", 1280);
    const summary = menu(page).locator("summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return {
        inMenu: !!el.closest(".language-menu"),
        hreflang: el.getAttribute("hreflang"),
        bg: getComputedStyle(el).backgroundColor,
      };
    });
    expect(focused.inMenu).toBe(true);
    expect(focused.hreflang).toBe(hreflang(SITE_LANGS.find((lang) => lang !== "ja")!));
    expect(focused.bg).toBe("rgb(255, 212, 61)"); // --color-focus: focus is visible
    await page.keyboard.press("Escape");
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("SUMMARY");
    await page.context().close();
  });

  it("works without JavaScript: the button opens the list, a link goes to the English page", async () => {
    const page = await open("/faq/", 1280, false);
    await menu(page).locator("summary").click();
    expect(await isOpen(page)).toBe(true);
    await menu(page).locator('a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/faq\/$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.context().close();
  });
});

describe("at 320 px", () => {
  it("shares the phone menu's row, and the open list fits the screen (axe clean)", async () => {
    const page = await open("/faq/", 320);
    const button = (await menu(page).locator("summary").boundingBox())!;
    const phoneMenu = (await page.locator(".site-menu > summary").boundingBox())!;
    expect(Math.abs(button.y - phoneMenu.y)).toBeLessThan(8);
    await menu(page).locator("summary").click();
    const panel = (await menu(page).locator(".panel").boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(320);
    expect(await seriousViolations(page)).toEqual([]);
    // Opening the other menu closes this one: they never cover each other.
    await page.locator(".site-menu > summary").click();
    expect(await isOpen(page)).toBe(false);
    await page.context().close();
  });
});

describe("a page that is not in the reader's language", () => {
  const missing = SITE_LANGS.filter((lang) => !hasPage(lang, "sources"));

  it.each(missing)("%s: the footer link names the line, which says so in that language", async (lang) => {
    const page = await open(pathFor(lang, "home"), 1280);
    const link = page.locator(`footer a[href^="${pathFor(lang, "sources")}"]`);
    expect(await link.getAttribute("href")).toBe(`${pathFor(lang, "sources")}#${untranslatedId(lang)}`);
    await link.click();
    await page.waitForURL(
      (url) => url.pathname === pathFor(lang, "sources") && url.hash === `#${untranslatedId(lang)}`,
    );
    const line = page.locator(`#${untranslatedId(lang)}`);
    await expect(line.isVisible()).resolves.toBe(true);
    expect(await line.getAttribute("lang")).toBe(htmlLang(lang));
    expect(await line.locator("a").getAttribute("href")).toBe(pathFor(lang, "home"));
    expect(await seriousViolations(page)).toEqual([]);
    // Without the fragment the page shows no such line.
    await page.goto(`${baseURL}${pathFor(lang, "sources")}`);
    await expect(line.isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

it("the 404 page lists every language in its own name, linking to its home", async () => {
  const page = await open("/no-such-page/", 390);
  const links = page.locator("nav.languages a");
  expect(await links.count()).toBe(SITE_LANGS.length);
  for (const [i, lang] of SITE_LANGS.entries()) {
    expect(await links.nth(i).getAttribute("href")).toBe(pathFor(lang, "home"));
    expect(await links.nth(i).getAttribute("lang")).toBe(htmlLang(lang));
    expect(await links.nth(i).getAttribute("hreflang")).toBe(hreflang(lang));
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.context().close();
});
