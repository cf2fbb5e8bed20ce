/**
 * @module
 * Debian's Chromium through playwright-core (never `playwright install`: no downloads here).
 */
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-quic",
  "--no-first-run",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * One Chromium and one page for a test file: launched before its tests, closed after them.
 * @example let page: Page; usePage((p) => (page = p));
 */
export function usePage(use: (page: Page) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    use(await browser.newPage());
  });
  afterAll(async () => browser?.close());
}
