// /renew/ says when the counter is closed (R-COUNTER-1), in every language: "up to and including
// the expiry date" alone sent a resident to an office shut from 12-29 (review 7, finding 1).
import { describe, expect, it } from "vitest";
import { RENEW } from "./renew.ts";

const SATURDAY = {
  ja: "土曜",
  en: "Saturday",
  "ja-easy": "{土曜日|どようび}",
  "zh-Hans": "星期六",
  ko: "토요일",
  vi: "thứ Bảy",
  "pt-BR": "sábado",
  tl: "Sabado",
  ne: "शनिबार",
} as const;

describe.each(Object.keys(RENEW) as (keyof typeof RENEW)[])("/renew/ in %s", (lang) => {
  it("the renewal window's section names the closed days and that an expiry on one does not move", () => {
    const when = RENEW[lang].sections.find((s) => s.id === "when")!;
    const closure = when.blocks.find((b) => b.kind === "p" && b.text.includes(SATURDAY[lang]));
    expect(closure, "a paragraph naming Saturdays").toBeDefined();
    const text = closure!.kind === "p" ? closure!.text : "";
    // The year-end closure, 12-29 to 01-03 (counter-days.ts inYearEndClosure).
    expect(text).toMatch(/29/);
    expect(text).toMatch(/\b3\b|3\{/);
  });
});
