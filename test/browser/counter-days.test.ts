// R-COUNTER-1 on the checker: an expiry on a Saturday (rules.md K1, 2026-11-14) shows the last
// day the municipal counter is open, Friday 13 November: in the action sentence, in the key
// dates beside the expiry, and first in the next step (the API's sentence).

import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

const squeeze = (text: string | null) => (text ?? "").replace(/\s+/g, "");

describe("the last counter day on the checker (R-COUNTER-1)", () => {
  it.each([
    // The step leads with the last counter day, then says the counter is closed until the expiry
    // (review 7, finding 1: it used to say "until the expiry" first).
    [
      "/check/",
      "11月13日（金）",
      "窓口で手続きできる最後の日",
      "無料で更新できます（2026年11月13日（金）まで。そのあと有効期限の2026年11月14日（土）までは、窓口が閉まっています）。",
    ],
    [
      "/en/check/",
      "13 November",
      "Last day at the municipal counter",
      "up to and including Friday 13 November 2026 (the counter is then closed until the expiry, Saturday 14 November 2026)",
    ],
    [
      "/easy/check/",
      "11月13日（金",
      "最後",
      "2026年11月13日（金曜日）までに、住んでいる 市区町村の 窓口へ 行きます。その あと、期限の 日の 2026年11月14日（土曜日）までは、窓口が 休みです。",
    ],
  ])(
    "%s: expiry Saturday 2026-11-14 → Friday 11/13 in the action, the dates and the next step",
    async (path, day, label, sentence) => {
      await page.goto(`${baseURL}${path}#certificateExpiry=2026-11-14&today=2026-10-01`);
      expect(await resultStage(page)).toBe("renewal");
      expect(await page.locator("[data-result] .result-action time").getAttribute("datetime")).toBe("2026-11-13");
      expect(squeeze(await page.locator("[data-result] .result-action").textContent())).toContain(squeeze(day));
      const dates = squeeze(await page.locator("[data-result] .result-dates").textContent());
      expect(dates).toContain(squeeze(label));
      expect(await page.locator('[data-result] .result-dates time[datetime="2026-11-13"]').count()).toBe(1);
      expect(squeeze(await page.locator("[data-result] .result-steps").textContent())).toContain(squeeze(sentence));
    },
  );

  it("an expiry on an open day (Friday 2026-11-13) gets no extra row, and the note on opening days stays", async () => {
    await page.goto(`${baseURL}/check/#certificateExpiry=2026-11-13&today=2026-10-01`);
    expect(await resultStage(page)).toBe("renewal");
    expect(squeeze(await page.locator("[data-result] .result-dates").textContent())).not.toContain(
      "窓口で手続きできる最後の日",
    );
    expect(squeeze(await page.locator("[data-result] .result-steps").textContent())).not.toContain(
      "窓口で手続きできる最後の日は",
    );
    expect(await page.locator("[data-result] .result-counter-note").textContent()).toContain("12月29日");
  });
});

describe("the stages page explains it once (R-COUNTER-1)", () => {
  it.each([
    ["/stages/", "窓口で手続きできる最後の日は2026年11月13日（金）です"],
    ["/en/stages/", "the last day you can go to the counter is"],
    ["/easy/stages/", "2026年11月13日（金曜日）です"],
  ])("%s", async (path, phrase) => {
    await page.goto(`${baseURL}${path}`);
    const text = squeeze(await page.locator("main").textContent());
    expect(text).toContain(squeeze(phrase));
    expect(text.split(squeeze(phrase)).length - 1).toBe(1);
  });
});
