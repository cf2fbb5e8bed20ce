/**
 * @module
 * Rows and their answers side by side (matched by index: the API never sees a label), sorted by
 * what needs doing first, with the checker link of each row. Pure: the views and exports read it.
 */
import type { Stage } from "#shared/rules/result.ts";
import { writeFragment } from "../fragment";
import type { CompactEvaluation, ItemAnswer } from "./batch";
import { compareActions, type NextAction, nextAction } from "./next-action";
import type { BatchItem, Row } from "./row";

export type ListEntry = {
  /** 0-based position in the person's list (the row number is index + 1). */
  index: number;
  row: Row;
  item: BatchItem;
} & (
  | { ok: true; evaluation: CompactEvaluation; action: NextAction }
  /** `unchecked`: no card date (row.ts noCardDates), never sent; else the API's refusal. */
  | { ok: false; message: string; unchecked?: true }
);

/** No card date, in the results as not checked: `message` says so and what helps (R-INS-5). */
export const uncheckedEntry = (index: number, row: Row, message: string): ListEntry => ({
  index,
  row,
  item: {},
  ok: false,
  message,
  unchecked: true,
});

/**
 * A row with a date that does not read (review8 #2): never sent, listed with the others as not
 * computed, `message` saying which date and to fix it in the table.
 */
export const unreadableEntry = (index: number, row: Row, message: string): ListEntry => ({
  index,
  row,
  item: {},
  ok: false,
  message,
});

export function toEntries(
  rows: readonly { index: number; row: Row; item: BatchItem }[],
  answers: readonly ItemAnswer[],
): ListEntry[] {
  return rows.map((r, i) => {
    const answer = answers[i]!;
    return answer.ok
      ? { ...r, ok: true, evaluation: answer.evaluation, action: nextAction(answer.evaluation) }
      : { ...r, ok: false, message: answer.message };
  });
}

/** Rows the API could not compute first (they need fixing), then by the next action on the day checked; ties keep the list's order. */
export function sortEntries(entries: readonly ListEntry[]): ListEntry[] {
  return [...entries].sort((a, b) => {
    if (!a.ok || !b.ok) return a.ok === b.ok ? a.index - b.index : a.ok ? 1 : -1;
    return compareActions(a.action, b.action, a.evaluation.today) || a.index - b.index;
  });
}

/**
 * A row's bucket in the filter, one a row: could not be computed; a card expiry to check
 * (R-INFER-4); a certificate expiry to check on a card that ends with the stay (R-INFER-6); whether the holder renewed is unknown (R-INFER-3, either reading in the
 * headline: checking may reveal a lapse or spare a visit); otherwise the stage (R-INS-2).
 */
export type Filter = Stage | "checkCardExpiry" | "checkCertificateExpiry" | "checkRenewal" | "problem" | "all";

export function entryFilter(entry: ListEntry): Exclude<Filter, "all"> {
  if (!entry.ok) return "problem";
  // R-INFER-4, R-INFER-6: the checks before any stage.
  if (entry.action.kind === "checkCardExpiry" || entry.action.kind === "checkCertificateExpiry")
    return entry.action.kind;
  if (entry.evaluation.caveats.some((c) => c.code === "renewalUnknown")) return "checkRenewal";
  return entry.evaluation.stage;
}

/**
 * The row's full answer in the checker: its dates in the fragment, which no browser sends to a
 * server (contract.md), and never its label.
 */
export const checkHref = (checkPath: string, item: BatchItem, today?: string): string =>
  `${checkPath}#${writeFragment({ ...item, ...(today && { today }) })}`;
