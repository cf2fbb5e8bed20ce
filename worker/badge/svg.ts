/**
 * @module
 * The badge for pages that forbid scripts (contract.md): an accessible SVG image that says the
 * stage in words, with an icon, and the whole answer in its `<title>`.
 *
 * Hint: no `<style>` element and no script: presentation attributes only, so the image renders
 * under the API's `default-src 'none'` policy when opened on its own.
 */
import { htmlLang, type Lang } from "#shared/lang/index.ts";
import { stageName } from "#shared/messages/stages.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { textsOf } from "../lang-texts.ts";
import { LABEL_LOOK, STAGE_LOOKS } from "./palette.ts";

const FONT_SIZE = 12;
const HEIGHT = 22;
const PAD = 7;
const ICON = 12;
const GAP = 4;

/** Escapes text for XML character data and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch]!);

/**
 * Width of text in px, generously estimated (a badge cannot measure fonts): CJK and full-width
 * characters take 1em, other characters about 0.62em.
 */
export function textWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return Math.ceil(em * FONT_SIZE);
}

/** The badge for a presented evaluation. */
export function badgeSvg(presented: PresentedEvaluation, lang: Lang): string {
  const look = STAGE_LOOKS[presented.stage];
  const label = textsOf(lang).api.badgeLabel;
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
