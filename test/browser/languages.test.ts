// Issue 13, in the browser, one table over the six foreign residents' languages: the checker
// reaches every stage (R-INS-2) on that language's page, in its words and dates, axe-clean; the
// no-JavaScript POST answers on that language's checker path; the widget with lang=<code> loads
// its language module and reaches every stage; and a screenshot of the checker's answer at
// 390 px per language (docs/languages/; the widget's in the system's temporary directory), looked
// at by a person: fonts, line breaks.
import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DATE_FORMS } from "#shared/dates/display.ts";
import { htmlLang } from "#shared/lang/index.ts";
import { type STAGE_NAMES, stageName } from "#shared/messages/stages.ts";
import { pathFor } from "#site/i18n/site.ts";
import { seriousViolations } from "./support/axe.ts";
import { resultStage } from "./support/checker.ts";
import { launchChromium } from "./support/chromium.ts";
import { DAYS_BY_STAGE, EXPIRY } from "./support/site.ts";

const LANGS = ["zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"] as const;
const baseURL = inject("baseURL");
const SHOTS = join(import.meta.dirname, "../../docs/languages");

let browser: Browser;
let host: Server;
let hostURL: string;

beforeAll(async () => {
  // The widget's host: another origin, as on a municipal site.
  host = createServer((request, response) => {
    const lang = new URL(request.url ?? "/", "http://host").searchParams.get("lang") ?? "ja";
    const elements = Object.values(DAYS_BY_STAGE)
      .map((days) => `<myna-expiry certificate-expiry="${EXPIRY}" today="${days[0]}" lang="${lang}"></myna-expiry>`)
      .join("");
    response
      .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
      .end(
        `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>host</title><script type="module" src="${baseURL}/widget.js"></script></head><body>${elements}</body></html>`,
      );
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostURL = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

async function newPage(options: Parameters<Browser["newPage"]>[0] = {}): Promise<Page> {
  return browser.newPage({ viewport: { width: 390, height: 900 }, ...options });
}

describe.each(LANGS)("%s", (lang) => {
  const checker = pathFor(lang, "check");

  it("has its own checker page, labelled in its language", () => {
    expect(checker).toBe(`/${lang.toLowerCase()}/check/`);
  });

  it("the checker reaches every stage in its words and dates, axe-clean", async () => {
    const page = await newPage();
    for (const [stage, days] of Object.entries(DAYS_BY_STAGE)) {
      await page.goto(`${baseURL}${checker}#certificateExpiry=${EXPIRY}&today=${days[0]}`);
      expect(await resultStage(page)).toBe(stage);
      expect(await page.getAttribute("html", "lang")).toBe(htmlLang(lang));
      const result = (await page.locator("[data-result]").innerText()).replace(/\s+/g, " ");
      expect(result).not.toMatch(/undefined|NaN|\{\w+\}/);
      // The action's date is written in the language's letter form (shared/dates/forms).
      const action = await page.locator(".result-action time").first().getAttribute("datetime");
      const written = (await page.locator(".result-action time").first().innerText()).replace(/\s+/g, " ");
      expect(written).toBe(DATE_FORMS[lang].letter(action!).replace(/\s+/g, " "));
      expect(await seriousViolations(page)).toEqual([]);
      if (stage === "renewal") {
        // The answer's first screens: headline, action, where to go, key dates.
        const box = (await page.locator("[data-result]").boundingBox())!;
        await page.screenshot({
          path: join(SHOTS, `checker-${lang}-390.png`),
          fullPage: true,
          clip: { x: 0, y: box.y, width: 390, height: Math.min(box.height, 1800) },
        });
      }
    }
    await page.close();
  });

  it("the no-JavaScript checker answers every stage on its own path", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    for (const [stage, days] of Object.entries(DAYS_BY_STAGE)) {
      await page.goto(`${baseURL}${checker}`);
      await page.fill("#certificateExpiry", EXPIRY);
      await page.locator('details[data-details-for="today"] summary').click();
      await page.fill("#today", days[0]!);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === "POST"),
        page.click('button[type="submit"]'),
      ]);
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(await page.locator("[data-result]").getAttribute("data-stage")).toBe(stage);
      expect(new URL(page.url()).pathname).toBe(checker);
    }
    await page.close();
  });

  it("the widget with lang loads its language and reaches every stage", async () => {
    const page = await newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    const modules: string[] = [];
    page.on("request", (r) => r.url().includes("/widget/v1/lang/") && modules.push(new URL(r.url()).pathname));
    await page.goto(`${hostURL}/?lang=${lang}`);
    const elements = page.locator("myna-expiry");
    await expect
      .poll(() => elements.evaluateAll((all) => all.map((e) => e.getAttribute("data-stage"))))
      .toEqual(Object.keys(DAYS_BY_STAGE));
    for (const [i, stage] of Object.keys(DAYS_BY_STAGE).entries()) {
      const element = elements.nth(i);
      await expect(element.locator(".tag strong").innerText()).resolves.toBe(
        stageName(stage as keyof typeof STAGE_NAMES.ja, lang),
      );
      await expect(element.locator("[part=container]").getAttribute("lang")).resolves.toBe(htmlLang(lang));
    }
    // One module for the four elements, and only this language's.
    expect(modules).toEqual([`/widget/v1/lang/${lang}.js`]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), `myna-widget-${lang}-390.png`), fullPage: true });
    await page.close();
  });
});
