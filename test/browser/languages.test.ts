// Issue 13, in the browser, one table over the six foreign residents' languages: the checker
// reaches every stage (R-INS-2) on that language's page, in its words and dates, axe-clean; the
// no-JavaScript POST answers on that language's checker path; the widget with lang=<code> loads
// its language module and reaches every stage; and a screenshot of the checker's answer at
// 390 px per language (docs/languages/; the widget's in the system's temporary directory), looked
// at by a person: fonts, line breaks. On one page per language the checker moves between stages
// by its fragment (hashchange, no reload), as a shared link does.
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DATE_FORMS } from "#shared/dates/display.ts";
import { htmlLang } from "#shared/lang/index.ts";
import { stageName } from "#shared/messages/stages.ts";
import type { Stage } from "#shared/rules/result.ts";
import { CHECK } from "#site/content/check.ts";
import { pathFor } from "#site/i18n/site.ts";
import { plainText } from "#site/lib/inline.ts";
import { packUrl } from "#site/widget/pack.ts";
import { PACKS } from "#site/widget/packs/index.ts";
import { seriousViolations } from "./support/axe.ts";
import { launchChromium } from "./support/chromium.ts";
import { hostPage, startHost } from "./support/host.ts";
import { DAYS_BY_STAGE, EXPIRY } from "./support/site.ts";

const LANGS = ["zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"] as const;
const baseURL = inject("baseURL");
// The committed screenshots (docs/languages) are rewritten only on request (UPDATE_SCREENSHOTS=1);
// a normal run, CI included, writes them to a temporary folder and leaves the tree clean.
const SHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(import.meta.dirname, "../../docs/languages")
  : join(tmpdir(), "myna-languages");

/** A `today` inside each stage for {@link EXPIRY} (rules.md "Stage by day"). */
const STAGE_DAYS = Object.entries(DAYS_BY_STAGE).map(([stage, days]) => ({ stage: stage as Stage, today: days[0]! }));

let browser: Browser;
let host: Awaited<ReturnType<typeof startHost>>;

beforeAll(async () => {
  // The widget's host: another origin, as on a municipal site, with one element per stage.
  host = await startHost({
    "/": (query) => ({
      html: hostPage(
        STAGE_DAYS.map(
          ({ today }) =>
            `<myna-expiry certificate-expiry="${EXPIRY}" today="${today}" lang="${query.get("lang")}"></myna-expiry>`,
        ).join(""),
        `<script type="module" src="${baseURL}/widget.js"></script>`,
      ),
    }),
  });
  browser = await launchChromium();
  await mkdir(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const squash = (text: string | null) => (text ?? "").replace(/\s+/g, "");

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
    await page.goto(`${baseURL}${checker}`);
    for (const { stage, today } of STAGE_DAYS) {
      await page.evaluate((hash) => (location.hash = hash), `#certificateExpiry=${EXPIRY}&today=${today}`);
      // The stages differ from one step to the next, so this waits for the new answer.
      const answer = page.locator(`[data-result][data-stage="${stage}"]:not([hidden])`);
      await answer.waitFor({ timeout: 30_000 }); // the first API call may wait for workerd to start
      expect(await page.getAttribute("html", "lang")).toBe(htmlLang(lang));
      // The answer's heading is this language's (its check content), not another's.
      expect(squash(await answer.locator("#result-heading").textContent())).toBe(
        squash(plainText(CHECK[lang].result.headline[stage])),
      );
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
    page.on("request", (r) => /\/widget\/v\d+\/lang\//.test(r.url()) && modules.push(r.url()));
    await page.goto(`${host.url}/?lang=${encodeURIComponent(lang)}`);
    const elements = page.locator("myna-expiry");
    await expect
      .poll(() => elements.evaluateAll((all) => all.map((e) => e.getAttribute("data-stage"))))
      .toEqual(STAGE_DAYS.map(({ stage }) => stage));
    for (const [i, { stage, today }] of STAGE_DAYS.entries()) {
      const element = elements.nth(i);
      await expect(element.locator(".tag strong").innerText()).resolves.toBe(stageName(stage, lang));
      await expect(element.locator("[part=container]").getAttribute("lang")).resolves.toBe(htmlLang(lang));
      // Dates in this language's widget form, and the link to this language's checker.
      await expect(element.locator('[part="dates"]').textContent()).resolves.toContain(PACKS[lang].date(EXPIRY));
      await expect(element.locator('a[part="link"]').getAttribute("href")).resolves.toBe(
        `${baseURL}${checker}#certificateExpiry=${EXPIRY}&today=${today}`,
      );
    }
    // One module for the four elements, and only this language's (pack.ts).
    expect(modules).toEqual([packUrl(baseURL, lang)]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), `myna-widget-${lang}-390.png`), fullPage: true });
    await page.close();
  });

  it("the embed page (/embed/?lang=) shows the widget in the language", async () => {
    const page = await newPage();
    await page.goto(`${baseURL}/embed/?certificateExpiry=${EXPIRY}&today=${DAYS_BY_STAGE.grace[0]}&lang=${lang}`);
    await expect.poll(() => page.locator("myna-expiry").getAttribute("data-stage")).toBe("grace");
    await expect(page.locator("myna-expiry [part=container]").getAttribute("lang")).resolves.toBe(htmlLang(lang));
    await expect(page.locator("myna-expiry .tag strong").innerText()).resolves.toBe(stageName("grace", lang));
    await page.close();
  });
});
