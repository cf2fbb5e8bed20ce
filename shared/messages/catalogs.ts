/**
 * @module
 * Language → catalog (the evaluation's texts, and the API's own). Dates in texts read as
 * everywhere else (shared/dates/display.ts).
 */
import type { Lang } from "../lang/index.ts";
import { enApi } from "./api/en.ts";
import { jaApi } from "./api/ja.ts";
import { jaEasyApi } from "./api/ja-easy.ts";
import { koApi } from "./api/ko.ts";
import { neApi } from "./api/ne.ts";
import { ptBRApi } from "./api/pt-BR.ts";
import { tlApi } from "./api/tl.ts";
import { viApi } from "./api/vi.ts";
import { zhHansApi } from "./api/zh-Hans.ts";
import type { ApiTexts, Catalog, LangTexts } from "./catalog.ts";
import { en } from "./en.ts";
import { ja } from "./ja.ts";
import { jaEasy } from "./ja-easy.ts";
import { ko } from "./ko.ts";
import { ne } from "./ne.ts";
import { ptBR } from "./pt-BR.ts";
import { tl } from "./tl.ts";
import { vi } from "./vi.ts";
import { zhHans } from "./zh-Hans.ts";

/** Every language's catalog: the translations name themselves so and defer to the Japanese (issue 13). */
export const CATALOGS: Record<Lang, Catalog> = {
  ja,
  en,
  "ja-easy": jaEasy,
  "zh-Hans": zhHans,
  ko,
  vi,
  "pt-BR": ptBR,
  tl,
  ne,
};

/** Problems, the Worker's field errors, calendar and badge words: every language has them all. */
export const API_TEXTS: Record<Lang, ApiTexts> = {
  ja: jaApi,
  en: enApi,
  "ja-easy": jaEasyApi,
  "zh-Hans": zhHansApi,
  ko: koApi,
  vi: viApi,
  "pt-BR": ptBRApi,
  tl: tlApi,
  ne: neApi,
};

/**
 * `lang`'s texts from the catalogs built into this module, all nine languages (the `LangTexts` the
 * wording functions take), for the site and the tests. Not for the Worker: it loads a language's
 * texts when asked and reads them with `textsOf` (worker/lang-texts.ts).
 */
export const builtInTextsOf = (lang: Lang): LangTexts => ({ catalog: CATALOGS[lang], api: API_TEXTS[lang] });

/** "2026年11月14日（土）" / "Saturday 14 November 2026": the form every date in a sentence takes. */
export { formatDayWithWeekday as formatDate } from "../dates/display.ts";
