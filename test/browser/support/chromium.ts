/**
 * @module
 * Chromium for the browser tests through playwright-core: the run's one (chromium-server.ts).
 */
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/**
 * A Chromium for one test file: a connection to the run's (chromium-server.ts), whose `close()`
 * closes the contexts this file opened and disconnects; each `newPage()` is a context of its own,
 * so files share no cookies, storage or cache.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.connect(inject("chromiumEndpoint"));
}

/**
 * One Chromium connection and one page for a test file: opened before its tests, closed after them.
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
