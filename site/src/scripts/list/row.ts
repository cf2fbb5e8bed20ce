/**
 * @module
 * One person in the list: a label the user types (a name or a room number: it never leaves the
 * browser) and the dates as typed, 西暦 or 和暦 (R-PARSE-1). `checkRow` turns the dates into the
 * batch item the API needs (the three input routes of contract.md) or says what is missing.
 */
import { hasCardFaceWords, type Mismatch, type ParseErrorCode, parseTypedDate } from "#shared/dates/index.ts";

/**
 * The date columns, named as the API's request fields (contract.md). The period of stay's end
 * (在留期間満了日) comes last, so a file without headers keeps the list's old column order; it is
 * sent with the card's dates and settles a card that ends with the stay (R-CARD-4, R-INFER-6).
 */
export const DATE_COLUMNS = [
  "birthDate",
  "cardExpiry",
  "certificateExpiry",
  "cardIssuedOn",
  "periodOfStayEndsOn",
] as const;
export type DateColumn = (typeof DATE_COLUMNS)[number];
export type Column = "label" | DateColumn;
export const COLUMNS: readonly Column[] = ["label", ...DATE_COLUMNS];

export type Row = Record<Column, string>;

export const emptyRow = (): Row => ({
  label: "",
  birthDate: "",
  cardExpiry: "",
  certificateExpiry: "",
  cardIssuedOn: "",
  periodOfStayEndsOn: "",
});

export const isBlank = (row: Row): boolean => COLUMNS.every((column) => row[column].trim() === "");

/**
 * A person with no date from a card (no card expiry, issue date or certificate expiry; a birth
 * date at most): a lost card, or none yet (review finding 3). Listed, shown in the results as
 * not checked with what helps (the 資格確認書, R-INS-5), never refused: a resident who drops
 * out of the list is the one who gets missed.
 */
export function noCardDates(row: Row): boolean {
  return !isBlank(row) && hasNoCardDates(checkRow(row));
}

/** `noCardDates` on a row already checked (not blank): its one problem is the missing dates. */
export const hasNoCardDates = (checked: CheckedRow): boolean =>
  !checked.ok && checked.problems.length === 1 && checked.problems[0]!.code === "needDates";

/** Dates only: what goes to POST /api/v1/evaluate/batch for this row. Never the label. */
export type BatchItem = Partial<Record<DateColumn, string>>;

export type RowProblem =
  | { column: DateColumn; code: Exclude<ParseErrorCode, "empty">; suggestion?: string; mismatch?: Mismatch }
  | { column: DateColumn; code: "needDates" | "needBirthDate" };

/** A date read, but past its era's end: the preview says which day it was read as (R-PARSE-3). */
export type RowNote = { column: DateColumn; wareki: string };

export type CheckedRow = { ok: true; item: BatchItem; notes: RowNote[] } | { ok: false; problems: RowProblem[] };

/**
 * Reads every date of a row (R-PARSE-1..3) and checks that it is one of the routes the rules
 * accept: the certificate expiry alone, or the birth date with the card expiry or the card's
 * issue date. Dates go to the API as ISO, so the API and the preview read them alike.
 */
export function checkRow(row: Row): CheckedRow {
  const problems: RowProblem[] = [];
  const notes: RowNote[] = [];
  const item: BatchItem = {};
  for (const column of DATE_COLUMNS) {
    const typed = row[column].trim();
    if (!typed) continue;
    const parsed = parseTypedDate(typed);
    if (parsed.ok) {
      // R-DATE-6 (review8 #16): the card's printed words (「まで有効」) in the certificate's column
      // go as typed, as the checker sends them, so the API can say it is most likely the card's.
      item[column] = column === "certificateExpiry" && hasCardFaceWords(typed) ? typed : parsed.iso;
      if (parsed.note) notes.push({ column, wareki: parsed.note.wareki });
    } else if (parsed.code !== "empty")
      problems.push({
        column,
        code: parsed.code,
        ...(parsed.suggestion && { suggestion: parsed.suggestion.wareki }),
        ...(parsed.mismatch && { mismatch: parsed.mismatch }), // review7 #2: a bracket that disagrees
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (item.certificateExpiry || (item.birthDate && (item.cardExpiry || item.cardIssuedOn)))
    return { ok: true, item, notes };
  // The card's dates need the birth date (R-INFER-1, R-CERT-1); nothing at all needs a date.
  const code = item.cardExpiry || item.cardIssuedOn ? "needBirthDate" : "needDates";
  return { ok: false, problems: [{ column: code === "needBirthDate" ? "birthDate" : "certificateExpiry", code }] };
}
