/**
 * @module
 * /accessibility/: the target (WCAG 2.2 AA; JIS X 8341-3:2016 follows WCAG 2.0) and how the
 * site is tested (test/browser).
 */
import { list, type ProsePageContent, p } from "./blocks";

export const ACCESSIBILITY: Record<"ja" | "en", ProsePageContent> = {
  ja: {
    title: "アクセシビリティ",
    description: "マイナ期限ナビのアクセシビリティ方針と試験の結果。",
    lead: [
      "マイナ期限ナビは、だれでも使えるように作っています。目標は **WCAG 2.2 のレベルAA** です（JIS X 8341-3:2016 のもとになった WCAG 2.0 より新しい基準です）。",
    ],
    sections: [
      {
        id: "how",
        heading: "配慮していること",
        blocks: [
          list(
            "キーボードだけで、すべてのページと「期限を調べる」を使えます。フォーカスのある場所は、太い枠と黄色で示します。",
            "押す場所やリンクは、指で押しやすい大きさ（44ピクセル以上）にしています。",
            "段階は色だけでなく、記号（チェック・時計・三角・バツの形）とことばでも示します。図の時間軸には、同じ内容の表を付けています。",
            "JavaScriptを使わなくても、すべての説明を読めます。",
            "日付は西暦でも和暦でも入力できます（例：2026年11月14日、令和8年11月14日、R8.11.14）。",
            "動きを減らす設定（prefers-reduced-motion）を尊重します。",
            "やさしい日本語のページ（ふりがな付き）があります。",
            "幅320ピクセルの画面でも、横にスクロールせずに読めます。",
            '英語のページでは、日本語の言葉に言語の指定（lang="ja"）を付け、読み上げソフトが日本語として読めるようにしています。',
          ),
        ],
      },
      {
        id: "tests",
        heading: "試験",
        blocks: [
          p(
            "すべてのページを、自動試験ツール axe-core 4.14 と Chromium で試験し、重大（serious・critical）な問題がないことを確かめています。キーボードだけでの操作、JavaScriptを切ったときの表示、幅390ピクセルと1280ピクセルの画面も試験しています。最後の試験：2026年11月。",
          ),
          p(
            "自動試験で見つけられない問題もあります。使いにくいところがあれば、お住まいの市区町村の窓口でも同じ情報を得られます。",
          ),
        ],
      },
    ],
  },
  en: {
    title: "Accessibility",
    description: "How マイナ期限ナビ approaches accessibility, and its test results.",
    lead: [
      "マイナ期限ナビ is built to be usable by everyone. The target is **WCAG 2.2 level AA** (newer than WCAG 2.0, on which the Japanese standard JIS X 8341-3:2016 is based).",
    ],
    sections: [
      {
        id: "how",
        heading: "What we do",
        blocks: [
          list(
            "Every page and the checker work with a keyboard alone. Focus is shown with a thick outline and yellow.",
            "Buttons and links are at least 44 pixels high.",
            "Stages are shown by symbols (a tick, a clock, a warning triangle, a cross) and words, never by colour alone. Every timeline drawing has a table with the same facts.",
            "All explanations read without JavaScript.",
            "Dates can be typed in the Western or the Japanese calendar (2026-11-14, 令和8年11月14日, R8.11.14).",
            "The reduced-motion setting is respected.",
            "Key pages exist in plain Japanese with furigana (やさしい日本語).",
            "Pages reflow to 320 pixels wide without sideways scrolling.",
            'On English pages, Japanese words are marked as Japanese (lang="ja") so screen readers pronounce them correctly.',
          ),
        ],
      },
      {
        id: "tests",
        heading: "Testing",
        blocks: [
          p(
            "Every page is tested with axe-core 4.14 in Chromium and has no serious or critical issues. Keyboard-only use, pages with JavaScript turned off, and screens 390 and 1280 pixels wide are tested too. Last tested: November 2026.",
          ),
          p(
            "Automated tools do not find every problem. If something is hard to use, your municipal office can give you the same information.",
          ),
        ],
      },
    ],
  },
};
