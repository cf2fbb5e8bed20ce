/**
 * @module
 * `present(evaluation, lang)`: the evaluation with its sentences, from the built-in catalogs of
 * every language, for the site and the tests. The wording itself is `presentWith`
 * (present-with.ts), which the Worker calls with the texts it loaded (worker/lang-texts.ts).
 */
import type { Lang } from "../lang/index.ts";
import type { Evaluation, PresentedEvaluation } from "../rules/result.ts";
import { builtInTextsOf } from "./catalogs.ts";
import { presentWith } from "./present-with.ts";

export { presentWith } from "./present-with.ts";

export const present = (evaluation: Evaluation, lang: Lang): PresentedEvaluation =>
  presentWith(builtInTextsOf(lang), evaluation, lang);
