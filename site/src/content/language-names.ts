/**
 * @module
 * How each language names itself (the language menu, the 404 list), once: every language's
 * SiteUi (ui.ts and the translations in translations/<code>/ui.ts) takes the same record from
 * here, so a translation can use it without importing ui.ts (which imports the translations).
 */
import type { Lang } from "#shared/lang/index.ts";

export const LANGUAGE_NAMES: Record<Lang, string> = {
  ja: "日本語",
  en: "English",
  "ja-easy": "やさしい日本語",
  "zh-Hans": "中文（简体）",
  ko: "한국어",
  vi: "Tiếng Việt",
  "pt-BR": "Português",
  tl: "Filipino",
  ne: "नेपाली",
};
