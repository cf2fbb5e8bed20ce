/**
 * @module
 * The calendar's words in one language, from their homes: event titles of milestones from
 * shared/messages (`milestoneLabel`), the calendar's own sentences from texts.ts. The Worker
 * calls this per request; the site calls it at build time and embeds the result, so the page's
 * script carries no message catalog.
 */
import { nearestLang, type Lang } from "#shared/lang/index.ts";
import { milestoneLabel } from "#shared/messages/index.ts";
import type { CalendarWords } from "./events.ts";
import { CALENDAR_TEXTS } from "./texts.ts";

export function calendarWords(lang: Lang): CalendarWords {
  // The calendar speaks ja or en; やさしい日本語 readers get the Japanese calendar.
  const l = nearestLang(lang, ["ja", "en"]);
  return {
    calendarName: CALENDAR_TEXTS.calendarName[l],
    summary: {
      renewalOpens: milestoneLabel("renewalOpens", lang),
      reminder: CALENDAR_TEXTS.reminderSummary[l],
      lastCounterDay: CALENDAR_TEXTS.lastCounterDaySummary[l],
      certificateExpires: milestoneLabel("certificateExpires", lang),
      graceEnds: milestoneLabel("graceEnds", lang),
    },
    detail: {
      renewalOpens: CALENDAR_TEXTS.renewalDetail[l],
      reminder: CALENDAR_TEXTS.reminderDetail[l],
      lastCounterDay: CALENDAR_TEXTS.lastCounterDayDetail[l],
      certificateExpires: CALENDAR_TEXTS.reminderDetail[l],
      graceEnds: CALENDAR_TEXTS.graceDetail[l],
    },
    linkLine: CALENDAR_TEXTS.linkLine[l],
    alarm: CALENDAR_TEXTS.alarm[l],
    labelJoiner: CALENDAR_TEXTS.labelJoiner[l],
  };
}
