// The checker's calendar (issue 10): no event and no alarm before the day checked, a 「窓口へ」
// reminder a week before the counter deadline (R-COUNTER-1), one Google Calendar link per event
// of the file, and a page that promises only what its links do: the file's events each ring at
// 09:00; each Google link adds exactly that one all-day event.
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { API_TEXTS } from "#shared/messages/index.ts";
import { resultStage } from "./support/checker.ts";
import { launchChromium, usePage } from "./support/chromium.ts";
import { EXPIRY } from "./support/site.ts";

let page: Page;
const baseURL = inject("baseURL");
usePage((p) => (page = p));

/** rules.md "Stage by day" (EXPIRY 2025-03-20, 春分の日): every event of its calendar. */
const EVENTS = [
  ["renewalOpens", "2024-12-21"],
  ["reminder", "2025-01-20"], // R-RENEW-3
  ["counterSoon", "2025-03-12"], // a week before the last counter day
  ["lastCounterDay", "2025-03-19"], // R-COUNTER-1: 3/20 is a holiday
  ["certificateExpires", "2025-03-20"],
  ["graceEnds", "2025-06-30"], // R-INS-1
] as const;

const day = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

interface GoogleEvent {
  kind: string;
  text: string;
  start: string;
  end: string;
}

async function googleEvents(): Promise<GoogleEvent[]> {
  return page.locator("[data-result] a[data-google]").evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      const [start, end] = url.searchParams.get("dates")!.split("/");
      return { kind: a.getAttribute("data-google")!, text: url.searchParams.get("text")!, start: start!, end: end! };
    }),
  );
}

async function icsEvents() {
  const href = await page.locator("[data-result] a[data-ics]").getAttribute("href");
  const response = await page.request.get(`${baseURL}${href}`);
  expect(response.status()).toBe(200);
  return new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      kind: event.uid.split(/[-@]/)[1]!,
      summary: event.summary,
      date: event.startDate.toString(),
      triggers: vevent.getAllSubcomponents("valarm").map((a) => a.getFirstPropertyValue("trigger")!.toString()),
    };
  });
}

const compact = (iso: string) => iso.replaceAll("-", "");

describe("calendar has no past events", () => {
  // Today the day before, of and after each event; the day after the last one is lapsed (below).
  const days = [...new Set(EVENTS.flatMap(([, date]) => [day(date, -1), date, day(date, 1)]))]
    .filter((today) => today <= "2025-06-30")
    .sort();

  it.each(days)("on %s: the file and the Google links hold the same events, none before that day", async (today) => {
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=${today}`);
    await resultStage(page);
    // The 「窓口へ」 reminder moves to the grace's deadline once the last counter day has passed:
    // 2025-06-30 is a Monday, so a week before is 2025-06-23.
    const graceSoon =
      today > "2025-03-19" && today <= "2025-06-23" ? [["graceCounterSoon", "2025-06-23"] as const] : [];
    const want = [...EVENTS.filter(([, date]) => date >= today), ...graceSoon].sort((a, b) => a[1].localeCompare(b[1]));
    const ics = await icsEvents();
    expect(ics.map((e) => [e.kind, e.date])).toStrictEqual(want.map(([k, d]) => [k, d]));
    // What the page says of the file: a reminder at 9:00 on each day, none earlier.
    for (const event of ics) expect(event.triggers).toStrictEqual(["PT9H"]);

    const google = await googleEvents();
    expect(google.map((g) => [g.kind, g.start])).toStrictEqual(want.map(([k, d]) => [k, compact(d)]));
    for (const [i, g] of google.entries()) {
      expect(g.text).toBe(ics[i]!.summary); // one home for the titles: the calendar's words
      expect(g.end).toBe(compact(day(ics[i]!.date, 1))); // one all-day event (Google's end is exclusive)
    }
  });

  it("shows no calendar once the grace has ended (lapsed): nothing is ahead", async () => {
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=2025-07-01`);
    expect(await resultStage(page)).toBe("lapsed");
    await expect(page.locator("[data-result] .result-calendar").count()).resolves.toBe(0);
  });

  it("links the 「窓口へ」 reminder to Google Calendar with its date and words", async () => {
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=2025-01-10`);
    expect(await resultStage(page)).toBe("renewal");
    const link = page.locator('[data-result] a[data-google="counterSoon"]');
    await expect(link.textContent()).resolves.toContain("令和7年（2025年）3月12日（水）");
    await expect(link.textContent()).resolves.toContain(API_TEXTS.ja.calendar.counterSoonSummary);
    const url = new URL((await link.getAttribute("href"))!);
    expect(url.searchParams.get("details")).toBe(API_TEXTS.ja.calendar.counterSoonDetail);
  });

  it.each([
    ["/en/check/", "en"],
    ["/easy/check/", "ja-easy"],
  ] as const)("%s: the links in the page's language, the file asked in it too", async (path, lang) => {
    await page.goto(`${baseURL}${path}#certificateExpiry=${EXPIRY}&today=2025-01-10`);
    await resultStage(page);
    const href = (await page.locator("[data-result] a[data-ics]").getAttribute("href"))!;
    expect(new URL(href, baseURL).searchParams.get("lang")).toBe(lang);
    expect(new URL(href, baseURL).searchParams.get("today")).toBe("2025-01-10");
    const google = await googleEvents();
    expect(google.map((g) => g.text)).toContain(API_TEXTS[lang].calendar.counterSoonSummary);
    const ics = await icsEvents();
    expect(google.map((g) => g.text)).toStrictEqual(ics.map((e) => e.summary));
  });
});

describe("the calendar follows the card (review A3: R-CERT-4, R-INFER-5, R-CARD-5)", () => {
  const ja = API_TEXTS.ja.calendar;
  const details = async () =>
    page
      .locator("[data-result] a[data-google]")
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("details")!));

  it("an expired card: the file and the links say to apply for a new card, never a re-issue", async () => {
    await page.goto(`${baseURL}/check/#birthDate=1936-11-11&cardExpiry=2026-11-11&today=2026-12-02`);
    expect(await resultStage(page)).toBe("grace");
    const href = (await page.locator("[data-result] a[data-ics]").getAttribute("href"))!;
    const query = new URL(href, baseURL).searchParams;
    // Only dates the file needs: the card's expiry, never the birth date.
    expect([...query.keys()].sort()).toStrictEqual(["cardExpiry", "certificateExpiry", "estimated", "lang", "today"]);
    expect(query.get("cardExpiry")).toBe("2026-11-11");
    const ics = await icsEvents();
    expect(ics.map((e) => [e.kind, e.date])).toStrictEqual([["graceEnds", "2027-02-28"]]);
    expect((await googleEvents()).map((g) => g.text)).toStrictEqual(ics.map((e) => e.summary));
    const [detail] = await details();
    expect(detail!.startsWith(ja.cardExpiredDetail)).toBe(true);
    expect(detail).not.toContain("いつでも");
  });

  it("card and certificate ending together: the card's titles, in the file as in the links", async () => {
    await page.goto(`${baseURL}/check/#birthDate=2012-01-20&cardExpiry=2027-01-20&today=2026-12-02`);
    expect(await resultStage(page)).toBe("renewal");
    const ics = await icsEvents();
    // No 「窓口へ」 on the card's last day (review8 #11); the application five weeks before instead.
    expect(ics.map((e) => e.summary)).toContain(ja.cardApplicationSummary);
    expect(ics.map((e) => e.summary)).not.toContain(ja.cardLastCounterDaySummary);
    expect(ics.map((e) => e.summary)).not.toContain(ja.lastCounterDaySummary);
    expect((await googleEvents()).map((g) => g.text)).toStrictEqual(ics.map((e) => e.summary));
    expect((await details()).every((d) => d === ja.newCardDetail)).toBe(true);
  });
});

describe("the calendar without JavaScript", () => {
  let browser: Browser;
  let noJs: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  });
  afterAll(async () => browser?.close());

  it("answers the POST with the same links as the island draws", async () => {
    const links = async (p: Page) =>
      p.locator("[data-result] .result-calendar a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    await page.goto(`${baseURL}/check/#certificateExpiry=${EXPIRY}&today=2025-03-13`);
    await resultStage(page);
    await noJs.goto(`${baseURL}/check/`);
    await noJs.fill("#certificateExpiry", EXPIRY);
    await noJs.locator('details[data-details-for="today"] summary').click();
    await noJs.fill("#today", "2025-03-13");
    await Promise.all([noJs.waitForLoadState("load"), noJs.click('button[type="submit"]')]);
    await expect(noJs.locator("[data-result]").getAttribute("data-stage")).resolves.toBe("renewal");
    const island = await links(page);
    expect(island.length).toBeGreaterThan(1);
    expect(await links(noJs)).toStrictEqual(island);
  });
});
