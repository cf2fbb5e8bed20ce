/**
 * @module
 * A row's problem as a sentence for the preview and the error summary (R-PARSE-3 suggestions
 * included), in the page's language. Pure, so the unit tests can read the sentences.
 */
import type { ListContent } from "../../content/list";
import type { RowProblem } from "./row";
import { fill } from "./text";

export function problemText(problem: RowProblem, text: ListContent): string {
  const sentence = fill(text.problems[problem.code], { column: text.columns[problem.column] });
  return "suggestion" in problem && problem.suggestion
    ? sentence + fill(text.problems.suggestion, { date: problem.suggestion })
    : sentence;
}
