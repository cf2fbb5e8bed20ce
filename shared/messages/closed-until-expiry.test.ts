// Review8 #19 (R-COUNTER-1, R-CERT-4, R-INS-1): between the last counter day and the expiry the
// counter is closed, so the renewal step no longer says "renew by" a day already past: it says the
// counter is closed until the expiry, the re-issue comes after it, and the card works until the
// grace end. Boundaries: the last counter day itself (old words), the day after, the expiry day.
import { describe, expect, it } from "vitest";
import { formatDayWithWeekday } from "#shared/dates/display.ts";
import { LANGS } from "#shared/lang/index.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { CATALOGS } from "./index.ts";
import { present } from "./present.ts";

const step = (expiry: string, today: string, lang: (typeof LANGS)[number]) =>
  present(evaluateIso({ certificateExpiry: expiry }, today), lang).text.nextSteps.find(
    (s) => s.code === "renewCertificateAtOffice",
  )!;

describe.each([
  // 12-30 is in the year-end closure: last counter day Mon 12-28; grace to 2027-03-31.
  { expiry: "2026-12-30", last: "2026-12-28", after: ["2026-12-29", "2026-12-30"], grace: "2027-03-31" },
  // A Sunday expiry: last counter day Fri 2027-01-08; grace to 2027-04-30.
  { expiry: "2027-01-10", last: "2027-01-08", after: ["2027-01-09", "2027-01-10"], grace: "2027-04-30" },
])("expiry $expiry, counter last open $last", ({ expiry, last, after, grace }) => {
  it.each(LANGS)("%s: the closed span says so; the last counter day keeps the renewal", (lang) => {
    const closedTitle = CATALOGS[lang].closedUntilExpiry({
      evaluation: evaluateIso({ certificateExpiry: expiry }, after[0]!),
      dates: {} as never,
      date: () => "",
    }).title;
    expect(step(expiry, last, lang).title).not.toBe(closedTitle);
    for (const today of after) {
      const s = step(expiry, today, lang);
      expect(s.title).toBe(closedTitle);
      expect(s.detail).toContain(formatDayWithWeekday(expiry, lang));
      expect(s.detail).toContain(formatDayWithWeekday(grace, lang));
    }
  });
});

describe("second read A 1.4: the bridge step in the closed span (R-COUNTER-1, review7 #1b)", () => {
  // Certificate 2027-01-10 (a Sunday: last counter day Fri 01-08) on a card ending 2027-03-10,
  // whose own window is open: the renewal is the optional bridge after the new card. Asked on
  // Sat 01-09 it named Fri 01-08, the day before, as its deadline.
  const bridgeStep = (today: string, lang: (typeof LANGS)[number]) =>
    present(
      evaluateIso({ birthDate: "1957-03-10", certificateExpiry: "2027-01-10", cardExpiry: "2027-03-10" }, today),
      lang,
    ).text.nextSteps.find((s) => s.code === "renewCertificateAtOffice")!;
  it.each(LANGS)("%s: the bridge says the counter is closed, not the passed day", (lang) => {
    const e = evaluateIso(
      { birthDate: "1957-03-10", certificateExpiry: "2027-01-10", cardExpiry: "2027-03-10" },
      "2027-01-09",
    );
    expect(e.nextSteps[0]).toBe("renewCard");
    const closedTitle = CATALOGS[lang].closedUntilExpiry({ evaluation: e, dates: {} as never, date: () => "" }).title;
    expect(bridgeStep("2027-01-09", lang).title).toBe(closedTitle);
    expect(bridgeStep("2027-01-08", lang).title).not.toBe(closedTitle);
  });
});
