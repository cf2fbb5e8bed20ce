// Review7 #13 (R-CERT-3, R-CERT-5, R-RENEW-3): in the renewal stage of a first certificate read
// from the card, the box has one line for someone who has already renewed inside the window:
// the card's handwritten box then shows the renewed expiry (E1 + 5 years, capped by the card:
// the card's own expiry), and nothing more is needed. Drawn by resultHtml, so the island and
// the no-JS answer alike, in every page language; never where the date is typed or the card is
// the step.

import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import type { Lang } from "#shared/lang/index.ts";
import { present } from "#shared/messages/present.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { resultHtml } from "./render-result";
import { PAGES, type Page, resultContext } from "./test/result-context";

function answer(input: Record<string, string>, today: string, page: Page): PresentedEvaluation {
  const outcome = evaluate(
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k, plainDate(v)])),
    plainDate(today),
    JAPAN_HOLIDAYS,
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return present(outcome.evaluation, page as Lang);
}

/** The "already renewed" line, or null. */
function doneLine(result: PresentedEvaluation, page: Page): string | null {
  return /<p class="result-done">([\s\S]*?)<\/p>/.exec(resultHtml(result, resultContext(page), null))?.[1] ?? null;
}

// The review's example: born 昭和29年1月10日, card 2032-01-10: E1 2027-01-10, window from 2026-10-11.
const FACE = { birthDate: "1954-01-10", cardExpiry: "2032-01-10" };
// The same card read from its issue date (10th birthday after issue: 2032-01-10; E1 2027-01-10).
const ISSUE = { birthDate: "1954-01-10", cardIssuedOn: "2023-01-05" };
const TODAY = "2026-12-02";

describe("someone who already renewed in the window is told how to see it (review7 #13)", () => {
  it.each(PAGES)("%s: card face and issue date, the line names the card's expiry as the renewed date", (page) => {
    for (const input of [FACE, ISSUE]) {
      const result = answer(input, TODAY, page);
      expect(result.stage).toBe("renewal");
      expect(result.certificate.expiresOn).toBe("2027-01-10");
      const line = doneLine(result, page);
      expect(line, JSON.stringify(input)).not.toBeNull();
      expect(line).toContain('datetime="2032-01-10"');
      expect(line).not.toContain("{date}");
      expect(line).not.toContain('datetime="2027-01-10"');
    }
  });

  it("ja: after the action, inside the box, with the card box and 手続きはいりません", () => {
    const html = resultHtml(answer(FACE, TODAY, "ja"), resultContext("ja"), null);
    const box = html.slice(0, html.indexOf('class="result-steps-heading"'));
    expect(box.indexOf('class="result-done"')).toBeGreaterThan(box.indexOf('class="result-action"'));
    expect(doneLine(answer(FACE, TODAY, "ja"), "ja")).toMatch(
      /「電子証明書の有効期限」の欄に.*<\/time>.*と書いてあれば.*手続きはいりません/,
    );
  });

  it("not when the certificate expiry is typed, nor outside the renewal stage", () => {
    for (const page of PAGES) {
      expect(doneLine(answer({ ...FACE, certificateExpiry: "2027-01-10" }, TODAY, page), page)).toBeNull();
      expect(doneLine(answer({ certificateExpiry: "2027-01-10" }, TODAY, page), page)).toBeNull();
      expect(doneLine(answer(FACE, "2026-09-01", page), page)).toBeNull(); // valid: the window has not opened
    }
  });

  it("not when the certificate ends with the card (a new card is the step, R-CARD-5)", () => {
    // A 5-year card (issued under 18): the first certificate ends with the card.
    const result = answer({ birthDate: "2010-01-10", cardExpiry: "2027-01-10" }, TODAY, "ja");
    expect(result.stage).toBe("renewal");
    expect(result.card?.expiresOn).toBe(result.certificate.expiresOn);
    expect(doneLine(result, "ja")).toBeNull();
  });
});
