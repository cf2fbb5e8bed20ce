/**
 * @module
 * Everything a person reads, in every language at once: result texts, error sentences, problem
 * titles, calendar and badge words. For the site (at build time) and the tests. The Worker
 * imports the `…With` functions instead (present-with.ts, errors-with.ts) and passes the texts of
 * the request's language, which it loads when a request asks for it (worker/lang-texts.ts).
 */
export { API_TEXTS, builtInTextsOf, CATALOGS, formatDate } from "./catalogs.ts";
export { errorMessage, errorMessageWith } from "./errors.ts";
export { present, presentWith } from "./present.ts";
export { STAGE_NAMES, stageName, stageNameMarkup } from "./stages.ts";
