import { describe, expect, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { JA_TERMS } from "#shared/messages/glossary/terms.ts";
import { glossary } from "#shared/messages/glossary/zh-Hans.ts";
import {
  japaneseInChinese,
  markJapanese,
  markJapaneseFor,
  marksJapanese,
  marksJapaneseParts,
} from "./language-of-parts";

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

describe("markJapaneseFor: Chinese pages mark the Japanese they quote (WCAG 3.1.2)", () => {
  const zh = (html: string) => markJapaneseFor("zh-Hans", html);

  it("marks the Japanese of a glossary pair, not the Chinese word or the brackets", () => {
    expect(zh(`<p>请到${glossary.withJa("eligibilityCertificate")}。</p>`)).toBe(
      '<p>请到资格确认书（<span lang="ja">資格確認書</span>）。</p>',
    );
    expect(zh(glossary.withJa("municipalOffice"))).toBe('市区町村政府窗口（<span lang="ja">市区町村の窓口</span>）');
  });

  it("marks a term wherever it stands, the longest one as one run", () => {
    expect(zh("卡正面的“<strong>電子証明書の有効期限</strong>”栏")).toBe(
      '卡正面的“<strong><span lang="ja">電子証明書の有効期限</span></strong>”栏',
    );
    expect(zh("登录マイナポータル查看")).toBe('登录<span lang="ja">マイナポータル</span>查看');
  });

  it("marks what stands in brackets or quotes with kana in it, dates and spaces included", () => {
    expect(zh("例如“2031年11月14日まで有効”（有效期到2031年11月14日）")).toBe(
      '例如“<span lang="ja">2031年11月14日まで有効</span>”（有效期到2031年11月14日）',
    );
    expect(zh("可以使用（マイナ保険証 使える）")).toBe('可以使用（<span lang="ja">マイナ保険証 使える</span>）');
    expect(zh("例如：协会健保（協会けんぽ）")).toBe('例如：协会健保（<span lang="ja">協会けんぽ</span>）');
  });

  it("leaves Chinese alone: 更新 (the same word in both), 市区町村 as a Chinese word, the middle dot", () => {
    for (const text of [
      "请到窗口更新。",
      "请向您居住地的市区町村确认。",
      "通过“意见・错误反馈”链接",
      "（有效期到○年○月○日）",
    ])
      expect(zh(text)).toBe(text);
    expect(japaneseInChinese()).not.toContain("更新");
    for (const term of japaneseInChinese()) expect(Object.values(glossary.term)).not.toContain(term);
  });

  it("lists every glossary term that Chinese writes otherwise, longest first", () => {
    for (const [key, ja] of Object.entries(JA_TERMS))
      expect(japaneseInChinese().includes(ja)).toBe(glossary.term[key as keyof typeof JA_TERMS] !== ja);
    const lengths = japaneseInChinese().map((t) => t.length);
    expect(lengths).toStrictEqual([...lengths].sort((a, b) => b - a));
  });

  it("marks by script in the other languages, and nothing in Japanese", () => {
    expect(markJapaneseFor("ko", "<p>자격확인서(資格確認書)</p>")).toBe(
      '<p>자격확인서(<span lang="ja">資格確認書</span>)</p>',
    );
    expect(markJapaneseFor("ja", "<p>資格確認書</p>")).toBe("<p>資格確認書</p>");
    expect(markJapaneseFor("ja-easy", "<p>資格確認書</p>")).toBe("<p>資格確認書</p>");
    expect(marksJapaneseParts("zh-Hans")).toBe(true);
    expect(marksJapaneseParts("ja")).toBe(false);
  });
});
