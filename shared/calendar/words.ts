/**
 * @module
 * The calendar's words in one language, from their home in shared/messages: event titles of
 * milestones (`milestoneLabel`) and the calendar's own sentences (`API_TEXTS[lang].calendar`).
 * The Worker calls this per request; the site calls it at build time and embeds the result, so
 * the page's script carries no message catalog.
 */
import type { Lang } from "#shared/lang/index.ts";
import { API_TEXTS, milestoneLabel } from "#shared/messages/index.ts";
import type { CalendarWords } from "./events.ts";

export function calendarWords(lang: Lang): CalendarWords {
  const texts = API_TEXTS[lang].calendar;
  return {
    calendarName: texts.calendarName,
    summary: {
      renewalOpens: milestoneLabel("renewalOpens", lang),
      reminder: texts.reminderSummary,
      counterSoon: texts.counterSoonSummary,
      lastCounterDay: texts.lastCounterDaySummary,
      certificateExpires: milestoneLabel("certificateExpires", lang),
      graceEnds: milestoneLabel("graceEnds", lang),
    },
    detail: {
      renewalOpens: texts.renewalDetail,
      reminder: texts.reminderDetail,
      counterSoon: texts.counterSoonDetail,
      lastCounterDay: texts.lastCounterDayDetail,
      certificateExpires: texts.reminderDetail,
      graceEnds: texts.graceDetail,
    },
    card: {
      summary: {
        renewalOpens: milestoneLabel("cardRenewalOpens", lang),
        reminder: texts.cardReminderSummary,
        lastCounterDay: texts.cardLastCounterDaySummary,
        certificateExpires: milestoneLabel("cardExpires", lang),
      },
      detail: {
        newCard: texts.newCardDetail,
        extendCard: texts.extendCardDetail,
        cardExpired: texts.cardExpiredDetail,
      },
    },
    unsure: texts.unsureDetail,
    linkLine: texts.linkLine,
    alarm: texts.alarm,
    labelJoiner: texts.labelJoiner,
  };
}
