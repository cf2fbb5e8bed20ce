// Review7 finding 14 (R-INFER-3): the renewal question's "how to tell" names the date. Only a
// handwritten date later than E1 means renewed; E1 itself in the box is the first expiry. The
// question (resultHtml, drawn alike by the island and the no-JS answer) fills E1 into every
// `{date}` of its hints, in every page language; the legend names W1.

import { describe, expect, it } from "vitest";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import { present } from "#shared/messages/present.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { CHECK } from "../content/check";
import { LIST } from "../content/list";
import { resultHtml } from "./render-result";
import { settleRenewal } from "./renewal";
import { PAGES, type Page, pageLang, resultContext } from "./test/result-context";

const TODAY = "2026-07-14";
function ask(page: Page) {
  return async (body: Record<string, string>): Promise<PresentedEvaluation | null> => {
    const outcome = evaluate(
      {
        birthDate: plainDate(body.birthDate!),
        cardExpiry: plainDate(body.cardExpiry!),
        ...(body.certificateExpiry ? { certificateExpiry: plainDate(body.certificateExpiry) } : {}),
      },
      plainDate(TODAY),
      JAPAN_HOLIDAYS,
    );
    return outcome.ok ? present(outcome.evaluation, pageLang(page)) : null;
  };
}

/** The question's hints, as drawn: born 1980-07-01, card 2031-07-01 (E1 2026-07-01, W1 2026-04-02). */
async function hints(page: Page): Promise<{ legend: string; hints: string[] }> {
  const body = { birthDate: "1980-07-01", cardExpiry: "2031-07-01" };
  const first = (await ask(page)(body))!;
  const { result, renewal } = await settleRenewal(first, body, null, ask(page));
  expect(renewal).not.toBeNull();
  const html = resultHtml(result, resultContext(page), null, renewal);
  const legend = /<legend>([\s\S]*?)<\/legend>/.exec(html)![1]!;
  const list = /<ul class="result-question-hints">([\s\S]*?)<\/ul>/.exec(html)![1]!;
  return { legend, hints: [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!) };
}

describe("the renewal question names E1 in its how-to-tell (review7 #14, R-INFER-3)", () => {
  it.each(PAGES)("%s: the card line names E1 (twice: later than it, and it alone), the legend W1", async (page) => {
    const { legend, hints: lines } = await hints(page);
    expect(legend).toContain('datetime="2026-04-02"');
    expect(lines).toHaveLength(2);
    const [card, portal] = lines as [string, string];
    expect(card.match(/datetime="2026-07-01"/g)).toHaveLength(2);
    expect(card).not.toContain("2026-04-02");
    expect(card).not.toContain("{date}");
    expect(portal).not.toContain("<time");
  });

  it("ja and やさしい日本語 say 'later than E1' and that E1 alone is the first expiry", async () => {
    const ja = (await hints("ja")).hints[0]!;
    expect(ja).toMatch(/<\/time>.*?より後の日付が手書きされていれば、更新しています。/);
    expect(ja).toMatch(/<\/time>.*?と書いてあるだけなら、それは最初の期限で/);
    const easy = (await hints("ja-easy")).hints[0]!;
    expect(easy).toContain("より あとの");
  });

  it("the やさしい日本語 legend says 「か その あとに」, as ja says 以降 (on or after W1)", () => {
    expect(CHECK["ja-easy"].result.question.legend).toMatch(/^\{date\}か その あとに/);
    expect(CHECK.ja.result.question.legend).toMatch(/^\{date\}以降に/);
  });

  it("the list's own card line has no slot left and keeps the checker's other lines", () => {
    for (const [page, text] of Object.entries(LIST)) {
      const lines = text.results.doubt.howToTell;
      expect(lines.join(""), page).not.toContain("{date}");
      expect(lines.slice(1)).toStrictEqual(CHECK[page as Page].result.question.howToTell.slice(1));
    }
  });
});
