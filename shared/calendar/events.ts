/**
 * @module
 * The calendar of a certificate: one all-day event per milestone the leaflet names (renewal
 * opens R-RENEW-1, a reminder two months before expiry R-RENEW-3, expiry R-DATE-2, grace ends
 * R-INS-1), each with an alarm at 09:00 on its day.
 */
import type { Evaluation, Lang, MilestoneKind } from "#shared/rules/result.ts";
import { milestoneLabel } from "#shared/messages/index.ts";
import { escapeText, icsDate, icsText } from "./ics.ts";
import { CALENDAR_TEXTS } from "./texts.ts";

interface CalendarEvent {
  /** Stable across requests and days: part of the UID. */
  kind: MilestoneKind | "reminder";
  date: string;
  summary: string;
  detail: string;
}

const PRODID = "-//myna-expiry//マイナ期限ナビ//JA";

/**
 * The events, in date order, every date taken from the evaluation (the Worker decides none).
 * The reminder falls on the last day the notice letter is expected (R-RENEW-3, about two months
 * before expiry): if it has not come by then, renew anyway.
 */
export function certificateEvents(evaluation: Evaluation, lang: Lang): CalendarEvent[] {
  const l = lang === "en" ? "en" : "ja";
  const { expiresOn, renewalOpensOn, graceEndsOn, noticeExpectedTo: reminderOn } = evaluation.certificate;
  const label = (kind: MilestoneKind) => milestoneLabel(kind, lang);
  return [
    { kind: "renewalOpens", date: renewalOpensOn, summary: label("renewalOpens"), detail: CALENDAR_TEXTS.renewalDetail[l] },
    { kind: "reminder", date: reminderOn, summary: CALENDAR_TEXTS.reminderSummary[l], detail: CALENDAR_TEXTS.reminderDetail[l] },
    { kind: "certificateExpires", date: expiresOn, summary: label("certificateExpires"), detail: CALENDAR_TEXTS.reminderDetail[l] },
    { kind: "graceEnds", date: graceEndsOn, summary: label("graceEnds"), detail: CALENDAR_TEXTS.graceDetail[l] },
  ];
}

/**
 * The whole VCALENDAR. `checkUrl` is the site's checker with the expiry in the fragment, so the
 * link never sends the date to a server.
 *
 * Hint: DTSTAMP is midnight UTC of the evaluation day, not the clock, so the same question on
 * the same day gives byte-identical calendars (and one ETag).
 */
export function certificateCalendar(evaluation: Evaluation, lang: Lang, checkUrl: string): string {
  const l = lang === "en" ? "en" : "ja";
  const stamp = icsDate(evaluation.today) + "T000000Z";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:" + PRODID,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "X-WR-CALNAME:" + escapeText(CALENDAR_TEXTS.calendarName[l]),
  ];
  for (const event of certificateEvents(evaluation, lang)) {
    const description = `${event.detail}\n${CALENDAR_TEXTS.linkLine[l]} ${checkUrl}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${icsDate(event.date)}-${event.kind}@myna-expiry`,
      "DTSTAMP:" + stamp,
      "DTSTART;VALUE=DATE:" + icsDate(event.date),
      // RFC 5545 §3.6.1: an all-day event of one day, without computing the next date here.
      "DURATION:P1D",
      "SUMMARY:" + escapeText(event.summary),
      "DESCRIPTION:" + escapeText(description),
      "URL:" + checkUrl,
      "TRANSP:TRANSPARENT",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "DESCRIPTION:" + escapeText(`${CALENDAR_TEXTS.alarm[l]}: ${event.summary}`),
      "TRIGGER;RELATED=START:PT9H",
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return icsText(lines);
}
