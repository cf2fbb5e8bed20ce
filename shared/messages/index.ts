/**
 * @module
 * Everything a person reads, in ja, en and やさしい日本語: result texts, error sentences, problem
 * titles, calendar and badge words.
 */
import type { Lang } from "../lang/index.ts";
import type { MilestoneKind } from "../rules/result.ts";
import { CATALOGS } from "./catalogs.ts";

export { API_TEXTS, CATALOGS, formatDate } from "./catalogs.ts";
export { errorMessage } from "./errors.ts";
export { present } from "./present.ts";
export { STAGE_NAMES, stageName, stageNameMarkup } from "./stages.ts";

export const milestoneLabel = (kind: MilestoneKind, lang: Lang): string => CATALOGS[lang].milestone[kind];
