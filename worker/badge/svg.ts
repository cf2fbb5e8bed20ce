/**
 * @module
 * The badge for pages that forbid scripts (contract.md): an accessible SVG image that says the
 * stage in words, with an icon, and the whole answer in its `<title>`.
 *
 * Hint: no `<style>` element and no script: presentation attributes only, so the image renders
 * under the API's `default-src 'none'` policy when opened on its own.
 *
 * It lives in a module of its own (worker/badge/image.js, built by `npm run lang-texts`),
 * imported on an isolate's first badge request (worker/badge-module.ts): no other request draws
 * a badge, so an isolate that answers the rest of the API never parses it. The answer and the
 * label, in its language, come from the Worker.
 */
import { htmlLang, type Lang } from "#shared/lang/index.ts";
import { stageName } from "#shared/messages/stages.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { LABEL_LOOK, STAGE_LOOKS } from "./palette.ts";

const FONT_SIZE = 12;
const HEIGHT = 22;
const PAD = 7;
const ICON = 12;
const GAP = 4;

/** Escapes text for XML character data and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch]!);

/** Devanagari signs written above or below a letter (Unicode Mn): no width of their own. */
const DEVANAGARI_NONSPACING = /[\u0900-\u0902\u093a\u093c\u0941-\u0948\u0951-\u0957\u0962\u0963]/;
/** Devanagari vowel signs written beside a letter (Unicode Mc: ा ि ी ो …). */
const DEVANAGARI_SPACING_SIGN = /[\u0903\u093b\u093e-\u0940\u0949-\u094c\u094e\u094f]/;
const VIRAMA = "\u094d";

/**
 * Width of one character in em. Per script, from Chromium's measurements of the badge's font
 * stack at 12 px (test/browser/badge-widths.test.ts holds every badge to them):
 * - CJK, kana, Hangul and full-width characters: 1em.
 * - Devanagari (ne), measured with Noto Sans Devanagari: letters 0.41–1.02em, 0.68 on average
 *   (0.7 here); vowel signs beside a letter (ा ि ी ो) 0.26em (0.3); signs above or below it
 *   (ं ु े) none; a virama (्) makes the consonant before it a half form in a conjunct (न्य), so
 *   it takes back 0.3em of that consonant.
 * - Everything else (Latin, Vietnamese): about 0.62em.
 */
function charEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x2e80) return 1;
  if (code >= 0x0900 && code <= 0x097f) {
    if (ch === VIRAMA) return -0.3;
    if (DEVANAGARI_NONSPACING.test(ch)) return 0;
    if (DEVANAGARI_SPACING_SIGN.test(ch)) return 0.3;
    return 0.7;
  }
  return 0.62;
}

/**
 * Width of text in px, generously estimated (a badge cannot measure fonts): never less than
 * Chromium draws it, and at most half as much again (see {@link charEm}).
 */
export function textWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * FONT_SIZE);
}

/** The badge for a presented evaluation; `label` says what it is about (the API texts' `badgeLabel`). */
export function badgeSvg(presented: PresentedEvaluation, lang: Lang, label: string): string {
  const look = STAGE_LOOKS[presented.stage];
  const word = stageName(presented.stage, lang);
  const labelWidth = PAD * 2 + textWidth(label);
  const stageWidth = PAD * 2 + ICON + GAP + textWidth(word);
  const width = labelWidth + stageWidth;
  const title = `${label}: ${presented.text.stage}`;
  const desc = `${presented.text.daysLeft}`;
  const baseline = Math.round(HEIGHT / 2 + FONT_SIZE * 0.36);
  const iconY = (HEIGHT - ICON) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-labelledby="badge-title badge-desc" lang="${htmlLang(lang)}" data-stage="${presented.stage}">` +
    `<title id="badge-title">${escapeXml(title)}</title>` +
    `<desc id="badge-desc">${escapeXml(desc)}</desc>` +
    `<rect width="${labelWidth}" height="${HEIGHT}" fill="${LABEL_LOOK.background}"/>` +
    `<rect x="${labelWidth}" width="${stageWidth}" height="${HEIGHT}" fill="${look.background}"/>` +
    `<g font-family="'Hiragino Sans','Noto Sans JP','Yu Gothic',Verdana,sans-serif" font-size="${FONT_SIZE}" aria-hidden="true">` +
    `<text x="${PAD}" y="${baseline}" fill="${LABEL_LOOK.foreground}">${escapeXml(label)}</text>` +
    `<path transform="translate(${labelWidth + PAD} ${iconY})" d="${look.icon}" fill="none" stroke="${look.foreground}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>` +
    `<text x="${labelWidth + PAD + ICON + GAP}" y="${baseline}" fill="${look.foreground}">${escapeXml(word)}</text>` +
    `</g></svg>`
  );
}
