// Review7 #12 (R-PARSE-3): the API's era note (`text.inputNotes`) is shown by resultHtml, for the
// island and the no-JS answer alike, first under 確かめてほしいこと.

import { describe, expect, it } from "vitest";
import type { Lang } from "#shared/lang/index.ts";
import { present } from "#shared/messages/present.ts";
import { evaluateIso } from "#shared/rules/test/evaluate-iso.ts";
import { resultHtml } from "./render-result";
import { PAGES, resultContext } from "./test/result-context";

describe("the era note of R-PARSE-3 (review7 #12)", () => {
  it.each(PAGES)("%s: the API's note stands first under the caveats heading", (page) => {
    // 平成38年12月30日 as typed: read as 2026-12-30, 令和8年12月30日 (the request parser's note).
    const e = evaluateIso({ certificateExpiry: "2026-12-30" }, "2026-12-02");
    e.inputNotes = [
      { field: "certificateExpiry", code: "past_era_end", date: "2026-12-30", wareki: "令和8年12月30日" },
    ];
    const result = present(e, page as Lang);
    const note = result.text.inputNotes![0]!;
    const html = resultHtml(result, resultContext(page), null);
    const block = /<div class="result-caveats">([\s\S]*)/.exec(html)![1]!;
    expect(block.indexOf("data-input-note")).toBeGreaterThan(0);
    expect(block.indexOf("data-input-note")).toBeLessThan(
      block.indexOf("data-caveat") < 0 ? Infinity : block.indexOf("data-caveat"),
    );
    expect(html).toContain("令和8年12月30日");
    expect(note).toContain("令和8年12月30日");
  });

  it("no note, no note block; no caveats and no note, no caveats block", () => {
    const result = present(evaluateIso({ certificateExpiry: "2028-06-30" }, "2026-12-02"), "ja");
    const html = resultHtml(result, resultContext("ja"), null);
    expect(html).not.toContain("data-input-note");
    if (result.caveats.length === 0) expect(html).not.toContain('class="result-caveats"');
  });
});
