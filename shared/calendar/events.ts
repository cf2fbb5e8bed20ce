/**
 * @module
 * The calendar of a certificate: one all-day event per milestone the leaflet names (renewal
 * opens R-RENEW-1, a reminder two months before expiry R-RENEW-3, expiry R-DATE-2, grace ends
 * R-INS-1), the last counter day (R-COUNTER-1) and a 「窓口へ」 reminder a week before the
 * counter deadline (the engine's `certificate.counterReminderDay`); each with an alarm at 09:00
 * on its day. Only days from `today` on are in it: a calendar imported today holds no event and
 * no alarm in the past (issue 10).
 *
 * One builder for the Worker's `calendar.ics` (one certificate), the checker's Google Calendar
 * links (one per event) and the site's list page (many people, built in the browser so their
 * labels never leave it). The words come in as a value (`CalendarWords`, from words.ts) so this
 * file imports no message catalog, and every date comes from the evaluation, so it needs no
 * holiday calendar either: it stays small enough to ship to browsers.
 */
import type { CertificateDates, MilestoneKind } from "#shared/rules/result.ts";
import { escapeText, icsDate, icsText } from "./ics.ts";

/** What an event is about; stable across requests and days, so part of the UID. */
export type CalendarEventKind =
  | Extract<MilestoneKind, "renewalOpens" | "certificateExpires" | "graceEnds">
  | "reminder"
  | "counterSoon"
  | "lastCounterDay";

/** Every sentence of a calendar, in one language (plain strings: the site embeds them as JSON). */
export interface CalendarWords {
  calendarName: string;
  summary: Record<CalendarEventKind, string>;
  detail: Record<CalendarEventKind, string>;
  linkLine: string;
  alarm: string;
  /** Between a person's label and an event title in a list's calendar: "：" or ": ". */
  labelJoiner: string;
}

export interface CalendarEvent {
  kind: CalendarEventKind;
  date: string;
}

/** One person's (or one certificate's) events in a calendar file. */
export interface CalendarEntry {
  events: readonly CalendarEvent[];
  /** The site's checker with the dates in the fragment, so the link sends no date to a server. */
  checkUrl: string;
  /** Shown before each title in a list's calendar; never sent anywhere (built in the browser). */
  label?: string;
  /** Keeps UIDs unique when one file holds many people; absent for a single certificate. */
  uidSuffix?: string;
}

const PRODID = "-//myna-expiry//マイナ期限ナビ//JA";

/** The 09:00 alarm of every event, relative to its all-day start (RFC 5545 §3.8.6.3). */
const ALARM_TRIGGER = "PT9H";

type CertificateCalendarDates = Pick<
  CertificateDates,
  "renewalOpensOn" | "noticeExpectedTo" | "counterReminderDay" | "lastCounterDay" | "expiresOn" | "graceEndsOn"
>;

/**
 * The events from `today` on, in date order, every date taken from the evaluation. The
 * reminder falls on the last day the notice letter is expected (R-RENEW-3, about two months
 * before expiry): if it has not come by then, renew anyway. The 「窓口へ」 event is the last day
 * the counter is open before the expiry (R-COUNTER-1), which can be days before it. The
 * 「窓口へ」 reminder is the engine's `counterReminderDay` (shared/rules/counter-days.ts): a week
 * before the counter deadline still ahead, the last counter day to renew, or once that has
 * passed, the last counter day of the grace (re-issue while the card still works, R-INS-1), the
 * same action date the checker names.
 *
 * @param today - the evaluation day (ISO) the certificate's dates were computed on: events
 *   before it are left out
 */
export function certificateEvents(certificate: CertificateCalendarDates, today: string): CalendarEvent[] {
  const events: CalendarEvent[] = [
    { kind: "renewalOpens", date: certificate.renewalOpensOn },
    // No letter is sent for a card that ends with the period of stay (R-CARD-4): no reminder date.
    ...(certificate.noticeExpectedTo ? [{ kind: "reminder" as const, date: certificate.noticeExpectedTo }] : []),
    ...(certificate.counterReminderDay ? [{ kind: "counterSoon" as const, date: certificate.counterReminderDay }] : []),
    { kind: "lastCounterDay", date: certificate.lastCounterDay },
    { kind: "certificateExpires", date: certificate.expiresOn },
    { kind: "graceEnds", date: certificate.graceEndsOn },
  ];
  // Stable sort: on one day the order above stays (the last counter day before the expiry).
  return events.filter((event) => event.date >= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The whole VCALENDAR for one or more entries.
 *
 * Hint: DTSTAMP is midnight UTC of the evaluation day (`today`), not the clock, so the same
 * question on the same day gives byte-identical calendars (and one ETag).
 *
 * @param uidDomain - the domain in every UID (RFC 5545 §3.8.4.7: globally unique), the host of
 *   the service's configured public origin (the Worker's PUBLIC_ORIGIN, the page's own host)
 */
export function calendarText(
  entries: readonly CalendarEntry[],
  words: CalendarWords,
  today: string,
  uidDomain: string,
): string {
  const stamp = icsDate(today) + "T000000Z";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:" + PRODID,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:" + escapeText(words.calendarName),
  ];
  for (const entry of entries) {
    const prefix = entry.label ? entry.label + words.labelJoiner : "";
    const uidSuffix = entry.uidSuffix ? "-" + entry.uidSuffix : "";
    for (const event of entry.events) {
      const summary = prefix + words.summary[event.kind];
      const description = `${words.detail[event.kind]}\n${words.linkLine} ${entry.checkUrl}`;
      lines.push(
        "BEGIN:VEVENT",
        `UID:${icsDate(event.date)}-${event.kind}${uidSuffix}@${uidDomain}`,
        "DTSTAMP:" + stamp,
        "DTSTART;VALUE=DATE:" + icsDate(event.date),
        // RFC 5545 §3.6.1: an all-day event of one day, without computing the next date here.
        "DURATION:P1D",
        "SUMMARY:" + escapeText(summary),
        "DESCRIPTION:" + escapeText(description),
        "URL:" + entry.checkUrl,
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:" + escapeText(`${words.alarm}: ${summary}`),
        "TRIGGER;RELATED=START:" + ALARM_TRIGGER,
        "END:VALARM",
        "END:VEVENT",
      );
    }
  }
  lines.push("END:VCALENDAR");
  return icsText(lines);
}
