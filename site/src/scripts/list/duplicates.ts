/**
 * @module
 * Rows already in the list (review B8): importing a corrected file again should not double the
 * rows that were right the first time. Two rows are the same person when the label and every
 * date are the same, the dates compared as read (「S30.4.1」 and 「昭和30年4月1日」 are one day,
 * R-PARSE-1) and the label without differences of width or spacing. Pure, for the unit tests.
 */
import { parseTypedDate } from "#shared/dates/index.ts";
import { DATE_COLUMNS, isBlank, type Row } from "./row";

/** What makes a row the same as another. */
export function rowKey(row: Row): string {
  const label = row.label.normalize("NFKC").replace(/\s+/g, " ").trim();
  const dates = DATE_COLUMNS.map((column) => {
    const typed = row[column].trim();
    if (!typed) return "";
    const parsed = parseTypedDate(typed);
    return parsed.ok ? parsed.iso : typed.normalize("NFKC");
  });
  return JSON.stringify([label, ...dates]);
}

/** The incoming rows split into those not in the list yet and those already in it. */
export function splitDuplicates(
  existing: readonly Row[],
  incoming: readonly Row[],
): { fresh: Row[]; duplicates: Row[] } {
  const known = new Set(existing.filter((row) => !isBlank(row)).map(rowKey));
  const fresh: Row[] = [];
  const duplicates: Row[] = [];
  for (const row of incoming) (known.has(rowKey(row)) ? duplicates : fresh).push(row);
  return { fresh, duplicates };
}

/**
 * Lines of one file that repeat an earlier line of it (same label and dates, {@link rowKey}):
 * each repeat with the file line it repeats, in the file's order. The first one is kept.
 */
export function repeatedLines<Line extends { line: number; row: Row }>(lines: readonly Line[]): Map<Line, number> {
  const first = new Map<string, number>();
  const repeats = new Map<Line, number>();
  for (const line of lines) {
    const key = rowKey(line.row);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, line.line);
    else repeats.set(line, seen);
  }
  return repeats;
}
