/**
 * @module
 * A pasted block or a CSV file → the rows it holds, how each column was read, and the lines
 * that cannot be used with the reason, before anything is computed. Parsing is papaparse's
 * (quotes, line breaks inside cells, the delimiter of the file); the reading of each cell is
 * shared/dates' (row.ts).
 */
import Papa from "papaparse";
import { type Mapping, mappingFromHeader, positionalMapping, rowFromCells } from "./columns";
import { checkRow, hasNoCardDates, isBlank, type Row, type RowNote, type RowProblem } from "./row";

export interface ImportedLine {
  /** 1-based line of the file, as a spreadsheet numbers it. */
  line: number;
  row: Row;
  problems: RowProblem[];
  notes: RowNote[];
  /** No card date (row.ts noCardDates): added to the list, not checked. */
  noDates: boolean;
}

export interface ImportedTable {
  /** The first line's cells, when it was read as a header (shown in the preview). */
  header: string[] | null;
  /** The cells of the first data line, to show what each column holds. */
  sample: string[];
  mapping: Mapping;
  lines: ImportedLine[];
}

/** Cells of each record (blank ones kept, so numbers match the sheet's rows); `delimiter` "" lets papaparse find it. */
export function splitCells(text: string, delimiter: "" | "\t" = ""): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, "").replace(/\r?\n$/, ""), {
    delimiter,
    skipEmptyLines: false,
  });
  return parsed.data.map((cells) => cells.map((cell) => cell.trim()));
}

/** Reads the cells with a mapping: each line becomes a row, checked (blank lines are skipped). */
export function readLines(cells: readonly string[][], mapping: Mapping, firstLine: number): ImportedLine[] {
  const lines: ImportedLine[] = [];
  cells.forEach((line, i) => {
    const row = rowFromCells(line, mapping);
    if (isBlank(row)) return;
    const checked = checkRow(row);
    const noDates = hasNoCardDates(checked);
    lines.push({
      line: firstLine + i,
      row,
      problems: checked.ok || noDates ? [] : checked.problems,
      notes: checked.ok ? checked.notes : [],
      noDates,
    });
  });
  return lines;
}

/**
 * The whole table: a first line of known headers gives the mapping (columns.ts); without one,
 * the columns are read in the list's own order and the first line is data. `mapping` replaces
 * either when the person chose the columns in the preview.
 */
export function importTable(text: string, mapping?: Mapping, delimiter: "" | "\t" = ""): ImportedTable {
  const cells = splitCells(text, delimiter);
  const first = cells[0] ?? [];
  const fromHeader = mappingFromHeader(first);
  const header = fromHeader ? first : null;
  const data = header ? cells.slice(1) : cells;
  const width = Math.max(0, ...cells.map((line) => line.length));
  const chosen = mapping ?? fromHeader ?? positionalMapping(width);
  const padded = Array.from({ length: width }, (_, i) => chosen[i] ?? null);
  return { header, sample: data[0] ?? [], mapping: padded, lines: readLines(data, padded, header ? 2 : 1) };
}
