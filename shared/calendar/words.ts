/**
 * @module
 * The calendar's words in one language, from the built-in catalogs of every language: for the
 * site, which calls it at build time and embeds the result, so the page's script carries no
 * message catalog. The Worker uses `calendarWordsWith` (words-with.ts) with the texts it loaded.
 */
import type { Lang } from "#shared/lang/index.ts";
import { builtInTextsOf } from "#shared/messages/index.ts";
import type { CalendarWords } from "./events.ts";
import { calendarWordsWith } from "./words-with.ts";

export const calendarWords = (lang: Lang): CalendarWords => calendarWordsWith(builtInTextsOf(lang));
