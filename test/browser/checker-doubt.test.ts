// Review finding 1 (R-INFER-6, R-CARD-4, R-INFER-4): a "valid" answer whose other reading is
// "lapsed" says, inside the answer's box, what it assumed and what the other reading gives; the
// box's heading says to check first, and the box is not dressed in the all-clear green.

import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { seriousViolations } from "./support/axe.ts";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const STAY = "birthDate=1998-05-10&cardExpiry=2027-03-31&periodOfStayEndsOn=2027-03-31&today=2026-12-02";
const TYPO = "birthDate=1942-07-04&cardExpiry=2027-03-02&today=2026-12-02";

/** The computed colours of an element, as `rgb(…)` strings. */
const colours = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const style = getComputedStyle(el);
    return { color: style.color, background: style.backgroundColor, border: style.borderTopStyle };
  });

/** The element's text without ふりがな (rt, rp). */
const words = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const rt of copy.querySelectorAll("rt, rp")) rt.remove();
    return copy.textContent ?? "";
  });

const VALID_GREEN = { color: "rgb(26, 107, 53)", background: "rgb(230, 244, 234)" }; // shared/design/stage-look.ts

describe("the answer box states its assumption and the other reading", () => {
  it.each([
    [
      "/check/",
      STAY,
      "電子証明書がカードの有効期限まで有効な場合の答えです。",
      "「失効」",
      "まず、電子証明書の有効期限を確かめてください",
    ],
    [
      "/en/check/",
      STAY,
      "This answer assumes the certificate lasts",
      "Stage today: Lapsed.",
      "First check your certificate's expiry date",
    ],
    [
      "/easy/check/",
      STAY,
      "電子証明書が カードの 期限まで 使える 人の 答えです。",
      "2026",
      "まず、電子証明書の 期限を 確かめて ください",
    ],
    ["/vi/check/", STAY, "Câu trả lời này dựa trên giả định", "2026", "Trước hết, hãy kiểm tra hạn của"],
  ])("%s#%s", async (path, fragment, condition, other, heading) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${fragment}`);
    // The contract's hook is unchanged: the stage of the headline's own reading.
    expect(await resultStage(page)).toBe("valid");
    // The heading says to check first, before anything says "nothing to do".
    const headingText = await words(page, "#result-heading");
    expect(headingText).toContain(heading);
    const panelText = await words(page, ".result-panel");
    expect(panelText.indexOf(heading)).toBeLessThan(panelText.indexOf(condition));
    const doubt = page.locator(".result-panel [data-doubt]");
    await expect(doubt.locator("p").first().textContent()).resolves.toContain(condition);
    await expect(doubt.locator("li").textContent()).resolves.toContain(other);
    // Brief item 4: the other reading in its own stage's look (lapsed), not the headline's green.
    const reading = doubt.locator(".result-other-reading").first();
    await expect(reading.getAttribute("data-result-stage")).resolves.toBe("lapsed");
    const readingLook = await reading.evaluate((el) => getComputedStyle(el).borderInlineStartColor);
    expect(readingLook).not.toBe(VALID_GREEN.color);
    // How to check, in the API's words (the card face's box, マイナポータル), inside the box.
    await expect(doubt.locator(".result-doubt-how").count()).resolves.toBe(1);
    // The headline's own answer and its action come after, in a box of their own labelled as the assumed case.
    const assumed = page.locator(".result-panel .result-assumed");
    await expect(assumed.getAttribute("data-result-stage")).resolves.toBe("valid");
    expect(panelText.indexOf(condition)).toBeLessThan(panelText.indexOf(await words(page, ".result-assumed-label")));
    await expect(assumed.locator(".result-action").count()).resolves.toBe(1);
    // Not the all-clear look: neither the green text nor the green background, and a dashed border.
    const look = await colours(page, ".result-panel");
    expect(look.color).not.toBe(VALID_GREEN.color);
    expect(look.background).not.toBe(VALID_GREEN.background);
    expect(look.border).toBe("dashed");
    // The page title leads with the same words (in やさしい日本語 it is written in its readings).
    if (!path.startsWith("/easy/")) expect((await page.title()).startsWith(heading)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    if (process.env.SHOTS_DIR && fragment === STAY) {
      const name = path.replaceAll("/", "").replace(/check$/, "") || "ja";
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page
          .locator(".result-panel")
          .screenshot({ path: `${process.env.SHOTS_DIR}/checker-ux-doubt-${name}-${width}.png` });
      }
    }
  });

  it("no check-first box when the other reading gives the same stage", async () => {
    await page.goto("about:blank");
    await page.goto(
      `${baseURL}/check/#birthDate=1998-05-10&cardExpiry=2030-03-31&periodOfStayEndsOn=2030-03-31&today=2026-12-02`,
    );
    expect(await resultStage(page)).toBe("valid");
    expect(await page.locator(".result-panel [data-doubt]").count()).toBe(0);
    expect(await page.locator(".result-panel[data-check-first]").count()).toBe(0);
    await expect(page.locator("#result-heading").textContent()).resolves.toContain("電子証明書は有効です");
    expect(await colours(page, ".result-panel")).toMatchObject(VALID_GREEN);
  });

  it("the R-CARD-4 stay card in its window: check first, then immigration first", async () => {
    await page.goto("about:blank");
    await page.goto(
      `${baseURL}/ne/check/#birthDate=1995-08-15&cardExpiry=2026-12-20&periodOfStayEndsOn=2026-12-20&today=2026-12-02`,
    );
    expect(await resultStage(page)).toBe("renewal");
    await expect(page.locator("#result-heading").textContent()).resolves.toContain("पहिले");
    await expect(page.locator(".result-assumed").getAttribute("data-result-stage")).resolves.toBe("renewal");
  });
});

describe("R-INFER-4 (review finding 2): a card expiry that is not a birthday", () => {
  // A one-day typo of the birthday (both readings "valid"), and the 84-year-old's (the other reading lapsed).
  const ONE_DAY = "birthDate=%E6%98%AD%E5%92%8C31%E5%B9%B43%E6%9C%8831%E6%97%A5&cardExpiry=2030-03-30&today=2026-12-02";
  it.each([
    ["/check/", ONE_DAY, "まず、カードの有効期限を確かめてください", "2030-03-31"],
    ["/check/", TYPO, "まず、カードの有効期限を確かめてください", "2027-07-04"],
    ["/en/check/", ONE_DAY, "First check your card's expiry date", "2030-03-31"],
    ["/easy/check/", ONE_DAY, "まず、カードの 期限を 見て ください", "2030-03-31"],
    ["/ne/check/", ONE_DAY, "पहिले कार्डको म्याद सकिने मिति जाँच गर्नुहोस्", "2030-03-31"],
  ])("%s#%s: check the card first, both readings, not the all-clear", async (path, fragment, heading, birthday) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${fragment}`);
    expect(await resultStage(page)).toBe("valid");
    expect(await words(page, "#result-heading")).toContain(heading);
    const look = await colours(page, ".result-panel");
    expect(look.background).not.toBe(VALID_GREEN.background);
    expect(look.border).toBe("dashed");
    // Both readings, the typo's birthday first, then the date as typed; the assumed answer after them.
    const readings = page.locator(".result-panel [data-doubt] [data-reading]");
    await expect(readings.evaluateAll((els) => els.map((el) => el.getAttribute("data-reading")))).resolves.toEqual([
      "birthday",
      "asTyped",
    ]);
    await expect(readings.first().locator("time").getAttribute("datetime")).resolves.toBe(birthday);
    const panelText = await words(page, ".result-panel");
    expect(panelText.indexOf(await words(page, "[data-reading='asTyped']"))).toBeLessThan(
      panelText.indexOf(await words(page, ".result-assumed-label")),
    );
    if (!path.startsWith("/easy/")) expect((await page.title()).startsWith(heading)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    if (process.env.SHOTS_DIR && fragment === ONE_DAY) {
      const name = path.replaceAll("/", "").replace(/check$/, "") || "ja";
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page
          .locator(".result-panel")
          .screenshot({ path: `${process.env.SHOTS_DIR}/checker-typo-${name}-${width}.png` });
      }
    }
  });

  it("「この日付で調べ直す」 checks again with the birthday, in place and in the address", async () => {
    await page.goto("about:blank");
    await page.goto(`${baseURL}/check/#${ONE_DAY}`);
    await resultStage(page);
    await page.locator("[data-recheck-form] button").click();
    // 2030-03-31 is a birthday: the R-INFER-3 question now (renewed since 2025-01-01?), no card doubt.
    await page.locator('[data-question="renewed"]').waitFor({ state: "visible" });
    expect(await page.locator("[data-recheck-form]").count()).toBe(0);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain("cardExpiry=2030-03-31");
    await expect(page.inputValue("#cardExpiry")).resolves.toBe("2030-03-31");
  });

  it("without JavaScript the same button posts the form", async () => {
    const context = page.context();
    const other = await context.browser()!.newContext({ javaScriptEnabled: false });
    const noJs = await other.newPage();
    try {
      await noJs.goto(`${baseURL}/check/`);
      await noJs.fill("#birthDate", "昭和31年3月31日");
      await noJs.fill("#cardExpiry", "2030年3月30日");
      await noJs.locator("form[data-form] button[type=submit]").click();
      await noJs.locator("[data-recheck-form] button").click();
      await noJs.locator('[data-question="renewed"]').waitFor({ state: "visible" });
    } finally {
      await other.close();
    }
  });
});

describe("review finding 8 (R-COUNTER-1): renewal opens on a closed day", () => {
  // A certificate ending 2027-03-31: its window opens on Fri 1 Jan, in the year-end closure. (A
  // stay-limited card no longer names the window at all, review8 #4: its step is the stay.)
  const OPENS_CLOSED = "certificateExpiry=2027-03-31&today=2026-12-02";
  it.each([
    ["/check/", "令和9年（2027年）1月4日（月）"],
    ["/vi/check/", "4 tháng 1 năm 2027"],
  ])("%s names the first counter day, not Fri 1 Jan", async (path, day) => {
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${OPENS_CLOSED}`);
    expect(await resultStage(page)).toBe("valid");
    const action = await page.locator(".result-panel .result-action").textContent();
    expect(action).toContain(day);
    if (process.env.SHOTS_DIR) {
      await page
        .locator(".result-panel")
        .screenshot({ path: `${process.env.SHOTS_DIR}/${path.replaceAll("/", "")}-counter-390.png` });
    }
  });
});
