// R-CARD-4 on the checker page: a stay-limited card whose certificate ends with it. The answer's
// action sentence says to extend the stay at 出入国在留管理局 first, then to go to the municipal
// office by its last open day, and what to bring there (the new 在留カード). Review finding 5.

import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

/** Card and stay end on Sunday 2026-12-20: renewal stage, the last counter day Friday 12-18. */
const STAY = "birthDate=1995-08-15&cardExpiry=2026-12-20&periodOfStayEndsOn=2026-12-20&today=2026-12-02";

// Each page's words for immigration and for the municipal office, in the order they must come.
const PAGES: [path: string, immigration: string, office: string, card: string][] = [
  ["/check/", "出入国在留管理局", "市区町村の窓口", "在留カード"],
  ["/en/check/", "immigration office (出入国在留管理局)", "municipal office", "residence card (在留カード)"],
  ["/easy/check/", "出入国在留管理局", "窓口", "在留カード"],
  ["/zh-hans/check/", "出入国在留管理局", "市区町村政府窗口", "在留卡"],
  ["/ko/check/", "出入国在留管理局", "시구정촌 창구", "재류카드"],
  ["/vi/check/", "出入国在留管理局", "quầy thủ tục ở tòa thị chính", "thẻ lưu trú"],
  ["/pt-br/check/", "出入国在留管理局", "balcão da prefeitura", "cartão de residente"],
  ["/tl/check/", "出入国在留管理局", "counter ng city hall", "residence card"],
  ["/ne/check/", "出入国在留管理局", "नगरपालिका कार्यालयको काउन्टर", "निवास कार्ड"],
];

describe("a stay-limited card: immigration first, then the municipal office (R-CARD-4)", () => {
  it.each(PAGES)("%s", async (path, immigration, office, card) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto("about:blank");
    await page.goto(`${baseURL}${path}#${STAY}`);
    expect(await resultStage(page)).toBe("renewal");
    const action = (await page.locator(".result-panel .result-action").textContent()) ?? "";
    // ふりがな: the readings (rt) are part of textContent; compare the words without them.
    const words = await page.locator(".result-panel .result-action").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const rt of copy.querySelectorAll("rt, rp")) rt.remove();
      return copy.textContent ?? "";
    });
    expect(words.indexOf(immigration), action).toBeGreaterThanOrEqual(0);
    expect(words.indexOf(office), action).toBeGreaterThan(words.indexOf(immigration));
    // The date is the municipal office's last open day before the card ends (R-COUNTER-1).
    await expect(page.locator(".result-panel .result-action time").getAttribute("datetime")).resolves.toBe(
      "2026-12-18",
    );
    const bring = await page.locator(".result-panel .result-bring").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const rt of copy.querySelectorAll("rt, rp")) rt.remove();
      return copy.textContent ?? "";
    });
    expect(bring).toContain(card);
    // The API's step says the same order.
    const step = (await page.locator(".result-steps li").nth(1).textContent()) ?? "";
    expect(step.indexOf("出入国在留管理局")).toBeGreaterThanOrEqual(0);
    if (process.env.SHOTS_DIR && ["/check/", "/en/check/", "/easy/check/", "/ne/check/"].includes(path)) {
      const name = path.replaceAll("/", "").replace(/check$/, "") || "ja";
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page
          .locator(".result-panel")
          .first()
          .screenshot({ path: `${process.env.SHOTS_DIR}/checker-ux-stay-${name}-${width}.png` });
      }
    }
  });

  it("a card expiry that is only guessed to be a stay's (R-INFER-4, maybe a typo) is not sent to immigration", async () => {
    await page.goto("about:blank");
    await page.goto(`${baseURL}/check/#birthDate=1942-07-04&cardExpiry=2027-03-02&today=2027-01-04`);
    expect(await resultStage(page)).toBe("renewal");
    const action = (await page.locator(".result-panel .result-action").textContent()) ?? "";
    expect(action).not.toContain("出入国在留管理局");
    expect(action).toContain("市区町村の窓口で更新してください");
  });

  it("an ordinary card in the same stage keeps the ordinary sentence", async () => {
    await page.goto("about:blank");
    await page.goto(`${baseURL}/check/#certificateExpiry=2026-12-20&today=2026-12-02`);
    expect(await resultStage(page)).toBe("renewal");
    const action = (await page.locator(".result-panel .result-action").textContent()) ?? "";
    expect(action).not.toContain("出入国在留管理局");
    expect(action).toContain("市区町村の窓口で更新してください");
  });
});
