/**
 * @module
 * The results as a CSV file for Excel: UTF-8 with a BOM (without it Excel reads UTF-8 as
 * Shift_JIS and shows mojibake), CRLF, papaparse's quoting, and cells that start like a formula
 * (= + - @) escaped so a label can never run as one in a spreadsheet. The input columns come
 * first under the headers the import recognises, so the file can be read back into the list.
 */
import Papa from "papaparse";
import type { Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import type { ListEntry } from "./entries";
import { COLUMNS } from "./row";
import { fill } from "./text";

export function resultsCsv(
  entries: readonly ListEntry[],
  text: ListContent,
  stageNames: Record<Stage, string>,
): string {
  const head = text.export.csvHead;
  const header = [
    ...COLUMNS.map((c) => text.columns[c]),
    head.stage,
    head.action,
    head.actionDate,
    head.certificateExpires,
    head.renewalOpens,
    head.graceEnds,
    head.cardExpires,
    head.problem,
  ].map(plainText);
  const lines = entries.map((entry) => {
    const inputs = COLUMNS.map((c) => entry.row[c]);
    if (!entry.ok) return [...inputs, "", "", "", "", "", "", "", entry.message];
    const { evaluation: e, action } = entry;
    const when = fill(plainText(text.results.relation[action.relation]), { date: action.date });
    const actionText = `${plainText(text.results.actions[action.kind])} (${when})`;
    return [
      ...inputs,
      plainText(stageNames[e.stage]),
      actionText,
      action.date,
      e.certificate.expiresOn,
      e.certificate.renewalOpensOn,
      e.certificate.graceEndsOn,
      e.card?.expiresOn ?? "",
      "",
    ];
  });
  return "\uFEFF" + Papa.unparse([header, ...lines], { newline: "\r\n", escapeFormulae: true });
}
