// The embeddable widget on a page of ANOTHER origin (issue 5, contract.md "Site and widget"):
// the element gets the right stage and fires its event, the form works by keyboard, failures
// say so with a link, the iframe page reports its height, and the badge loads. A tiny node:http
// server plays the embedding site; the product is the `npm start` of the browser project.

import axe from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { contrast } from "#shared/design/contrast.ts";
import { htmlLang } from "#shared/lang/index.ts";
import { stageName } from "#shared/messages/stages.ts";
import { EMBED_MIN_HEIGHT } from "#site/lib/embed-sizes.ts";
import { frameTitle } from "#site/lib/snippets.ts";
import { WIDGET_LANGS } from "#site/widget/texts.ts";
import { launchChromium } from "./support/chromium.ts";
import { type HostPage, hostPage, startHost } from "./support/host.ts";

const baseURL = inject("baseURL");
const EXPIRY = "2026-03-15";
const TODAY = "2026-01-10"; // R-INS-2: renewal window (2025-12-16 … 2026-03-15)

let browser: Browser;
let host: Awaited<ReturnType<typeof startHost>>;
let hostURL: string;

/** The embedding site's pages. */
const PAGES: Record<string, (query: URLSearchParams) => HostPage> = {
  "/element": () => ({
    html: hostPage(
      `<myna-expiry certificate-expiry="${EXPIRY}" today="${TODAY}"></myna-expiry>`,
      // Listen before the widget loads, as an embedder would.
      `<script>window.events=[];for(const t of ["myna-expiry:result","myna-expiry:error"])document.addEventListener(t,e=>events.push({type:t,detail:e.detail,target:e.target.tagName}));</script>` +
        `<script type="module" src="${baseURL}/widget.js"></script>`,
    ),
  }),
  // Review 6 finding 13: a 200 px sidebar, as on a municipality's page.
  "/narrow": (query: URLSearchParams) => ({
    html: hostPage(
      `<aside style="inline-size:200px"><myna-expiry certificate-expiry="${EXPIRY}" today="${TODAY}" lang="${query.get("lang") ?? "ja"}"></myna-expiry></aside>`,
      `<script type="module" src="${baseURL}/widget.js"></script>`,
    ),
  }),
  "/form": () => ({
    html: hostPage(
      `<p><a href="#before">before</a></p><myna-expiry today="${TODAY}"></myna-expiry>`,
      `<script type="module" src="${baseURL}/widget/v1.js"></script>`,
    ),
  }),
  // A strict CSP that allows only what /embed-docs/ tells embedders to add (script-src, connect-src).
  "/strict-csp": () => ({
    html: hostPage(
      `<myna-expiry certificate-expiry="${EXPIRY}" today="${TODAY}" variant="compact" lang="en"></myna-expiry>`,
      `<script type="module" src="${baseURL}/widget.js"></script>`,
    ),
    headers: {
      "Content-Security-Policy": `default-src 'none'; img-src data:; script-src ${baseURL}; connect-src ${baseURL}; style-src 'self'; require-trusted-types-for 'script'`,
    },
  }),
  "/frame": () => ({
    html: hostPage(
      `<iframe id="frame" src="${baseURL}/embed/?certificateExpiry=${EXPIRY}&today=${TODAY}" title="certificate" width="600" height="100"></iframe>`,
      `<script>window.heights=[];addEventListener("message",e=>{if(e.data&&e.data.type==="myna-expiry:resize")heights.push({origin:e.origin,height:e.data.height,fromFrame:e.source===document.getElementById("frame").contentWindow})});</script>`,
    ),
  }),
  // Review8 #5: the date list, for any expiry and day.
  "/dates": (query: URLSearchParams) => ({
    html: hostPage(
      `<myna-expiry certificate-expiry="${query.get("expiry")}" today="${query.get("today")}"></myna-expiry>`,
      `<script type="module" src="${baseURL}/widget.js"></script>`,
    ),
  }),
  // Review7 #10: a frame below the fold (Chromium does not render it until it is scrolled to);
  // `?form` leaves the date out, so the widget draws its form.
  "/frame-below": (query: URLSearchParams) => ({
    html: hostPage(
      `<div style="block-size:3000px"></div><iframe id="frame" src="${baseURL}/embed/?${query.has("form") ? "" : `certificateExpiry=${EXPIRY}&`}today=${TODAY}" title="certificate" width="600" height="320"></iframe>`,
      `<script>window.heights=[];addEventListener("message",e=>{if(e.data&&e.data.type==="myna-expiry:resize")heights.push(e.data.height)});</script>`,
    ),
  }),
  // Every stage (R-INS-2), both variants, both languages: for axe and the screenshots, in the
  // device's scheme (theme="auto"), so the dark run measures the dark colours.
  "/stages": () => ({
    html: hostPage(
      ["2025-08-01", TODAY, "2026-04-01", "2026-08-01"]
        .flatMap((today) => [
          `<myna-expiry theme="auto" certificate-expiry="${EXPIRY}" today="${today}"></myna-expiry>`,
          `<myna-expiry theme="auto" certificate-expiry="${EXPIRY}" today="${today}" lang="en" variant="compact"></myna-expiry>`,
        ])
        .join("") + `<myna-expiry theme="auto" today="${TODAY}" lang="en"></myna-expiry>`,
      `<script type="module" src="${baseURL}/widget.js"></script>`,
    ),
  }),
  // theme (issue 10): light unless the host opts in; the dark card never takes the host's light accent.
  "/themes": () => ({
    html: hostPage(
      [
        `<myna-expiry id="plain" class="host-accent"`,
        `<myna-expiry id="auto" theme="auto"`,
        `<myna-expiry id="dark" theme="dark" class="host-accent"`,
        `<myna-expiry id="own" theme="dark" class="host-accent own-dark"`,
      ]
        .map((open) => `${open} certificate-expiry="${EXPIRY}" today="${TODAY}"></myna-expiry>`)
        .join(""),
      `<style>.host-accent{--myna-expiry-accent:#00695c}.own-dark{--myna-expiry-accent-dark:#7fd4c6}</style>` +
        `<script type="module" src="${baseURL}/widget.js"></script>`,
    ),
  }),
  "/badge": () => ({
    html: hostPage(
      `<img id="badge" src="${baseURL}/api/v1/badge.svg?certificateExpiry=${EXPIRY}&today=${TODAY}&lang=ja" alt="badge">`,
    ),
  }),
};

beforeAll(async () => {
  host = await startHost(PAGES);
  hostURL = host.url; // another port: another origin than the product's
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

async function open(
  path: string,
  options: Parameters<Browser["newPage"]>[0] = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage(options);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  await page.goto(`${hostURL}${path}`);
  return { page, problems };
}

const widget = (page: Page) => page.locator("myna-expiry");

describe("the element on another origin", () => {
  it("is served with CORS and the pinned file has the same content", async () => {
    const [latest, pinned] = await Promise.all([fetch(`${baseURL}/widget.js`), fetch(`${baseURL}/widget/v1.js`)]);
    expect(latest.headers.get("access-control-allow-origin")).toBe("*");
    expect(pinned.headers.get("access-control-allow-origin")).toBe("*");
    expect(latest.headers.get("cache-control")).toContain("max-age=");
    expect(await latest.text()).toBe(await pinned.text());
  });

  it("asks by POST: the expiry (the holder's birth month and day) is in no URL it requests", async () => {
    const page = await browser.newPage();
    const requests: { method: string; url: string; body: string | null }[] = [];
    page.on("request", (request) =>
      requests.push({ method: request.method(), url: request.url(), body: request.postData() }),
    );
    await page.goto(`${hostURL}/element`);
    await page.locator('myna-expiry[data-stage="renewal"]').waitFor({ timeout: 15_000 });
    const api = requests.filter((r) => r.url.startsWith(`${baseURL}/api/`) && r.method !== "OPTIONS");
    expect(api.map((r) => [r.method, new URL(r.url).pathname])).toStrictEqual([["POST", "/api/v1/evaluate"]]);
    expect(JSON.parse(api[0]!.body!)).toMatchObject({ certificateExpiry: EXPIRY });
    for (const request of requests) expect(request.url).not.toContain(EXPIRY);
    await page.close();
  });

  it('sets data-stage="renewal" and fires myna-expiry:result with the result', async () => {
    const { page, problems } = await open("/element");
    expect(new URL(page.url()).origin).not.toBe(baseURL);
    await page.locator('myna-expiry[data-stage="renewal"]').waitFor({ timeout: 15_000 });
    const events = await page.evaluate(() => (window as unknown as { events: unknown[] }).events);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "myna-expiry:result",
      target: "MYNA-EXPIRY",
      detail: {
        stage: "renewal",
        today: TODAY,
        certificate: { expiresOn: EXPIRY, renewalOpensOn: "2025-12-16", graceEndsOn: "2026-06-30" },
      },
    });
    const status = widget(page).locator('[role="status"]');
    await expect(status.getAttribute("aria-live")).resolves.toBe("polite");
    await expect(status.textContent()).resolves.toContain(stageName("renewal", "ja"));
    await expect(widget(page).locator('[part="dates"]').textContent()).resolves.toContain("2026年6月30日");
    // R-COUNTER-1: 2026-03-15 is a Sunday, so the last counter day is Friday 3/13, in the API's words.
    const counter = widget(page).locator("[data-last-counter-day]");
    await expect(counter.getAttribute("data-last-counter-day")).resolves.toBe("2026-03-13");
    await expect(counter.textContent()).resolves.toBe("窓口で手続きできる最後の日は2026年3月13日（金）です。");
    // The stage is also an icon and a word, not only a colour.
    expect(await widget(page).locator('[part="stage"] svg').count()).toBe(1);
    await expect(widget(page).locator('[part="link"]').getAttribute("href")).resolves.toBe(
      `${baseURL}/check/#certificateExpiry=${EXPIRY}&today=${TODAY}`,
    );
    expect(
      await page.evaluate(() => (customElements.get("myna-expiry") as unknown as { version: string }).version),
    ).toMatch(/^1\.\d+\.\d+$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("follows attribute changes: a new date, a new language", async () => {
    const { page } = await open("/element");
    await page.locator('myna-expiry[data-stage="renewal"]').waitFor({ timeout: 15_000 });
    await widget(page).evaluate((element) => element.setAttribute("today", "2026-08-01"));
    await page.locator('myna-expiry[data-stage="lapsed"]').waitFor({ timeout: 15_000 });
    await widget(page).evaluate((element) => element.setAttribute("lang", "en"));
    await page.waitForFunction(
      (name) => document.querySelector("myna-expiry")?.shadowRoot?.textContent?.includes(name),
      stageName("lapsed", "en"),
    );
    expect(await page.locator("myna-expiry").getAttribute("data-stage")).toBe("lapsed");
    await page.close();
  });

  it("works under a strict CSP and Trusted Types, with styles (44px targets) and no violations", async () => {
    const { page, problems } = await open("/strict-csp");
    await page.locator('myna-expiry[data-stage="renewal"]').waitFor({ timeout: 15_000 });
    const link = widget(page).locator('[part="link"]');
    const height = await link.evaluate((element) => element.getBoundingClientRect().height);
    // Chromium lays out in 1/64 px units, so a 44px minimum can measure 43.99999…
    expect(height).toBeGreaterThanOrEqual(44 - 1 / 64);
    await expect(widget(page).locator('[part="stage"]').textContent()).resolves.toContain(stageName("renewal", "en"));
    expect(problems).toEqual([]);
    await page.close();
  });

  describe.each(["light", "dark"] as const)("theme, on a device in the %s scheme", (colorScheme) => {
    /** The card's background and its link's colour as rendered, and their WCAG contrast. */
    const look = async (page: Page, id: string) => {
      const host = page.locator(`myna-expiry#${id}`);
      await page.locator(`myna-expiry#${id}[data-stage]`).waitFor({ timeout: 15_000 });
      const [background, link] = await Promise.all([
        host.locator('[part="container"]').evaluate((e) => getComputedStyle(e).backgroundColor),
        host.locator('[part="link"]').evaluate((e) => getComputedStyle(e).color),
      ]);
      const hex = (rgb: string) =>
        `#${rgb
          .match(/\d+/g)!
          .slice(0, 3)
          .map((n) => Number(n).toString(16).padStart(2, "0"))
          .join("")}`;
      return { background, link, ratio: contrast(hex(link), hex(background)) };
    };

    it("is light without the attribute, dark with theme=dark, the device's with theme=auto", async () => {
      const { page } = await open("/themes", { colorScheme });
      const dark = "rgb(28, 28, 33)";
      const white = "rgb(255, 255, 255)";
      expect((await look(page, "plain")).background).toBe(white);
      expect((await look(page, "dark")).background).toBe(dark);
      expect((await look(page, "auto")).background).toBe(colorScheme === "dark" ? dark : white);
      await page.close();
    });

    it("uses the host's accent on light, never on dark (its own -dark one, else the widget's): 4.5:1 or more", async () => {
      const { page } = await open("/themes", { colorScheme });
      const plain = await look(page, "plain");
      expect(plain.link).toBe("rgb(0, 105, 92)"); // the host's #00695c
      const dark = await look(page, "dark");
      expect(dark.link).toBe("rgb(168, 189, 255)"); // the widget's dark accent, not #00695c (2.57:1 there)
      const own = await look(page, "own");
      expect(own.link).toBe("rgb(127, 212, 198)"); // --myna-expiry-accent-dark
      for (const { ratio } of [plain, dark, own, await look(page, "auto")]) expect(ratio).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });
  });
});

describe("in a 200 px column (review 6 finding 13)", () => {
  it.each(["ja", "en", "vi", "ne"])("%s: the dates wrap inside the element, nothing clipped", async (lang) => {
    const { page, problems } = await open(`/narrow?lang=${lang}`, { viewport: { width: 390, height: 900 } });
    await widget(page).locator("[part=dates]").waitFor();
    const widths = await widget(page).evaluate((el) => {
      const card = el.shadowRoot!.querySelector<HTMLElement>(".c")!;
      const dd = [...el.shadowRoot!.querySelectorAll<HTMLElement>("dd, dt")];
      return {
        host: el.getBoundingClientRect().width,
        card: card.scrollWidth,
        cells: Math.max(...dd.map((d) => d.getBoundingClientRect().right - el.getBoundingClientRect().left)),
      };
    });
    expect(widths.host).toBe(200);
    expect(widths.card).toBeLessThanOrEqual(200);
    expect(widths.cells).toBeLessThanOrEqual(200);
    expect(problems).toEqual([]);
    if (process.env.SHOTS_DIR && (lang === "ja" || lang === "vi"))
      await page.locator("aside").screenshot({ path: `${process.env.SHOTS_DIR}/checker-widget-200-${lang}.png` });
    await page.close();
  });
});

describe("the form (no certificate-expiry)", () => {
  it("works by keyboard: 令和8年3月15日, Enter → renewal", async () => {
    const { page, problems } = await open("/form");
    await widget(page).locator('[part="input"]').waitFor();
    await page.keyboard.press("Tab"); // the host page's own link
    await page.keyboard.press("Tab"); // into the widget's field
    const focused = await page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement;
      return inner ? `${inner.tagName}:${inner.getAttribute("part")}` : "";
    });
    expect(focused).toBe("INPUT:input");
    // The field has a label and its hint and error are linked.
    await expect(widget(page).locator("label").textContent()).resolves.toBe("電子証明書の有効期限");
    await expect(widget(page).locator('[part="input"]').getAttribute("aria-describedby")).resolves.toBe("hint error");
    await page.keyboard.type("令和8年3月15日");
    await page.keyboard.press("Enter");
    await page.locator('myna-expiry[data-stage="renewal"]').waitFor({ timeout: 15_000 });
    await expect(widget(page).locator('[role="status"]').textContent()).resolves.toContain(
      "有効期限まで、あと64日です。",
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it("puts the API's message by the field, marks it invalid and keeps the focus there", async () => {
    const { page } = await open("/form");
    const input = widget(page).locator('[part="input"]');
    await input.fill("平成45年1月1日"); // more than 10 years past 平成's end (R-PARSE-3)
    await widget(page).locator('[part="button"]').click();
    await widget(page).locator("#error:not(:empty)").waitFor({ timeout: 15_000 });
    await expect(widget(page).locator("#error").textContent()).resolves.toContain("令和15年1月1日");
    // The error sits above the field (after the hint), so it is read before the field is reached.
    const order = await widget(page).evaluate((host) => {
      const root = host.shadowRoot!;
      const [hint, error, field] = ["#hint", "#error", "#date"].map((s) => root.querySelector(s)!);
      const precedes = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return precedes(hint!, error!) && precedes(error!, field!);
    });
    expect(order).toBe(true);
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe("date");
    expect(await page.locator("myna-expiry").getAttribute("data-stage")).toBeNull();
    await page.close();
  });
});

describe("failures", () => {
  it("API unreachable → a clear message, a link to the checker and myna-expiry:error", async () => {
    const page = await browser.newPage();
    await page.route(`${baseURL}/api/**`, (route) => route.abort("connectionrefused"));
    await page.goto(`${hostURL}/element`);
    const status = widget(page).locator('[role="status"]');
    await page.waitForFunction(() => (window as unknown as { events: unknown[] }).events.length > 0, null, {
      timeout: 15_000,
    });
    await expect(status.textContent()).resolves.toContain("マイナ期限ナビにつながりませんでした");
    await expect(status.locator('[part="link"]').getAttribute("href")).resolves.toBe(
      `${baseURL}/check/#certificateExpiry=${EXPIRY}&today=${TODAY}`,
    );
    const events = await page.evaluate(() => (window as unknown as { events: unknown[] }).events);
    expect(events).toEqual([
      { type: "myna-expiry:error", target: "MYNA-EXPIRY", detail: { reason: "unreachable", errors: [] } },
    ]);
    expect(await page.locator("myna-expiry").getAttribute("data-stage")).toBeNull();
    await page.close();
  });

  it("an answer that is not JSON 200 (e.g. 503) → the same kind of message", async () => {
    const page = await browser.newPage();
    await page.route(`${baseURL}/api/**`, (route) =>
      route.fulfill({ status: 503, headers: { "Access-Control-Allow-Origin": "*" }, body: "" }),
    );
    await page.goto(`${hostURL}/element`);
    await page.waitForFunction(() => (window as unknown as { events: unknown[] }).events.length > 0, null, {
      timeout: 15_000,
    });
    await expect(widget(page).locator('[role="status"]').textContent()).resolves.toContain(
      "いまは答えを出せませんでした",
    );
    await page.close();
  });

  it("an attribute the API cannot read → its message and the link", async () => {
    const { page } = await open("/element");
    await page.locator('myna-expiry[data-stage="renewal"]').waitFor({ timeout: 15_000 });
    await widget(page).evaluate((element) => element.setAttribute("certificate-expiry", "2025-02-30"));
    await page.waitForFunction(() =>
      (window as unknown as { events: { type: string }[] }).events.some((e) => e.type === "myna-expiry:error"),
    );
    const status = widget(page).locator('[role="status"]');
    await expect(status.locator(".err").textContent()).resolves.not.toBe("");
    expect(await status.locator('[part="link"]').count()).toBe(1);
    expect(await page.locator("myna-expiry").getAttribute("data-stage")).toBeNull();
    await page.close();
  });
});

describe("the date list (review8 #5, R-COUNTER-1)", () => {
  const rows = async (expiry: string, today: string) => {
    const { page } = await open(`/dates?expiry=${expiry}&today=${today}`);
    await page.locator("myna-expiry[data-stage]").waitFor({ timeout: 15_000 });
    const texts = await widget(page).locator('[part="dates"] > div').allTextContents();
    const counter = await widget(page).locator(".counter").allTextContents();
    await page.close();
    return Object.assign(texts, { counter });
  };

  it("ends the renewal window at the last counter day, not on a closed expiry day (12-30)", async () => {
    const list = await rows("2026-12-30", "2026-12-02");
    const window = list.find((row) => row.startsWith(stageName("renewal", "ja")))!;
    expect(window).toContain("12月28日");
    expect(window).not.toContain("12月30日");
  });

  it("in grace leaves the past window out; the counter sentence gives the re-issue's last day", async () => {
    const list = await rows("2026-09-30", "2026-12-02");
    expect(list.some((row) => row.startsWith(stageName("renewal", "ja")))).toBe(false);
    expect(list.counter.join("")).toContain("12月28日"); // grace ends Thursday 12-31, in the closure
  });
});

describe("the iframe page /embed/", () => {
  it("is frameable by another origin, shows the stage and posts its height (once drawn and on resize)", async () => {
    const { page, problems } = await open("/frame");
    const frame = page.frameLocator("#frame");
    await frame.locator('myna-expiry[data-stage="renewal"]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () => (window as unknown as { heights: { height: number }[] }).heights.some((h) => h.height > 150),
      null,
      { timeout: 15_000 },
    );
    const heights = await page.evaluate(
      () => (window as unknown as { heights: { origin: string; height: number; fromFrame: boolean }[] }).heights,
    );
    const last = heights.at(-1)!;
    expect(Math.min(...heights.map((h) => h.height))).toBeGreaterThanOrEqual(EMBED_MIN_HEIGHT);
    expect(last.origin).toBe(baseURL);
    expect(last.fromFrame).toBe(true);
    // The height it reports is the height of what it shows.
    const contentHeight = await frame
      .locator("html")
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
    expect(last.height).toBe(contentHeight);
    // Narrower frame → the text wraps → a taller page → a new message.
    await page.locator("#frame").evaluate((element) => element.setAttribute("width", "300"));
    await page.waitForFunction(
      (before) => {
        const all = (window as unknown as { heights: { height: number }[] }).heights;
        return all.length > 0 && all[all.length - 1]!.height > before;
      },
      last.height,
      { timeout: 15_000 },
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(["/frame-below", "/frame-below?form"])(
    "%s: below the fold, its first height is what it shows, not the 12 px of an empty page (review7 #10)",
    async (path) => {
      const { page, problems } = await open(path, { viewport: { width: 800, height: 600 } });
      const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      await page.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0, null, {
        timeout: 15_000,
      });
      await page.waitForTimeout(500); // any later post (there should be none while it is off screen)
      const posted = await heights();
      expect(Math.min(...posted)).toBeGreaterThanOrEqual(EMBED_MIN_HEIGHT);
      // Not scrolled: the frame is still below the fold, and what it posted is its content's height.
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const content = await page
        .frameLocator("#frame")
        .locator("html")
        .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
      expect(posted.at(-1)).toBe(Math.max(EMBED_MIN_HEIGHT, content));
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("speaks the widget's language: lang, title and the hidden heading (review7 #12, WCAG 3.1.1)", async () => {
    const page = await browser.newPage();
    for (const lang of WIDGET_LANGS) {
      await page.goto(`${baseURL}/embed/?certificateExpiry=${EXPIRY}&today=${TODAY}&lang=${lang}`);
      await page.locator("myna-expiry[data-stage]").waitFor({ timeout: 15_000 });
      const heading = page.locator("h1");
      expect(await page.locator("html").getAttribute("lang"), lang).toBe(htmlLang(lang));
      expect(await heading.textContent(), lang).toBe(frameTitle(lang));
      expect(await page.title(), lang).toBe(
        lang === "ja" ? "マイナ期限ナビ｜電子証明書の期限（埋め込み表示）" : frameTitle(lang),
      );
      // The site's name stays Japanese, marked so (WCAG 3.1.2), in every language but ja.
      expect(await heading.locator('span[lang="ja"]').count(), lang).toBe(lang === "ja" ? 0 : 1);
    }
    await page.close();
  });

  it("is not forbidden to frame: no X-Frame-Options, frame-ancestors *", async () => {
    const response = await fetch(`${baseURL}/embed/?certificateExpiry=${EXPIRY}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
  });

  it("without JavaScript, links to the checker", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/embed/?certificateExpiry=${EXPIRY}`);
    await expect(page.locator('a[href="/check/"]').count()).resolves.toBe(1);
    await context.close();
  });
});

describe("the badge", () => {
  it("loads as an image on another origin", async () => {
    const { page, problems } = await open("/badge");
    await page.waitForFunction(() => (document.getElementById("badge") as HTMLImageElement).complete);
    const size = await page
      .locator("#badge")
      .evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight]);
    expect(size[0]).toBeGreaterThan(50);
    expect(size[1]).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("/embed-docs/", () => {
  it.each(["/embed-docs/", "/en/embed-docs/"])("%s: live demos, the builder and no CSP violations", async (path) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await page.goto(`${baseURL}${path}`);
    await page.locator('.demos myna-expiry[data-stage="renewal"]').first().waitFor({ timeout: 15_000 });
    await page.locator("iframe.myna-expiry-frame").first().waitFor();
    const code = page.locator("[data-builder-output]");
    await expect(code.textContent()).resolves.toContain(`${baseURL}/widget/v1.js`);
    await page.locator('[data-builder] input[name="method"][value="iframe"]').check();
    await expect(code.textContent()).resolves.toContain(`${baseURL}/embed/?certificateExpiry=2026-03-15`);
    await page.locator('[data-builder] input[name="method"][value="badge"]').check();
    await expect(code.textContent()).resolves.toContain(`${baseURL}/api/v1/badge.svg?`);
    expect(
      await page
        .locator("[data-origin-code]")
        .evaluateAll((all) => all.filter((e) => e.textContent?.includes("https://HOST")).length),
    ).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

it("/embed-docs/: the builder offers every widget language, and its preview speaks it", async () => {
  const page = await browser.newPage();
  await page.goto(`${baseURL}/embed-docs/`);
  const offered = await page
    .locator('[data-builder] input[name="lang"]')
    .evaluateAll((all) => all.map((input) => (input as HTMLInputElement).value));
  expect(offered).toStrictEqual(["ja", "en", "zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"]);
  await page.locator('[data-builder] input[name="lang"][value="vi"]').check();
  await page.locator('[data-builder] input[name="certificateExpiry"]').fill("2027-03-15");
  const code = page.locator("[data-builder-output]");
  await expect(code.textContent()).resolves.toContain('lang="vi"');
  const preview = page.locator('[data-builder-preview] myna-expiry[lang="vi"][data-stage]');
  await preview.waitFor({ timeout: 15_000 });
  await expect(preview.evaluate((e) => e.shadowRoot?.textContent ?? "")).resolves.toMatch(/chứng thư điện tử/i);
  await page.locator('[data-builder] input[name="method"][value="iframe"]').check();
  await expect(code.textContent()).resolves.toContain("lang=vi");
  await page.close();
});

it("/embed-docs/: Copy puts the builder's code on the clipboard and says so", async () => {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const page = await context.newPage();
  await page.goto(`${baseURL}/embed-docs/`);
  await page.locator('[data-builder] input[name="variant"][value="compact"]').check();
  const code = await page.locator("[data-builder-output]").textContent();
  expect(code).toContain('variant="compact"');
  await page.locator("[data-builder] [data-copy]").click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect.poll(() => page.locator("[data-copy-status]").textContent()).toBe("コピーしました");
  await context.close();
});

describe("accessibility (axe-core: WCAG 2.x A/AA and best practice, shadow DOM included)", () => {
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    const violations = (await page.evaluate(async () => {
      const run = (
        window as unknown as {
          axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> };
        }
      ).axe.run;
      return (
        await run(document, {
          runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        })
      ).violations;
    })) as { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`,
      );
  }

  describe.each([
    [390, "light"],
    [1280, "light"],
    [1280, "dark"],
  ] as const)("at %ipx, %s scheme", (width, colorScheme) => {
    it("every stage on a host page, and the form with an error", async () => {
      const { page } = await open("/stages", { viewport: { width, height: 900 }, colorScheme });
      await page.waitForFunction(() => document.querySelectorAll("myna-expiry[data-stage]").length === 8, null, {
        timeout: 15_000,
      });
      await page.waitForTimeout(300); // the fade-in
      const form = page.locator("myna-expiry:not([certificate-expiry])");
      await form.locator('[part="input"]').fill("2025-02-30");
      await form.locator('[part="button"]').click();
      await form.locator("#error:not(:empty)").waitFor({ timeout: 15_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    });

    it.each(["/embed-docs/", "/en/embed-docs/", `/embed/?certificateExpiry=${EXPIRY}&today=${TODAY}&theme=auto`])(
      "%s",
      async (path) => {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
        await page.goto(`${baseURL}${path}`, { waitUntil: "networkidle" });
        await page.locator("myna-expiry[data-stage]").first().waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      },
    );
  });

  it("no animation when the reader asks for reduced motion", async () => {
    const { page } = await open("/element", { reducedMotion: "reduce" });
    await page.locator("myna-expiry[data-stage]").waitFor({ timeout: 15_000 });
    const animation = await widget(page)
      .locator('[part="stage"]')
      .evaluate((element) => getComputedStyle(element).animationName);
    expect(animation).toBe("none");
    await page.close();
  });
});
