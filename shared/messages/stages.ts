/**
 * @module
 * The name of each stage (R-INS-2), once per language: the API's texts and badge, the widget,
 * and every page of the site (tags, tables, the timeline, the slider, the checker) read it here.
 * Why the Japanese and English words: stage-names.ts; the other languages' words come from
 * their glossaries, so a term is translated in one place.
 */
import type { Lang } from "../lang/index.ts";
import type { Stage } from "../rules/result.ts";
import { stageNames as ko } from "./glossary/ko.ts";
import { stageNames as ne } from "./glossary/ne.ts";
import { stageNames as ptBR } from "./glossary/pt-BR.ts";
import { stageNames as tl } from "./glossary/tl.ts";
import { stageNames as vi } from "./glossary/vi.ts";
import { stageNames as zhHans } from "./glossary/zh-Hans.ts";
import { withoutRuby } from "./ruby.ts";
import { EN_STAGE_NAMES, JA_EASY_STAGE_NAMES, JA_STAGE_NAMES } from "./stage-names.ts";

export const STAGE_NAMES = {
  ja: JA_STAGE_NAMES,
  en: EN_STAGE_NAMES,
  "ja-easy": JA_EASY_STAGE_NAMES,
  // The foreign residents' languages: each glossary names the stages (glossary/<code>.ts).
  "zh-Hans": zhHans,
  ko,
  vi,
  "pt-BR": ptBR,
  tl,
  ne,
} as const satisfies Record<Lang, Record<Stage, string>>;

/** The stage's name as plain text (no ふりがな markup): API texts, the badge, the widget. */
export const stageName = (stage: Stage, lang: Lang): string => withoutRuby(STAGE_NAMES[lang][stage]);

/** The stage's name in the shared ruby markup, for surfaces that draw ruby (the site). */
export const stageNameMarkup = (stage: Stage, lang: Lang): string => STAGE_NAMES[lang][stage];
