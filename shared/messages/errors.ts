/**
 * @module
 * `errorMessage(error, lang)`: one sentence per field error, from the built-in catalogs of every
 * language, for the site and the tests. The wording itself is `errorMessageWith`
 * (errors-with.ts), which the Worker calls with the texts it loaded (worker/lang-texts.ts).
 */
import type { Lang } from "../lang/index.ts";
import type { FieldError } from "../rules/result.ts";
import { builtInTextsOf } from "./catalogs.ts";
import { errorMessageWith } from "./errors-with.ts";

export { errorMessageWith } from "./errors-with.ts";

export const errorMessage = (error: FieldError, lang: Lang): string =>
  errorMessageWith(builtInTextsOf(lang), error, lang);
