// Takes docs/checker-answer.png, the README's picture of the top of the checker's answer, from a running
// server: `PORT=8851 npm start`, then `BASE=http://127.0.0.1:8851 npm run docs:screenshot`.
// The inputs sit in the URL fragment with a fixed `today`, so the picture changes only when the
// checker's page does. Needs Debian's Chromium at /usr/bin/chromium (like the browser tests).
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = process.env.BASE ?? "http://127.0.0.1:8787";
const out = join(root, "docs", "checker-answer.png");
// Route (b), what is printed on the card: the certificate's expiry is worked out from it
// (R-INFER-*, R-CERT-1: 2026-11-14), and on the chosen day it is in the renewal window.
const fragment = new URLSearchParams({ birthDate: "昭和60年11月14日", cardExpiry: "2031-11-14", today: "2026-09-01" });

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium" });
try {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1, locale: "ja-JP" });
  await page.goto(`${base}/check/#${fragment.toString().replace(/\+/g, "%20")}`);
  const result = page.locator("[data-result][data-stage]");
  await result.waitFor({ state: "visible", timeout: 30_000 });
  // The top of the answer: the stage and what to do by when, the caveats, and the next steps.
  const clip = await result.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const steps = node.querySelector(".result-steps")?.getBoundingClientRect();
    const bottom = steps ? steps.bottom : box.bottom;
    const pad = 16; // a white margin, so the picture does not start at the card's edge
    return {
      x: box.left + scrollX - pad,
      y: box.top + scrollY - pad,
      width: box.width + 2 * pad,
      height: bottom - box.top + 2 * pad,
    };
  });
  await mkdir(dirname(out), { recursive: true });
  await page.screenshot({ path: out, clip, fullPage: true, animations: "disabled" });
  console.log(`wrote ${out} (stage ${await result.getAttribute("data-stage")})`);
} finally {
  await browser.close();
}
