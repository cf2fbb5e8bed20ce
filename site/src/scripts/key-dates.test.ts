// Review7 #12, as resultHtml draws them for the island and the no-JS answer: the key dates leave
// out a renewal window that gains nothing, a card that ends with the period of stay (R-CARD-4,
// R-CERT-1(b)) and an expired card (R-INFER-5, R-CERT-4), as the calendar does.

import { describe, expect, it } from "vitest";
import type { Lang } from "#shared/lang/index.ts";
import { present } from "#shared/messages/present.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { resultHtml } from "./render-result";
import { PAGES, type Page, resultContext } from "./test/result-context";

/** The key dates' ISO dates, in order. */
function keyDates(result: PresentedEvaluation, page: Page): string[] {
  const html = resultHtml(result, resultContext(page), null);
  const list = /<dl class="result-dates">([\s\S]*?)<\/dl>/.exec(html)![1]!;
  return [...list.matchAll(/datetime="(\d{4}-\d\d-\d\d)"/g)].map((m) => m[1]!);
}

describe("key dates without a window that gains nothing (review7 #12)", () => {
  it.each(PAGES)("%s: a stay-limited card lists no renewal window, the expiry and grace end stay", (page) => {
    // The review's ko example: card = stay end 2027-01-15, window from 2026-10-16.
    const e = evaluateIso(
      { birthDate: "1990-09-09", cardExpiry: "2027-01-15", periodOfStayEndsOn: "2027-01-15" },
      "2026-12-03",
    );
    expect(e.card?.validityYears).toBeNull();
    expect(e.certificate.renewalOpensOn).toBe("2026-10-16");
    const dates = keyDates(present(e, page as Lang), page);
    expect(dates).not.toContain("2026-10-16");
    expect(dates).toContain("2027-01-15");
    expect(dates).toContain(e.certificate.graceEndsOn);
  });

  it.each(PAGES)("%s: an expired card lists neither the past window nor its last counter day", (page) => {
    // A 10-year card ended on Sunday 2026-06-07 (the review's example, two days on): the renewed
    // reading ends with the card, whose last counter day before it was Friday 06-05.
    const e = evaluateIso({ birthDate: "1954-06-07", cardExpiry: "2026-06-07" }, "2026-12-02");
    expect(e.card!.expiresOn < e.today).toBe(true);
    expect(e.certificate.lastCounterDay).toBe("2026-06-05");
    const dates = keyDates(present(e, page as Lang), page);
    expect(dates).not.toContain(e.certificate.renewalOpensOn);
    expect(dates).not.toContain(e.certificate.firstCounterDay);
    expect(dates).not.toContain(e.certificate.lastCounterDay);
    expect(dates).toContain(e.certificate.graceEndsOn);
    expect(dates).toContain(e.card!.expiresOn);
  });

  it("an ordinary card, and a stay card that is only a guess from a mistyped expiry, keep the window", () => {
    const ordinary = evaluateIso({ birthDate: "1954-01-10", cardExpiry: "2032-01-10" }, "2026-12-02");
    expect(keyDates(present(ordinary, "ja"), "ja")[0]).toBe(ordinary.certificate.renewalOpensOn);
    // R-INFER-4: a card expiry that is not a birthday and no stay end: perhaps a typo of a national's card.
    const guessed = evaluateIso({ birthDate: "1990-09-09", cardExpiry: "2027-01-15" }, "2026-12-03");
    expect(guessed.caveats.map((c) => c.code)).toContain("cardExpiryNotBirthday");
    expect(keyDates(present(guessed, "ja"), "ja")).toContain(guessed.certificate.renewalOpensOn);
  });
});
