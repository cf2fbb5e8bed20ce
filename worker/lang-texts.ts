/**
 * @module
 * The texts of each language, for the Worker: ja, the default (the language of an answer when
 * nothing else can be loaded), is in the bundle; the other eight (en, ja-easy, zh-Hans, ko, vi,
 * pt-BR, tl, ne) are modules of their own, worker/lang-texts/<code>.js, imported the first time a
 * request in an isolate asks for the language, and kept. A request needs one language (a batch:
 * those its items name), so an isolate does not parse and evaluate the texts it does not use,
 * and the bundle is that much smaller.
 *
 * How the modules ship: `npm run lang-texts` (scripts/lang-texts/generate.mjs) builds them from
 * shared/messages; wrangler uploads them beside the bundle (`find_additional_modules` and an
 * `ESModule` rule in wrangler.toml) and keeps each literal `import()` below as it is; `npm start`
 * gives workerd the same modules (scripts/serve/workerd-config.ts). The answers are the same
 * bytes as with every language built in (test/api/languages.test.ts).
 *
 * Every path that words an answer or an error first awaits `loadTexts(lang)` (the body and query
 * readers for the one they read, the batch for its items', a 404, 405 or 429 for the URL's or
 * `Accept-Language`'s: `loadedLangOf`, worker/lang/context.ts); after that `textsOf(lang)` is
 * synchronous. A request loads only the languages it is answered in, which is what the batch's
 * bound in languages counts (shared/limits).
 */
import type { Lang } from "#shared/lang/index.ts";
import { jaApi } from "#shared/messages/api/ja.ts";
import type { LangTexts } from "#shared/messages/catalog.ts";
import { ja } from "#shared/messages/ja.ts";

const BUILT_IN = {
  ja: { catalog: ja, api: jaApi },
} satisfies Partial<Record<Lang, LangTexts>>;

/** The languages that are modules of their own. */
export type LaterLang = Exclude<Lang, keyof typeof BUILT_IN>;

/** Hint: literal specifiers, so that wrangler's bundler keeps each import as it is. */
const LATER: Record<LaterLang, () => Promise<{ texts: LangTexts }>> = {
  en: () => import("./lang-texts/en.js"),
  "ja-easy": () => import("./lang-texts/ja-easy.js"),
  "zh-Hans": () => import("./lang-texts/zh-Hans.js"),
  ko: () => import("./lang-texts/ko.js"),
  vi: () => import("./lang-texts/vi.js"),
  "pt-BR": () => import("./lang-texts/pt-BR.js"),
  tl: () => import("./lang-texts/tl.js"),
  ne: () => import("./lang-texts/ne.js"),
};

const loaded: Partial<Record<Lang, LangTexts>> = { ...BUILT_IN };

/** `lang`'s texts, imported first if this isolate has not needed them yet. */
export async function loadTexts(lang: Lang): Promise<LangTexts> {
  const known = loaded[lang];
  if (known) return known;
  const { texts } = await LATER[lang as LaterLang]();
  loaded[lang] = texts;
  return texts;
}

/** Whether `lang`'s texts are in this isolate already. */
export const isLoaded = (lang: Lang): boolean => loaded[lang] !== undefined;

/**
 * `lang`'s texts, which must have been loaded (`loadTexts`) on this request's way here: throws if
 * not. (`builtInTextsOf` of shared/messages has every language built in, for the site and tests.)
 */
export function textsOf(lang: Lang): LangTexts {
  const texts = loaded[lang];
  if (!texts) throw new Error(`the texts of ${lang} were used before loadTexts("${lang}")`);
  return texts;
}
