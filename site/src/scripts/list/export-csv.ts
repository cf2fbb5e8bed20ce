/**
 * @module
 * The results as a CSV file for Excel: UTF-8 with a BOM (without it Excel reads UTF-8 as
 * Shift_JIS and shows mojibake), CRLF, papaparse's quoting, and cells that start like a formula
 * (= + - @) escaped so a label can never run as one in a spreadsheet. The input columns come
 * first under the headers the import recognises, so the file can be read back into the list.
 * A5: what is in doubt goes with the row (R-INFER-3/4/5): what to check in words, and the other
 * reading's stage and dates, so a colleague reading the file sees no plain 「有効」 where the
 * page says to check; and which reading the result columns follow (「結果の列の前提」).
 */
import Papa from "papaparse";
import { isHanScript, type Lang, punctuation } from "#shared/lang/index.ts";
import { cardStep } from "#shared/messages/readings.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { type ActionWords, actionParts, stageReadings } from "./action-text";
import type { ListEntry } from "./entries";
import { COLUMNS } from "./row";

export function resultsCsv(
  entries: readonly ListEntry[],
  text: ListContent,
  stageNames: Record<Stage, string>,
  lang: Lang,
): string {
  const { colon, stop, open, close } = punctuation(lang);
  const head = text.export.csvHead;
  const header = [
    ...COLUMNS.map((c) => text.export.csvColumns[c]),
    head.stage,
    head.action,
    head.actionDate,
    head.basis,
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
  // ISO dates, as in the other cells.
  const words: ActionWords = { results: text.results, date: (iso) => iso, stageName: (s) => stageNames[s] };
  const lines = entries.map((entry) => {
    const inputs = COLUMNS.map((c) => entry.row[c]);
    if (!entry.ok) return [...inputs, "", "", "", "", "", "", "", "", plainText(entry.message), "", "", "", ""];
    const { evaluation: e, action } = entry;
    const parts = actionParts(action, words);
    const [what, when] = [plainText(parts.what), plainText(parts.when)];
    // A check whose words are a sentence: the sentence goes to the check column, not here.
    // In the page's brackets: 「更新できるようになる（2026-12-07から）」, "Renewal opens (from …)".
    const actionText = parts.sentence ? what : `${what}${open}${when}${close}`;
    // What to check, or "" when nothing is in doubt: a check's name with what is in doubt, then
    // the doubt its words do not already say (the typo to look for, the other reading).
    const isCheck = parts.sentence || action.kind === "checkCardExpiry";
    const check = [isCheck ? `${what}${colon}${when}` : null, parts.doubt === null ? null : plainText(parts.doubt)]
      .filter((part) => part !== null)
      .join(stop);
    // The other reading: not renewed or renewed (R-INFER-3, R-INFER-5), or the earlier birthday (R-INFER-6).
    const other = action.renewal?.other ?? action.stay?.other ?? action.field?.other;
    // The table's stage cell in words (review P1-B): 「更新・再発行していない場合：失効／…した場合：有効」.
    const stage = stageReadings(action, e.stage)
      .map((s) =>
        plainText(
          s.label === null ? stageNames[s.stage] : `${text.results.readings[s.label]}${colon}${stageNames[s.stage]}`,
        ),
      )
      .join(isHanScript(lang) ? "／" : " / ");
    // Which reading the result columns follow, in the stage's labels: the headline's where there
    // are two (R-INFER-3, R-INFER-5), "as entered" for a card expiry that is no birthday (R-INFER-4).
    type Reading = keyof ListContent["results"]["readings"];
    const headline: Reading | null = action.renewal
      ? action.renewal.headline === "renewed"
        ? "ifYes"
        : "ifNo"
      : action.stay
        ? "ifWithCard"
        : action.field
          ? "asTyped"
          : null;
    const assumed: (Reading | null)[] = [action.kind === "checkCardExpiry" ? "asTyped" : null, headline];
    const basis = assumed
      .filter((label) => label !== null)
      .map((label) => plainText(text.results.readings[label]))
      .join(isHanScript(lang) ? "／" : " / ");
    return [
      ...inputs,
      stage,
      actionText,
      action.date,
      basis,
      e.certificate.expiresOn,
      // R-COUNTER-1: the day the action names (review P1-E); none where the certificate ends with
      // the card (a new card, a stay card's extension, an expired card): renewing it in its window
      // gains nothing (R-CERT-1(b), R-CARD-4, R-CARD-6; review8 #6).
      cardStep(e) === "certificate" ? e.certificate.firstCounterDay : "",
      e.certificate.graceEndsOn,
      e.card?.expiresOn ?? "",
      "",
      check,
      other ? plainText(stageNames[other.stage]) : "",
      other?.certificateExpiresOn ?? "",
      other?.graceEndsOn ?? "",
    ];
  });
  return "\uFEFF" + Papa.unparse([header, ...lines], { newline: "\r\n", escapeFormulae: true });
}
