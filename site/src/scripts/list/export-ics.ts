/**
 * @module
 * Everyone's reminders in one calendar file, built here in the browser with the same builder as
 * the Worker's calendar.ics (shared/calendar), so the labels before each title never leave the
 * device. UIDs carry a short hash of the row, so importing a newer file updates each person's
 * events instead of doubling them, whatever the order of the list.
 *
 * A row whose renewal is unknown (R-INFER-3) gets 「更新したか確かめる」 on the day checked,
 * with both readings in its description, and no reminder built on the renewed guess
 * (shared/calendar `renewalCheckDay`), as the table puts the check first; only the card's own
 * dates, which both readings share, stay beside it (review7 finding 4).
 *
 * A card that ends with the stay whose certificate may have ended on an earlier birthday
 * (R-INFER-6, review7 finding 3) gets 「電子証明書の有効期限を確かめる」 on the day checked with
 * both readings, and the earlier reading's last counter day in its grace (R-INS-1, R-COUNTER-1),
 * before the answer's own events, which follow the card and say they are estimated.
 */
import {
  answerEvents,
  type CalendarEntry,
  type CalendarWords,
  calendarAnswer,
  calendarText,
  eventText,
  renewalCheckDay,
  type WordedEvent,
} from "#shared/calendar/events.ts";
import { formatDay } from "#shared/dates/display.ts";
import { type Lang, punctuation } from "#shared/lang/index.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { fieldReadingText, stayReadingsText } from "./action-text";
import type { ListEntry } from "./entries";
import { checkHref } from "./entries";
import { COLUMNS, type Row } from "./row";
import { fill } from "./text";

/**
 * The columns every row tag hashes, filled or not: the label and the four dates the list had
 * before the stay's end was added. A literal, not counted from COLUMNS: it is what the files
 * already made hashed, whatever columns are added after.
 */
const FIRST_COLUMNS = 5;

/**
 * FNV-1a, 32 bits: a stable, short, non-secret tag for a row (it stays in the file). An empty
 * column added later (the stay's end) leaves the tag of a row without it as it was, so a newer
 * file still updates the events of an older one.
 */
function rowTag(row: Row): string {
  let hash = 0x811c9dc5;
  const cells = COLUMNS.map((c) => row[c].trim());
  while (cells.length > FIRST_COLUMNS && cells.at(-1) === "") cells.pop();
  for (const ch of cells.join("\u001f")) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

type Computed = Extract<ListEntry, { ok: true }>;

/**
 * 「更新したか確かめる」 in words: what each reading means (the not-renewed one first, the
 * riskier), how to tell, and how to settle it in the list. Plain text (a calendar has no ruby).
 */
function checkEvent(entry: Computed, date: string, text: ListContent, lang: Lang): WordedEvent {
  const d = text.results.doubt;
  const day = (iso: string) => formatDay(iso, lang);
  const { certificate } = entry.evaluation;
  const renewal = entry.action.renewal!;
  const since = day(renewal.since!);
  const [notRenewed, renewed] =
    renewal.headline === "renewed"
      ? [renewal.other, { certificateExpiresOn: certificate.expiresOn }]
      : [{ certificateExpiresOn: certificate.expiresOn, graceEndsOn: certificate.graceEndsOn }, renewal.other];
  // After G1 the not-renewed reading has lapsed; in the first grace it can still be re-issued by
  // the grace's last counter day (R-INS-1, R-COUNTER-1), the day the table names.
  const ifNo =
    renewal.headline === "renewed"
      ? fill(d.ifNotRenewed, {
          since,
          expiry: day(notRenewed.certificateExpiresOn),
          graceEnds: day(notRenewed.graceEndsOn),
        })
      : fill(d.ifNotRenewedGrace, {
          since,
          expiry: day(notRenewed.certificateExpiresOn),
          by: day(certificate.graceLastCounterDay),
        });
  const ifYes = fill(d.ifRenewed, { since, expiry: day(renewed.certificateExpiresOn) });
  // A calendar is read alone, one person an event: "the row's first expiry" gets its date there
  // (coordinator 21:47), the words the page says under its table for everyone.
  const { open, close } = punctuation(lang);
  const first = `${d.firstExpiry}${open}${day(notRenewed.certificateExpiresOn)}${close}`;
  const dated = (line: string) => line.replaceAll(d.firstExpiry, first);
  const lines = [ifNo, ifYes, ...d.howToTell.map((line) => `・${dated(line)}`), dated(d.settle)];
  return {
    kind: "checkRenewal",
    date,
    summary: plainText(text.results.actions.checkRenewal),
    detail: lines.map(plainText).join("\n"),
  };
}

/**
 * Review7 finding 4: after G1 the events on the renewed guess go (renewalCheckDay), but where
 * that guess ends the certificate with the card (R-CERT-5, R-CARD-5: the step is a new card) the
 * card's renewal opening and its expiry are printed dates both readings share: a new card is
 * needed by then either way (R-CARD-6; a re-issue now would end with the card too, R-CERT-4).
 * They stay, as the card step, without the "estimated" line: the card's dates are not guessed.
 */
function sharedCardEvents(events: ReturnType<typeof answerEvents>, words: CalendarWords): WordedEvent[] {
  if (events.wording.action !== "newCard") return [];
  const wording = { ...events.wording, unsure: false };
  return (
    events.events
      // review7 #12: the application reminder (five weeks before the card ends) is the card's too.
      .filter(
        (event) =>
          event.kind === "renewalOpens" || event.kind === "certificateExpires" || event.kind === "cardApplication",
      )
      .map((event) => ({ ...event, ...eventText(event, wording, words) }))
  );
}

/**
 * R-INFER-6, R-DATE-6, R-CERT-3: the check on the day checked, and the other reading's last
 * counter day while it is in its grace (re-issue there while the card still works). The check's
 * UID has no date, as 「更新したか確かめる」's (a row has one doubt or another, never two).
 */
function checkCertificateEvents(entry: Computed, text: ListContent, lang: Lang): WordedEvent[] {
  const { stay, field } = entry.action;
  const words = { results: text.results, date: (iso: string) => formatDay(iso, lang), stageName: String };
  const readings = plainText(field ? fieldReadingText(field, words) : stayReadingsText(stay!, words));
  const howToTell = plainText(field ? text.results.field.settle : text.results.stay.howToTell);
  const check: WordedEvent = {
    kind: "checkRenewal",
    date: entry.evaluation.today,
    summary: plainText(text.results.actions.checkCertificateExpiry),
    detail: [readings, howToTell].join("\n"),
  };
  const other = field ? field.other : stay!.other;
  if (other?.stage !== "grace") return [check];
  const dates = { expiry: words.date(other.certificateExpiresOn), by: words.date(other.graceLastCounterDay) };
  const counter: WordedEvent = {
    kind: "lastCounterDay",
    date: other.graceLastCounterDay,
    summary: plainText(field ? text.results.field.counterDay : text.results.stay.counterDay),
    detail: [
      plainText(fill(field ? text.results.field.ifCard.grace : text.results.stay.earlier.grace, dates)).trim(),
      howToTell,
    ].join("\n"),
  };
  return [check, counter];
}

export function listCalendar(
  entries: readonly ListEntry[],
  words: CalendarWords,
  origin: string,
  checkPath: string,
  text: ListContent,
  lang: Lang,
): string {
  const computed = entries.filter((e): e is Computed => e.ok);
  const today = computed[0]?.evaluation.today ?? "1970-01-01";
  const unnamed = plainText(text.results.unnamed);
  return calendarText(
    computed.map((entry): CalendarEntry => {
      // The row's whole answer, not only its certificate: what the card needs, and the doubt.
      const answer = answerEvents(calendarAnswer(entry.evaluation));
      const { events, wording } = answer;
      const check = entry.action.renewal?.since ? renewalCheckDay(entry.evaluation, events) : null;
      const kept = check && check.events.length === 0 ? sharedCardEvents(answer, words) : (check?.events ?? []);
      const { kind, stay: onStay, field } = entry.action;
      const stay =
        kind === "checkCertificateExpiry" && (onStay || field) ? checkCertificateEvents(entry, text, lang) : [];
      return {
        events: check ? [checkEvent(entry, check.date, text, lang), ...kept] : [...stay, ...events],
        wording,
        checkUrl: origin + checkHref(checkPath, entry.item),
        label: entry.row.label.trim() || `${unnamed} ${entry.index + 1}`,
        uidSuffix: rowTag(entry.row),
      };
    }),
    words,
    today,
    new URL(origin).hostname,
  );
}
