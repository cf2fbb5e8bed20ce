// Review7 #12 (R-PARSE-3): the API's era note (`text.inputNotes`) is shown by resultHtml, for the
// island and the no-JS answer alike, first under 確かめてほしいこと.

import { describe, expect, it } from "vitest";
import { calendarWords } from "#shared/calendar/words.ts";
import { JAPAN_HOLIDAYS } from "#shared/holidays/index.ts";
import type { Lang } from "#shared/lang/index.ts";
import { present } from "#shared/messages/present.ts";
import { STAGE_NAMES } from "#shared/messages/stages.ts";
import { evaluate } from "#shared/rules/evaluate.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import type { Evaluation } from "#shared/rules/result.ts";
import { CHECK } from "../content/check";
import { type ResultContext, resultHtml } from "./render-result";

type Page = keyof typeof CHECK;
const PAGES = Object.keys(CHECK) as Page[];

function ctx(page: Page): ResultContext {
  const lang = page as Lang;
  return {
    lang,
    apiLang: lang,
    text: CHECK[page],
    calendarWords: calendarWords(lang),
    stageNames: STAGE_NAMES[lang as keyof typeof STAGE_NAMES] ?? STAGE_NAMES.ja,
    stagesHref: "/stages/",
    checkHref: "/check/",
    dayChosen: true,
    typed: {},
  };
}

function evaluation(input: Record<string, string>, today: string): Evaluation {
  const outcome = evaluate(
    Object.fromEntries(Object.entries(input).map(([k, v]) => [k, plainDate(v)])),
    plainDate(today),
    JAPAN_HOLIDAYS,
  );
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.evaluation;
}

describe("the era note of R-PARSE-3 (review7 #12)", () => {
  it.each(PAGES)("%s: the API's note stands first under the caveats heading", (page) => {
    // 平成38年12月30日 as typed: read as 2026-12-30, 令和8年12月30日 (the request parser's note).
    const e = evaluation({ certificateExpiry: "2026-12-30" }, "2026-12-02");
    e.inputNotes = [
      { field: "certificateExpiry", code: "past_era_end", date: "2026-12-30", wareki: "令和8年12月30日" },
    ];
    const result = present(e, page as Lang);
    const note = result.text.inputNotes![0]!;
    const html = resultHtml(result, ctx(page), null);
    const block = /<div class="result-caveats">([\s\S]*)/.exec(html)![1]!;
    expect(block.indexOf("data-input-note")).toBeGreaterThan(0);
    expect(block.indexOf("data-input-note")).toBeLessThan(
      block.indexOf("data-caveat") < 0 ? Infinity : block.indexOf("data-caveat"),
    );
    expect(html).toContain("令和8年12月30日");
    expect(note).toContain("令和8年12月30日");
  });

  it("no note, no note block; no caveats and no note, no caveats block", () => {
    const result = present(evaluation({ certificateExpiry: "2028-06-30" }, "2026-12-02"), "ja");
    const html = resultHtml(result, ctx("ja"), null);
    expect(html).not.toContain("data-input-note");
    if (result.caveats.length === 0) expect(html).not.toContain('class="result-caveats"');
  });
});
