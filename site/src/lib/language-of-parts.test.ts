import { describe, expect, it } from "vitest";
import { markJapanese } from "./language-of-parts";

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
