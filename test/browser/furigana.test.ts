// Furigana at least 12 px everywhere (issue 10, issue 12): every ruby reading on every built
// page at 390 and 1280 px, the やさしい日本語 checker's answer headline, and the easy list page's
// import buttons, which carry their ふりがな too (the row buttons do not: editor.ts says why).
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { resultStage } from "./support/checker.ts";
import { usePage } from "./support/chromium.ts";
import { csvBytes, importCsv, residents } from "./support/list.ts";
import { builtPages, EXPIRY } from "./support/site.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

/** The rendered size of every visible ruby reading inside `scope`, with the text it reads. */
const readings = (p: Page, scope = "body") =>
  p
    .locator(scope)
    .evaluateAll((roots) =>
      roots.flatMap((root) =>
        [...root.querySelectorAll("rt")]
          .filter((rt) => (rt as HTMLElement).getClientRects().length > 0)
          .map((rt) => ({ text: rt.textContent ?? "", px: Number.parseFloat(getComputedStyle(rt).fontSize) })),
      ),
    );

const tooSmall = (list: { text: string; px: number }[]) => list.filter((r) => r.px < 12);

describe.each([390, 1280])("at %ipx wide", (width) => {
  it.each(builtPages())("%s: every reading is 12 px or more", async (path) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}${path}`);
    expect(tooSmall(await readings(page))).toEqual([]);
  });

  it("the easy checker's answer: the headline's readings too", async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}/easy/check/#certificateExpiry=${EXPIRY}&today=2025-04-01`);
    expect(await resultStage(page)).toBe("grace");
    const headline = await readings(page, "#result-heading");
    expect(headline.length).toBeGreaterThan(0);
    expect(tooSmall(headline)).toEqual([]);
    expect(tooSmall(await readings(page))).toEqual([]);
  });

  it("the easy list: the import buttons show ふりがな, 12 px or more", async () => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${baseURL}/easy/list/`);
    expect(tooSmall(await readings(page, "button"))).toEqual([]);
    await importCsv(page, "residents.csv", csvBytes(residents(2), "utf-8-bom"));
    const importButtons = await readings(page, "[data-import-add], [data-import-cancel]");
    expect(importButtons.length).toBeGreaterThan(0);
    expect(tooSmall(importButtons)).toEqual([]);
  });
});
