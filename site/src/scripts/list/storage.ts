/**
 * @module
 * The list on this device, only when the person asks (「この端末にリストを保存する」): local
 * storage under one key, removed by 「保存したリストを消す」. Nothing else of the page is stored.
 */
import { COLUMNS, emptyRow, type Row } from "./row";

const KEY = "myna-expiry:list:v1";

/** Local storage, or null where the browser refuses it (private modes, disabled storage). */
function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const canStore = (): boolean => store() !== null;

export function saveRows(rows: readonly Row[]): boolean {
  try {
    store()?.setItem(KEY, JSON.stringify({ rows }));
    return store() !== null;
  } catch {
    return false; // quota exceeded
  }
}

/** The kept rows, or null when nothing is kept (or what is kept is not a list of rows). */
export function loadRows(): Row[] | null {
  try {
    const kept = JSON.parse(store()?.getItem(KEY) ?? "null") as { rows?: unknown } | null;
    if (!kept || !Array.isArray(kept.rows)) return null;
    return kept.rows.map((value) => {
      const row = emptyRow();
      for (const column of COLUMNS) {
        const cell = (value as Record<string, unknown> | null)?.[column];
        if (typeof cell === "string") row[column] = cell;
      }
      return row;
    });
  } catch {
    return null;
  }
}

export function forgetRows(): void {
  try {
    store()?.removeItem(KEY);
  } catch {
    // nothing was kept
  }
}
