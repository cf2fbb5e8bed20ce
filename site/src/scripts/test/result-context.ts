// Test helper: the result renderer's context for each checker page, as the page builds it, so
// every test of render-result.ts renders with the same one.
import { calendarWords } from "#shared/calendar/words.ts";
import type { Lang } from "#shared/lang/index.ts";
import { STAGE_NAMES } from "#shared/messages/stages.ts";
import { CHECK } from "../../content/check";
import type { ResultContext } from "../render-result";

export type Page = keyof typeof CHECK;
/** The checker's pages; each is named by the language it answers in. */
export const PAGES = Object.keys(CHECK) as Page[];

/** The language a page answers and asks the API in: each page is named by it. */
export const pageLang = (page: Page): Lang => page as Lang;

export function resultContext(page: Page): ResultContext {
  const lang = pageLang(page);
  return {
    lang,
    apiLang: lang,
    text: CHECK[page],
    calendarWords: calendarWords(lang),
    stageNames: STAGE_NAMES[lang as keyof typeof STAGE_NAMES] ?? STAGE_NAMES.ja,
    stagesHref: "/stages/",
    checkHref: "/check/",
    dayChosen: true,
    typed: {},
  };
}
