/**
 * @module
 * The results as a CSV file for Excel: UTF-8 with a BOM (without it Excel reads UTF-8 as
 * Shift_JIS and shows mojibake), CRLF, papaparse's quoting, and cells that start like a formula
 * (= + - @) escaped so a label can never run as one in a spreadsheet. The input columns come
 * first under the headers the import recognises, so the file can be read back into the list.
 * A5: what is in doubt goes with the row (R-INFER-3/4/5): what to check in words, and the other
 * reading's stage and dates, so a colleague reading the file sees no plain 「有効」 where the
 * page says to check.
 */
import Papa from "papaparse";
import type { Lang } from "#shared/lang/index.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { otherReading, whenIsSentence, whenText } from "./action-text";
import type { ListEntry } from "./entries";
import { COLUMNS } from "./row";

export function resultsCsv(
  entries: readonly ListEntry[],
  text: ListContent,
  stageNames: Record<Stage, string>,
  lang: Lang,
): string {
  const { colon, stop } = lang === "en" ? { colon: ": ", stop: ". " } : { colon: "：", stop: "。" };
  const head = text.export.csvHead;
  const header = [
    ...COLUMNS.map((c) => text.export.csvColumns[c]),
    head.stage,
    head.action,
    head.actionDate,
    head.certificateExpires,
    head.renewalOpens,
    head.graceEnds,
    head.cardExpires,
    head.problem,
    head.check,
    head.otherStage,
    head.otherCertificateExpires,
    head.otherGraceEnds,
  ].map(plainText);
  const r = text.results;
  const iso = (date: string) => date;
  const stageName = (stage: Stage) => plainText(stageNames[stage]);
  /** The row's doubt in words (ISO dates, as in the other cells), or "" when there is none. */
  const check = (entry: Extract<ListEntry, { ok: true }>): string => {
    const { action } = entry;
    const what = plainText(r.actions[action.kind]);
    if (action.kind === "checkCardExpiry")
      return `${what}${colon}${plainText(whenText(action, r, iso, stageName))}${stop}${plainText(r.doubt.typo)}`;
    if (!action.renewal) return "";
    const sentence = plainText(otherReading(action.renewal, r, iso, stageName));
    return whenIsSentence(action) ? `${what}${colon}${sentence}` : sentence;
  };
  const lines = entries.map((entry) => {
    const inputs = COLUMNS.map((c) => entry.row[c]);
    if (!entry.ok) return [...inputs, "", "", "", "", "", "", "", entry.message, "", "", "", ""];
    const { evaluation: e, action } = entry;
    // A check whose words are a sentence: the sentence goes to the check column, not here.
    const what = plainText(r.actions[action.kind]);
    const actionText = whenIsSentence(action) ? what : `${what} (${plainText(whenText(action, r, iso, stageName))})`;
    const other = action.renewal?.other;
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
      check(entry),
      other ? stageName(other.stage) : "",
      other?.certificateExpiresOn ?? "",
      other?.graceEndsOn ?? "",
    ];
  });
  return "\uFEFF" + Papa.unparse([header, ...lines], { newline: "\r\n", escapeFormulae: true });
}
