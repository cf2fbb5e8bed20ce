// Review7 #1b (R-CARD-6, R-CERT-1(b)): the checker's box for a certificate that ends before its
// card, once the card's own window is open: the new card's headline and action, in every page's
// language, not 「電子証明書を更新する時期です」 beside a step that says "apply for a new card";
// the day before the window opens, the renewal's own box as before.
import { describe, expect, it } from "vitest";
import { present } from "#shared/messages/present.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { CHECK } from "../content/check";
import { inlineHtml } from "../lib/inline";
import { resultHtml } from "./render-result";
import { PAGES, type Page, pageLang, resultContext } from "./test/result-context";

function box(today: string, input: Record<string, string>, page: Page): string {
  const html = resultHtml(present(evaluateIso(input, today), pageLang(page)), resultContext(page), null);
  return html.slice(0, html.indexOf('class="result-steps-heading"'));
}

// Certificate to 2026-12-20 (renewal from 09-21), card to 2027-02-10 (its window from 11-11).
const renewal = { certificateExpiry: "2026-12-20", birthDate: "1950-02-10", cardExpiry: "2027-02-10" };
// The same card with a certificate that ended on 2026-10-10 (grace to 2027-01-31).
const grace = { ...renewal, certificateExpiry: "2026-10-10" };

describe("the box once the card's window is open (review7 #1b)", () => {
  it.each(PAGES)("%s: the new card's headline and action from 11-11, the renewal's on 11-10", (page) => {
    const t = CHECK[page].result;
    const newCardAction = inlineHtml(t.newCard.action.split("{date}")[0]!);
    const from = box("2026-11-11", renewal, page);
    expect(from).toContain(inlineHtml(t.newCard.headline));
    expect(from).not.toContain(inlineHtml(t.headline.renewal));
    expect(from).toContain(newCardAction);
    const before = box("2026-11-10", renewal, page);
    expect(before).toContain(inlineHtml(t.headline.renewal));
    expect(before).not.toContain(newCardAction);
  });

  it.each(PAGES)("%s: in grace, the stage's headline and the new card's action", (page) => {
    const t = CHECK[page].result;
    const from = box("2026-11-11", grace, page);
    expect(from).toContain(inlineHtml(t.headline.grace));
    expect(from).toContain(inlineHtml(t.newCard.action.split("{date}")[0]!));
  });
});
