/**
 * @module
 * The calendar of a certificate: one all-day event per milestone the leaflet names (renewal
 * opens R-RENEW-1, a reminder two months before expiry R-RENEW-3, expiry R-DATE-2, grace ends
 * R-INS-1), each with an alarm at 09:00 on its day.
 *
 * One builder for the Worker's `calendar.ics` (one certificate) and the site's list page (many
 * people, built in the browser so their labels never leave it). The words come in as a value
 * (`CalendarWords`, from words.ts) so this file imports no message catalog and stays small
 * enough to ship to browsers.
 */
import type { CertificateDates, MilestoneKind } from "#shared/rules/result.ts";
import { escapeText, icsDate, icsText } from "./ics.ts";

/** What an event is about; stable across requests and days, so part of the UID. */
export type CalendarEventKind =
  | Extract<MilestoneKind, "renewalOpens" | "certificateExpires" | "graceEnds">
  | "reminder"
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

/**
 * Events whose alarm also rings days ahead, at 09:00: a week before the last counter day leaves
 * time to go (R-COUNTER-1). A duration relative to the event, so this file decides no date.
 */
const EARLY_ALARM_DAYS: Partial<Record<CalendarEventKind, number>> = { lastCounterDay: 7 };

/** VALARM triggers relative to the all-day start: 09:00 that day, and 09:00 `days` before. */
const alarmTriggers = (kind: CalendarEventKind): string[] => {
  const days = EARLY_ALARM_DAYS[kind];
  return days ? ["PT9H", `-P${days - 1}DT15H`] : ["PT9H"];
};

/**
 * The events, in date order, every date taken from the evaluation (nothing here decides one).
 * The reminder falls on the last day the notice letter is expected (R-RENEW-3, about two months
 * before expiry): if it has not come by then, renew anyway. The 「窓口へ」 event is the last day
 * the counter is open before the expiry (R-COUNTER-1), which can be days before it; its alarm
 * rings a week ahead as well ({@link EARLY_ALARM_DAYS}).
 */
export function certificateEvents(
  certificate: Pick<
    CertificateDates,
    "renewalOpensOn" | "noticeExpectedTo" | "lastCounterDay" | "expiresOn" | "graceEndsOn"
  >,
): CalendarEvent[] {
  // No letter is sent for a card that ends with the period of stay (R-CARD-4): no reminder date.
  const reminder: CalendarEvent[] = certificate.noticeExpectedTo
    ? [{ kind: "reminder", date: certificate.noticeExpectedTo }]
    : [];
  return [
    { kind: "renewalOpens", date: certificate.renewalOpensOn },
    ...reminder,
    { kind: "lastCounterDay", date: certificate.lastCounterDay },
    { kind: "certificateExpires", date: certificate.expiresOn },
    { kind: "graceEnds", date: certificate.graceEndsOn },
  ];
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
      );
      for (const trigger of alarmTriggers(event.kind)) {
        lines.push(
          "BEGIN:VALARM",
          "ACTION:DISPLAY",
          "DESCRIPTION:" + escapeText(`${words.alarm}: ${summary}`),
          "TRIGGER;RELATED=START:" + trigger,
          "END:VALARM",
        );
      }
      lines.push("END:VEVENT");
    }
  }
  lines.push("END:VCALENDAR");
  return icsText(lines);
}
