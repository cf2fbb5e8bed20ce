/**
 * @module
 * WCAG 3.1.2 (Language of Parts) for pages not in Japanese: Japanese words inside the text
 * (マイナポータル, 資格確認書, "2031年11月14日まで有効") get `lang="ja"`, so screen readers switch
 * voice and the Japanese fonts draw them (tokens.css; on a Chinese page the Japanese glyphs of
 * 証, 険, 効 rather than the Chinese ones). Applied to finished HTML (build time) or to text
 * nodes (the checker island); SVG, script and style content is left alone, since a <span> is
 * not valid there.
 */
import { isHanScript, type Lang } from "#shared/lang/index.ts";
import { JA_TERMS, type TermKey } from "#shared/messages/glossary/terms.ts";

/**
 * Whether a page in `lang` marks Japanese runs by their script: every language not written in
 * Han characters (shared/lang `isHanScript`: Japanese, やさしい日本語 and Chinese, whose own
 * characters are the same code points). Korean is written in Hangul, so a run of kanji or kana
 * there is Japanese. Chinese pages mark the Japanese they quote instead ({@link markJapaneseFor}).
 */
export const marksJapanese = (lang: Lang): boolean => !isHanScript(lang);

const CJK = "\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef";
/** A run that starts and ends with a Japanese character; digits and spaces may sit inside it. */
const JAPANESE_RUN = new RegExp(`[${CJK}](?:[${CJK}0-9 ・〜~./-]*[${CJK}])?`, "g");

/**
 * Japanese that Chinese pages quote without kana to tell it by: each glossary term whose
 * Japanese is written otherwise than its Chinese word (資格確認書 beside 资格确认书; not 更新,
 * the same word in both: the test holds this list to glossary/zh-Hans.ts, which is not imported
 * here so that the islands do not ship it), and the few other words the translations quote
 * (和暦, 休日窓口, …). Longest first, so 電子証明書の有効期限 is one run, not 電子証明書 and the rest.
 */
const SAME_IN_CHINESE: readonly TermKey[] = ["renewal"];
// Functions, not constants, so that an island that never marks Chinese (the list) leaves them out.
export const japaneseInChinese = (): string[] =>
  [
    ...(Object.keys(JA_TERMS) as TermKey[]).filter((key) => !SAME_IN_CHINESE.includes(key)).map((key) => JA_TERMS[key]),
    "和暦",
    "休日窓口",
    "国民健康保険",
    "マイナ期限ナビ",
  ].sort((a, b) => b.length - a.length);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Hiragana and katakana with ー, not the middle dot ・, which Chinese writes too. */
const KANA = "\\u3041-\\u309f\\u30a0-\\u30fa\\u30fc-\\u30ff";
const OPEN = "（“「『(";
const CLOSE = "）”」』)";
/**
 * In Chinese text: (1) what stands inside brackets or quotes and has kana in it — Chinese is
 * never written with kana, and the translations quote Japanese in brackets
 * （「下一步（次に進む）」, “2031年11月14日まで有効”）; (2) a term of {@link japaneseInChinese}
 * wherever it stands. Group 1 is the opening bracket (kept outside the mark), group 2 the quote.
 */
const japaneseInZh = (): RegExp =>
  new RegExp(
    `([${OPEN}])([^${OPEN}${CLOSE}<>]*[${KANA}][^${OPEN}${CLOSE}<>]*)(?=[${CLOSE}])|${japaneseInChinese().map(escapeRegExp).join("|")}`,
    "g",
  );

/** Where the Japanese is in a text of a page in `lang`: [start, end) pairs, in order. */
export type Finder = (text: string) => [number, number][];

const finder =
  (pattern: RegExp): Finder =>
  (text) =>
    [...text.matchAll(pattern)].map((m) => {
      // A quote: only the text inside the bracket (group 2), not the bracket itself.
      const start = m[2] === undefined ? m.index! : m.index! + m[1]!.length;
      return [start, start + (m[2] ?? m[0]).length];
    });

const FIND_RUNS = finder(JAPANESE_RUN);
let findInZh: Finder | undefined;

/** How a text not in a Han script finds its Japanese: runs of kanji and kana (the widget's packs). */
export const japaneseRuns: Finder = FIND_RUNS;
/** How a Chinese text finds the Japanese it quotes (the widget's zh-Hans pack). */
export const japaneseInChineseText = (): Finder => (findInZh ??= finder(japaneseInZh()));

/** How a page in `lang` finds its Japanese words, or null for a page in Japanese. */
function finderFor(lang: Lang): Finder | null {
  if (marksJapanese(lang)) return FIND_RUNS;
  if (lang !== "zh-Hans") return null;
  findInZh ??= finder(japaneseInZh());
  return findInZh;
}

/** Whether a page in `lang` marks any Japanese (every language but Japanese and やさしい日本語). */
export const marksJapaneseParts = (lang: Lang): boolean => finderFor(lang) !== null;

/** A text with its Japanese parts in `<span lang="ja">` (the text is HTML-escaped already). */
const wrap = (text: string, find: Finder): string => {
  let out = "";
  let last = 0;
  for (const [start, end] of find(text)) {
    out += `${text.slice(last, start)}<span lang="ja">${text.slice(start, end)}</span>`;
    last = end;
  }
  return out + text.slice(last);
};

/** A tag, with quoted attribute values that may contain ">". */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const OPAQUE = /^<\/?(svg|script|style)\b/i;

export const hasJapanese = (text: string): boolean => new RegExp(`[${CJK}]`).test(text);

/**
 * Wrap Japanese runs of an HTML string's text (outside SVG/script/style) in `<span lang="ja">`,
 * as a page not in Japanese or Chinese finds them (by script).
 */
export function markJapanese(html: string, find: Finder = FIND_RUNS): string {
  let out = "";
  let last = 0;
  let opaque = 0;
  const text = (segment: string) => (opaque > 0 ? segment : wrap(segment, find));
  for (const match of html.matchAll(TAG)) {
    out += text(html.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
    const opaqueTag = OPAQUE.exec(match[0]);
    if (opaqueTag && !match[0].endsWith("/>")) opaque += match[0][1] === "/" ? -1 : 1;
  }
  return out + text(html.slice(last));
}

/**
 * WCAG 3.1.2 for a page in `lang`: its HTML with the Japanese it contains marked `lang="ja"` —
 * runs of Japanese script, or on a Chinese page the Japanese it quotes; unchanged in Japanese.
 */
export function markJapaneseFor(lang: Lang, html: string): string {
  const find = finderFor(lang);
  return find ? markJapanese(html, find) : html;
}

/** The same for live DOM: split text nodes under `root` (not inside SVG or `[lang="ja"]`). */
export function markJapaneseInDom(root: Element, find: Finder = FIND_RUNS): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest("svg, [lang='ja']") && hasJapanese((node as Text).data)) nodes.push(node as Text);
  }
  for (const node of nodes) {
    const found = find(node.data);
    if (found.length === 0) continue;
    const fragment = root.ownerDocument.createDocumentFragment();
    let last = 0;
    for (const [start, end] of found) {
      fragment.appendChild(root.ownerDocument.createTextNode(node.data.slice(last, start)));
      const span = root.ownerDocument.createElement("span");
      span.lang = "ja";
      span.textContent = node.data.slice(start, end);
      fragment.appendChild(span);
      last = end;
    }
    fragment.appendChild(root.ownerDocument.createTextNode(node.data.slice(last)));
    node.replaceWith(fragment);
  }
}

/** {@link markJapaneseFor} for live DOM. */
export function markJapaneseInDomFor(lang: Lang, root: Element): void {
  const find = finderFor(lang);
  if (find) markJapaneseInDom(root, find);
}
