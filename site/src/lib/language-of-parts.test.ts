import { describe, expect, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { markJapanese, marksJapanese } from "./language-of-parts";

describe("markJapanese", () => {
  it("wraps Japanese runs in text, keeping digits inside a run", () => {
    expect(markJapanese("<p>Printed like “2031年11月14日まで有効”.</p>")).toBe(
      '<p>Printed like “2031<span lang="ja">年11月14日まで有効</span>”.</p>',
    );
    expect(markJapanese("log in to マイナポータル now")).toBe('log in to <span lang="ja">マイナポータル</span> now');
  });
  it("leaves attributes, SVG and scripts alone", () => {
    const html = '<a title="期限>" href="/x/">Go</a><svg><text>昭和</text></svg><p>資格確認書</p>';
    expect(markJapanese(html)).toBe(
      '<a title="期限>" href="/x/">Go</a><svg><text>昭和</text></svg><p><span lang="ja">資格確認書</span></p>',
    );
  });
  it("leaves English alone", () => {
    expect(markJapanese("<p>Renewal opens on 16 March.</p>")).toBe("<p>Renewal opens on 16 March.</p>");
  });
});

describe("which pages mark Japanese runs", () => {
  it("every language but Japanese (and やさしい日本語) and Chinese, whose characters are the same", () => {
    const expected: Record<string, boolean> = {
      "zh-Hans": false,
      ko: true,
      vi: true,
      "pt-BR": true,
      tl: true,
      ne: true,
    };
    for (const lang of LANGS) if (lang in expected) expect(marksJapanese(lang)).toBe(expected[lang]);
    expect(marksJapanese("en")).toBe(true);
    expect(marksJapanese("ja")).toBe(false);
    expect(marksJapanese("ja-easy")).toBe(false);
  });
});
