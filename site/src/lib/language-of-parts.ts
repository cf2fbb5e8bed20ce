/**
 * @module
 * WCAG 3.1.2 (Language of Parts) for pages not in Japanese: Japanese words inside the text
 * (マイナポータル, 資格確認書, "2031年11月14日まで有効") get `lang="ja"`, so screen readers switch
 * voice and the Japanese fonts draw them (tokens.css). Applied to finished HTML (build time) or
 * to text nodes (the checker island); SVG, script and style content is left alone, since a
 * <span> is not valid there.
 */
import { isHanScript, type Lang } from "#shared/lang/index.ts";

/**
 * Whether a page in `lang` marks Japanese runs: every language not written in Han characters
 * (shared/lang `isHanScript`: Japanese, やさしい日本語 and Chinese, whose own characters are the
 * same code points; a zh-Hans page marks its Japanese terms in its content instead). Korean is
 * written in Hangul, so a run of kanji or kana there is Japanese.
 */
export const marksJapanese = (lang: Lang): boolean => !isHanScript(lang);

const CJK = "\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef";
/** A run that starts and ends with a Japanese character; digits and spaces may sit inside it. */
const JAPANESE_RUN = new RegExp(`[${CJK}](?:[${CJK}0-9 ・〜~./-]*[${CJK}])?`, "g");
/** A tag, with quoted attribute values that may contain ">". */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const OPAQUE = /^<\/?(svg|script|style)\b/i;

export const hasJapanese = (text: string): boolean => new RegExp(`[${CJK}]`).test(text);

/** Wrap Japanese runs of an HTML string's text (outside SVG/script/style) in `<span lang="ja">`. */
export function markJapanese(html: string): string {
  let out = "";
  let last = 0;
  let opaque = 0;
  const text = (segment: string) => (opaque > 0 ? segment : segment.replace(JAPANESE_RUN, '<span lang="ja">$&</span>'));
  for (const match of html.matchAll(TAG)) {
    out += text(html.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
    const opaqueTag = OPAQUE.exec(match[0]);
    if (opaqueTag && !match[0].endsWith("/>")) opaque += match[0][1] === "/" ? -1 : 1;
  }
  return out + text(html.slice(last));
}

/** The same for live DOM: split text nodes under `root` (not inside SVG or `[lang="ja"]`). */
export function markJapaneseInDom(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest("svg, [lang='ja']") && hasJapanese((node as Text).data)) nodes.push(node as Text);
  }
  for (const node of nodes) {
    const fragment = root.ownerDocument.createDocumentFragment();
    let last = 0;
    for (const match of node.data.matchAll(JAPANESE_RUN)) {
      fragment.appendChild(root.ownerDocument.createTextNode(node.data.slice(last, match.index)));
      const span = root.ownerDocument.createElement("span");
      span.lang = "ja";
      span.textContent = match[0];
      fragment.appendChild(span);
      last = match.index! + match[0].length;
    }
    fragment.appendChild(root.ownerDocument.createTextNode(node.data.slice(last)));
    node.replaceWith(fragment);
  }
}
