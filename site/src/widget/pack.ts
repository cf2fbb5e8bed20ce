/**
 * @module
 * What the widget needs to speak one language: its own words, the stage names and how a date
 * reads. Japanese (the default and the fallback) and English come with the widget; every other
 * language is a small module of its own, `/widget/v<major>/lang/<code>.js`
 * (scripts/build-widget.mjs), fetched the first time an element asks for that language, so the
 * widget stays small however many languages it speaks (issue 13, budget 12 KiB gzip).
 *
 * If a language's module cannot be loaded, the element speaks Japanese, and says so with
 * `lang="ja"`: it never shows one language's words under another language's label.
 */
import { en as enDates } from "#shared/dates/forms/en.ts";
import { ja as jaDates } from "#shared/dates/forms/ja.ts";
import { EN_STAGE_NAMES, JA_STAGE_NAMES } from "#shared/messages/stage-names.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { Finder } from "../lib/language-of-parts.ts";
import { TEXTS, type WidgetLang, type WidgetTexts } from "./texts.ts";
import { WIDGET_VERSION } from "./version.ts";

export interface WidgetPack {
  texts: WidgetTexts;
  stageNames: Record<Stage, string>;
  /** A date as the widget writes it (narrow: no weekday). */
  date: (iso: string) => string;
  /**
   * WCAG 3.1.2: where the Japanese is in a Chinese text (lib/language-of-parts.ts), which cannot
   * tell it by its script. Only the zh-Hans pack has it; the other languages (not Japanese) mark
   * runs of kanji and kana, which the widget itself carries (element.ts).
   */
  findJapanese?: Finder;
}

/** The languages that come as a module of their own. */
export type PackedLang = Exclude<WidgetLang, "ja" | "en">;

/** Japanese dates carry the era year (R-PARSE-4); the other languages' stay short, to fit a narrow widget. */
export const JA_PACK: WidgetPack = { texts: TEXTS.ja, stageNames: JA_STAGE_NAMES, date: jaDates.dayWithEra };
const EN_PACK: WidgetPack = { texts: TEXTS.en, stageNames: EN_STAGE_NAMES, date: enDates.day };

const MAJOR = WIDGET_VERSION.split(".")[0];

/** Where a language's module lives, beside the pinned widget of this major version. */
export const packUrl = (origin: string, lang: PackedLang): string => `${origin}/widget/v${MAJOR}/lang/${lang}.js`;

const loaded = new Map<WidgetLang, Promise<WidgetPack | null>>([
  ["ja", Promise.resolve(JA_PACK)],
  ["en", Promise.resolve(EN_PACK)],
]);

/** `lang`'s pack, fetched once per page; null when its module cannot be loaded. */
export function loadPack(origin: string, lang: WidgetLang): Promise<WidgetPack | null> {
  let pack = loaded.get(lang);
  if (!pack) {
    pack = import(/* @vite-ignore */ packUrl(origin, lang as PackedLang)).then(
      (module: { pack?: WidgetPack }) => module.pack ?? null,
      () => null,
    );
    loaded.set(lang, pack);
  }
  return pack;
}
