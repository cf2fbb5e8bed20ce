/**
 * @module
 * A row's problem as a sentence for the preview and the error summary (R-PARSE-3 suggestions
 * included, with ふりがな on their era names in やさしい日本語), in the page's language. Pure, so the unit tests can read the sentences.
 */
import { isLang } from "#shared/lang/index.ts";
import type { ListContent } from "../../content/list";
import { mismatchSlots } from "../date-text";
import type { RowProblem } from "./row";
import { fill, withEraReadings } from "./text";

export function problemText(problem: RowProblem, text: ListContent, lang = ""): string {
  // Review7 #2: both sides of a bracket that disagrees with its date, in the page's language.
  // The era names get their ふりがな in やさしい日本語, as the suggestion's do.
  const slots =
    "mismatch" in problem && problem.mismatch ? mismatchSlots(problem.mismatch, isLang(lang) ? lang : "ja") : {};
  const mismatch = Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, withEraReadings(v, lang)]));
  const sentence = fill(text.problems[problem.code], { column: text.columns[problem.column], ...mismatch });
  return "suggestion" in problem && problem.suggestion
    ? sentence + fill(text.problems.suggestion, { date: withEraReadings(problem.suggestion, lang) })
    : sentence;
}
