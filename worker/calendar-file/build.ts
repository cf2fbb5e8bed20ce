/**
 * @module
 * The calendar file of `GET /api/v1/calendar.ics` (worker/routes/calendar.ts), from an answer:
 * its events (shared/calendar) in the answer's language, as RFC 5545 text.
 *
 * It lives in a module of its own (worker/calendar-file/ics.js, built by `npm run lang-texts`),
 * imported on an isolate's first calendar request (worker/calendar-file-module.ts): no other
 * request needs the calendar's builder, so an isolate that answers the rest of the API never
 * parses it (scripts/lang-texts/bundle.test.ts). The answer and its language's texts come from
 * the Worker, so the module carries no engine and no catalog.
 */
import { answerEvents, calendarAnswer, calendarText, queryCard } from "#shared/calendar/events.ts";
import { calendarWordsWith } from "#shared/calendar/words-with.ts";
import type { LangTexts } from "#shared/messages/catalog.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";

export interface CalendarRequest {
  presented: PresentedEvaluation;
  /** The answer's language's texts (worker/lang-texts.ts, loaded by the answer). */
  texts: LangTexts;
  /** The card's dates as the query gave them (ISO), when it did. */
  cardExpiry?: string;
  periodOfStayEndsOn?: string;
  /**
   * The card's own window (R-CARD-6, review7 #1b: from then the card is the step), counted by the
   * Worker from `cardExpiry` with the rules, which this module does not carry.
   */
  cardRenewalOpensOn?: string;
  /** The query's `estimated=true` and `cardExpiryNotBirthday=true`. */
  estimated: boolean;
  cardExpiryNotBirthday: boolean;
  /** The checker page for this certificate, on the configured origin. */
  checkUrl: string;
  /** The configured origin's host name (the events' UID domain). */
  hostname: string;
}

export function calendarFile(r: CalendarRequest): string {
  const card = queryCard(r);
  // `estimated=true`: the caller's answer rests on an assumption (R-INFER-3, R-INFER-5,
  // R-INFER-6) that these dates alone cannot show; every event then says so.
  const fromDates = calendarAnswer(r.presented, card);
  const unsure = fromDates.unsure || r.estimated;
  // R-INFER-4 (review P1-D): a stay-limited card that is only a guess from a card expiry that
  // is no birthday; the birth date that shows it is never in a query.
  const stayGuessed = fromDates.stayGuessed || r.cardExpiryNotBirthday;
  const entry = { ...answerEvents({ ...fromDates, unsure, stayGuessed }), checkUrl: r.checkUrl };
  return calendarText([entry], calendarWordsWith(r.texts), r.presented.today, r.hostname);
}
