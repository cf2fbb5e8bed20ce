/**
 * @module
 * Language → catalog (the evaluation's texts, and the API's own). Dates in texts read as
 * everywhere else (shared/dates/display.ts).
 */
import type { Lang } from "../lang/index.ts";
import { enApi } from "./api/en.ts";
import { jaApi } from "./api/ja.ts";
import { jaEasyApi } from "./api/ja-easy.ts";
import type { ApiTexts, Catalog } from "./catalog.ts";
import { en } from "./en.ts";
import { ja } from "./ja.ts";
import { jaEasy } from "./ja-easy.ts";

export const CATALOGS: Record<Lang, Catalog> = { ja, en, "ja-easy": jaEasy };

/** Problems, the Worker's field errors, calendar and badge words: every language has them all. */
export const API_TEXTS: Record<Lang, ApiTexts> = { ja: jaApi, en: enApi, "ja-easy": jaEasyApi };

/** "2026年11月14日（土）" / "Saturday 14 November 2026": the form every date in a sentence takes. */
export { formatDayWithWeekday as formatDate } from "../dates/display.ts";
