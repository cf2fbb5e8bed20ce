/**
 * @module
 * A row's problem as a sentence for the preview and the error summary (R-PARSE-3 suggestions
 * included, with ふりがな on their era names in やさしい日本語), in the page's language. Pure, so the unit tests can read the sentences.
 */
import type { ListContent } from "../../content/list";
import type { RowProblem } from "./row";
import { fill, withEraReadings } from "./text";

export function problemText(problem: RowProblem, text: ListContent, lang = ""): string {
  const sentence = fill(text.problems[problem.code], { column: text.columns[problem.column] });
  return "suggestion" in problem && problem.suggestion
    ? sentence + fill(text.problems.suggestion, { date: withEraReadings(problem.suggestion, lang) })
    : sentence;
}
