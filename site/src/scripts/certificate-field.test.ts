// Review7 #15 (R-DATE-6, R-CERT-1, R-CERT-3): the card's printed 「…まで有効」 typed into the
// certificate field is never a settled green box: the checker's answer (island and no-JS alike,
// resultHtml) says to check first, in every page language, with the API's check-first sentence,
// the card-face reading when a birth date allows it, and a one-click move of the date to the card
// field (a form that posts the typed values, so it works without JavaScript).

import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { present } from "#shared/messages/present.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import { parseEvaluateBody } from "#shared/schema/index.ts";
import { CHECK } from "../content/check";
import { inlineHtml, readingText } from "../lib/inline";
import type { CheckerInput } from "./fragment";
import { resultHtml, resultTitle } from "./render-result";
import { PAGES, type Page, pageLang, resultContext } from "./test/result-context";
import { validateInput } from "./validate";

const TODAY = "2026-12-02";
const PRINTED = "2031年11月14日まで有効";

function render(typed: CheckerInput, page: Page, today = TODAY) {
  const parsed = parseEvaluateBody(typed);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const outcome = evaluate(parsed.input, plainDate(today), JAPAN_HOLIDAYS);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const ctx = { ...resultContext(page), dayChosen: false, typed };
  const result = present(outcome.evaluation, pageLang(page));
  const html = resultHtml(result, ctx, null);
  return {
    result,
    box: html.slice(0, html.indexOf('class="result-steps-heading"')),
    title: resultTitle(result, ctx, ""),
  };
}

/** The move form's hidden fields, name → value (the values are the typed text, HTML-escaped). */
function moveForm(box: string): Record<string, string> | null {
  const form = /<form[^>]*data-move-to-card[^>]*>([\s\S]*?)<\/form>/.exec(box)?.[1];
  if (form === undefined) return null;
  return Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]),
  );
}

describe("the card's 「まで有効」 in the certificate field (review7 #15)", () => {
  it("the island and the no-JS page send it as typed, so the API sees the words (other dates as ISO)", () => {
    const body = (typed: CheckerInput) => validateInput(typed, CHECK.ja, "ja").body;
    expect(body({ certificateExpiry: "２０３１年１１月１４日まで有効" })).toEqual({
      certificateExpiry: "２０３１年１１月１４日まで有効",
    });
    expect(body({ certificateExpiry: "2031年11月14日" })).toEqual({ certificateExpiry: "2031-11-14" });
    expect(body({ birthDate: "昭和60年11月14日", cardExpiry: PRINTED })).toEqual({
      birthDate: "1985-11-14",
      cardExpiry: "2031-11-14",
    });
  });

  it("no birth date: check first, the API's sentence in the box, the move to the card field, every page", () => {
    for (const page of PAGES) {
      const { result, box, title } = render({ certificateExpiry: "2031年11月14日まで有効" }, page);
      expect(result.stage, page).toBe("valid");
      expect(box, page).toContain("data-check-first");
      // The green answer is only the "if so" part, under the check-first heading.
      expect(box.indexOf("data-check-first"), page).toBeLessThan(box.indexOf('class="result-assumed"'));
      expect(box, page).toContain(inlineHtml(CHECK[page].result.checkFirst.heading));
      expect(title.startsWith(readingText(CHECK[page].result.checkFirst.heading)), page).toBe(true);
      // The API's check-first opening, in the page's language, says where the certificate's date is.
      expect(box, page).toContain("まで有効");
      expect(moveForm(box), page).toEqual({ cardExpiry: "2031年11月14日まで有効" });
      expect(box, page).toContain(inlineHtml(CHECK[page].result.checkFirst.moveToCard));
    }
  });

  it("with a birth date: the card-face reading stands beside the typed one, in its own stage", () => {
    for (const page of PAGES) {
      const typed = { certificateExpiry: "2031年11月14日まで有効", birthDate: "昭和60年11月14日" };
      const { box } = render(typed, page);
      // The card issued 2021, its first certificate ended 2026-11-14: grace on 2026-12-02 if not renewed.
      expect(box, page).toMatch(/<li class="result-other-reading" data-result-stage="grace">/);
      expect(moveForm(box), page).toEqual({ birthDate: "昭和60年11月14日", cardExpiry: "2031年11月14日まで有効" });
    }
  });

  it("a certificate expiry too late for any certificate issued by today (R-CERT-3) asks the same", () => {
    const { box } = render({ certificateExpiry: "2035-01-10" }, "ja");
    expect(box).toContain("data-check-first");
    expect(moveForm(box)).toEqual({ cardExpiry: "2035-01-10" });
  });

  it("an ordinary certificate date stays a plain answer, with no move to the card field", () => {
    for (const typed of [{ certificateExpiry: "2031-11-14" }, { certificateExpiry: "2026年11月14日" }]) {
      const { box } = render(typed, "ja");
      expect(box).not.toContain("data-check-first");
      expect(moveForm(box)).toBeNull();
    }
  });

  it("typed in both fields, the move keeps one; another card expiry beside it, no move", () => {
    const both = render(
      { certificateExpiry: "2031年11月14日まで有効", birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
      "ja",
    );
    expect(moveForm(both.box)).toEqual({ birthDate: "1985-11-14", cardExpiry: "2031年11月14日まで有効" });
    // A card expiry that is another day: the typed date is not that card's (no alternative either).
    const other = render(
      { certificateExpiry: "2031年11月14日まで有効", birthDate: "1985-11-14", cardExpiry: "2031-11-15" },
      "ja",
    );
    expect(other.box).toContain("data-check-first");
    expect(moveForm(other.box)).toBeNull();
  });
});

describe("review8 #15: a stay-limited card's earlier reading, due within 3 months, checks first", () => {
  const typed = { birthDate: "1985-03-03", cardExpiry: "2028-03-03", periodOfStayEndsOn: "2028-03-03" };
  it("born 1985-03-03, card and stay 2028-03-03: the other reading ends 2027-03-03 (window from 12-04)", () => {
    for (const page of PAGES) {
      const { result, box } = render(typed, page, "2026-12-03");
      expect(result.stage, page).toBe("valid");
      expect(result.caveats.find((c) => c.code === "periodOfStay")?.alternatives[0]).toMatchObject({
        certificateExpiresOn: "2027-03-03",
        stage: "valid",
      });
      expect(box, page).toContain("data-check-first");
      expect(box, page).toMatch(/<li class="result-other-reading" data-result-stage="valid">/);
      // The box states what it assumed, as when the stages differ.
      expect(result.text.stage, page).not.toBe("");
    }
  });

  it("the other reading says when its window opens (R-RENEW-1: 2026-12-04)", () => {
    const alt = (page: Page) =>
      render(typed, page, "2026-12-03").result.text.caveats.find((c) => c.code === "periodOfStay")?.alternatives[0];
    expect(alt("ja")).toContain("この場合、窓口で更新できるのは2026年12月4日（金）からです。");
    expect(alt("en")).toContain("In that case renewal at the counter opens on Friday 4 December 2026.");
    for (const page of PAGES) expect(alt(page), page).toMatch(/2026|12/);
  });

  it("at the boundary: 2027-03-03 is within 3 months of 2026-12-03, not of 2026-12-02", () => {
    expect(render(typed, "ja", "2026-12-02").box).not.toContain("data-check-first");
    expect(render(typed, "ja", "2026-12-03").box).toContain("data-check-first");
    expect(render(typed, "ja", "2026-12-03").result.text.stage).toContain(
      "電子証明書がカードの有効期限まで有効な場合の答えです。",
    );
    expect(render(typed, "ja", "2026-12-02").result.text.stage).not.toContain("カードの有効期限まで有効な場合");
  });
});
