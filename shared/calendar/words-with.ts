/**
 * @module
 * The calendar's words in one language, from that language's texts (`LangTexts`, passed in):
 * event titles of milestones (the catalog's `milestone`) and the calendar's own sentences (the API
 * texts' `calendar`). The Worker calls this per request with the texts it loaded; `calendarWords`
 * (words.ts) does the same from the built-in catalogs for the site, which embeds the result at
 * build time, so the page's script carries no message catalog.
 */
import type { LangTexts } from "#shared/messages/catalog.ts";
import type { CalendarWords } from "./events.ts";

export function calendarWordsWith({ catalog, api }: LangTexts): CalendarWords {
  const texts = api.calendar;
  return {
    calendarName: texts.calendarName,
    summary: {
      renewalOpens: catalog.milestone.renewalOpens,
      reminder: texts.reminderSummary,
      counterSoon: texts.counterSoonSummary,
      graceCounterSoon: texts.graceCounterSoonSummary,
      graceLastCounterDay: texts.graceLastCounterDaySummary,
      lastCounterDay: texts.lastCounterDaySummary,
      certificateExpires: catalog.milestone.certificateExpires,
      graceEnds: catalog.milestone.graceEnds,
      // The card's own events (events.ts `cardEvents`) come only with a card step, worded by it.
      cardApplication: texts.cardApplicationSummary,
      cardExpires: catalog.milestone.cardExpires,
    },
    detail: {
      renewalOpens: texts.renewalDetail,
      reminder: texts.reminderDetail,
      counterSoon: texts.counterSoonDetail,
      graceCounterSoon: texts.graceCounterSoonDetail,
      graceLastCounterDay: texts.graceLastCounterDayDetail,
      lastCounterDay: texts.lastCounterDayDetail,
      certificateExpires: texts.reminderDetail,
      graceEnds: texts.graceDetail,
    },
    card: {
      summary: {
        renewalOpens: catalog.milestone.cardRenewalOpens,
        reminder: texts.cardReminderSummary,
        lastCounterDay: texts.cardLastCounterDaySummary,
        certificateExpires: catalog.milestone.cardExpires,
      },
      detail: {
        newCard: texts.newCardDetail,
        extendCard: texts.extendCardDetail,
        extendCardIfStay: texts.extendCardIfStayDetail,
        cardExpired: texts.cardExpiredDetail,
      },
    },
    closedExpiryDetail: texts.closedExpiryDetail,
    unsure: texts.unsureDetail,
    linkLine: texts.linkLine,
    alarm: texts.alarm,
    labelJoiner: texts.labelJoiner,
  };
}
