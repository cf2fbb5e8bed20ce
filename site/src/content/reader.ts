/**
 * @module
 * The card reader's screen on the site's pages (R-INS-2): the screens themselves, in Japanese
 * and translated, have one home with the API's texts (shared/messages/reader.ts and the
 * catalogs); this file holds only the words around the drawing.
 */

import { punctuation } from "#shared/lang/index.ts";
import { CATALOGS } from "#shared/messages/catalogs.ts";
import { isDescribed, isUsable, LEAFLET_SCREENS, type ReaderScreenText } from "#shared/messages/reader.ts";
import type { Stage } from "#shared/rules/result.ts";
import { READER_SCREEN } from "#shared/rules/stage.ts";
import type { SiteLang } from "../i18n/site";
import { content as koReader } from "./translations/ko/reader";
import { content as neReader } from "./translations/ne/reader";
import { content as ptBRReader } from "./translations/pt-BR/reader";
import { content as tlReader } from "./translations/tl/reader";
import { content as viReader } from "./translations/vi/reader";
import { content as zhHansReader } from "./translations/zh-Hans/reader";

/** Labels around the screen: its caption, and what introduces the translation and the button. */
export const READER_AROUND: Record<SiteLang, { caption: string; translationLabel: string; buttonLabel: string }> = {
  ja: {
    caption: "顔認証付きカードリーダーの画面（リーフレットの図をもとにしたイメージ）",
    translationLabel: "",
    buttonLabel: "",
  },
  en: {
    caption: "The face-recognition card reader's screen (drawn after the leaflet; the reader shows Japanese)",
    translationLabel: "In English:",
    buttonLabel: "Button",
  },
  "ja-easy": {
    caption: "{病院|びょういん}や {薬局|やっきょく}の カードリーダーの {画面|がめん}（イメージ）",
    translationLabel: "やさしい ことばで：",
    buttonLabel: "ボタン",
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansReader,
  ko: koReader,
  vi: viReader,
  "pt-BR": ptBRReader,
  tl: tlReader,
  ne: neReader,
};

/** The Japanese screen of a stage, as the reader shows it, with what the drawing needs to know. */
export function leafletScreen(stage: Stage): ReaderScreenText & { usable: boolean; described: boolean } {
  const screen = READER_SCREEN[stage];
  return { ...LEAFLET_SCREENS[screen], usable: isUsable(screen), described: isDescribed(screen) };
}

/** The same screen in the page's language, one line per part (none on Japanese pages: the screen is already readable). */
export function readerTranslation(stage: Stage, lang: SiteLang): string[] {
  if (lang === "ja") return [];
  const { badge, heading, message, button } = CATALOGS[lang].reader[READER_SCREEN[stage]];
  const { buttonLabel } = READER_AROUND[lang];
  return [
    badge,
    ...(heading ? [heading] : []),
    ...message,
    ...(button ? [`${buttonLabel}${punctuation(lang).colon}${button}`] : []),
  ];
}
