/**
 * @module
 * Everyone's reminders in one calendar file, built here in the browser with the same builder as
 * the Worker's calendar.ics (shared/calendar), so the labels before each title never leave the
 * device. UIDs carry a short hash of the row, so importing a newer file updates each person's
 * events instead of doubling them, whatever the order of the list.
 */
import { answerEvents, type CalendarWords, calendarAnswer, calendarText } from "#shared/calendar/events.ts";
import type { ListEntry } from "./entries";
import { checkHref } from "./entries";
import { COLUMNS, type Row } from "./row";

/** FNV-1a, 32 bits: a stable, short, non-secret tag for a row (it stays in the file). */
function rowTag(row: Row): string {
  let hash = 0x811c9dc5;
  for (const ch of COLUMNS.map((c) => row[c].trim()).join("\u001f")) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export function listCalendar(
  entries: readonly ListEntry[],
  words: CalendarWords,
  origin: string,
  checkPath: string,
  unnamed: string,
): string {
  const computed = entries.filter((e): e is Extract<ListEntry, { ok: true }> => e.ok);
  const today = computed[0]?.evaluation.today ?? "1970-01-01";
  return calendarText(
    computed.map((entry) => ({
      // The row's whole answer, not only its certificate: what the card needs, and the doubt.
      ...answerEvents(calendarAnswer(entry.evaluation)),
      checkUrl: origin + checkHref(checkPath, entry.item),
      label: entry.row.label.trim() || `${unnamed} ${entry.index + 1}`,
      uidSuffix: rowTag(entry.row),
    })),
    words,
    today,
    new URL(origin).hostname,
  );
}
