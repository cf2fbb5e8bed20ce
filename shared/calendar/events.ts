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
import { type CardStep, cardExpiryInDoubt, stepOfCard } from "#shared/messages/readings.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import type { CardDates, CertificateDates, Evaluation, MilestoneKind } from "#shared/rules/result.ts";
import { escapeText, icsDate, icsText } from "./ics.ts";

/** What an event is about; stable across requests and days, so part of the UID. */
export type CalendarEventKind =
  | Extract<MilestoneKind, "renewalOpens" | "certificateExpires" | "graceEnds" | "cardExpires">
  | "reminder"
  | "counterSoon"
  | "graceCounterSoon"
  | "lastCounterDay"
  | "graceLastCounterDay"
  | "cardApplication";

/** The card's own events (`cardEvents`): they come only with a card step, worded by it. */
type CardEventKind = Extract<CalendarEventKind, "cardApplication" | "cardExpires">;

/** Every sentence of a calendar, in one language (plain strings: the site embeds them as JSON). */
export interface CalendarWords {
  calendarName: string;
  summary: Record<CalendarEventKind, string>;
  detail: Record<Exclude<CalendarEventKind, CardEventKind>, string>;
  /**
   * Where the answer's step is the card, not the certificate ({@link CalendarAction}): the titles
   * that name the card instead (the others stay), and one detail per action, for its every event.
   */
  card: {
    summary: Partial<Record<CalendarEventKind, string>>;
    detail: Record<Exclude<CalendarAction, "certificate">, string> & {
      /** `extendCard` said as a condition, for a card expiry that is not a birthday (R-INFER-4). */
      extendCardIfStay: string;
    };
  };
  /** R-COUNTER-1 (review7 #1): the certificate's expiry event on a day the counter is closed. */
  closedExpiryDetail: string;
  /** After the detail when the certificate's expiry is inferred (R-INFER-3, R-INFER-5, R-INFER-6). */
  unsure: string;
  linkLine: string;
  alarm: string;
  /** Between a person's label and an event title in a list's calendar: "：" or ": ". */
  labelJoiner: string;
}

export interface CalendarEvent {
  kind: CalendarEventKind;
  date: string;
  /**
   * R-COUNTER-1 (review7 #1): the certificate expires on a day the counter is closed (its last
   * counter day is before it): the event says so, not "renew today".
   */
  closed?: true;
}

/**
 * An event its caller words: a list's 「更新したか確かめる」 on the day checked (R-INFER-3, see
 * {@link renewalCheckDay}; its UID has no date, so a newer file moves it instead of adding one),
 * or beside it an event of the card the readings share, worded without the doubt.
 */
export interface WordedEvent {
  kind: "checkRenewal" | CalendarEventKind;
  date: string;
  summary: string;
  detail: string;
}

/** One person's (or one certificate's) events in a calendar file. */
export interface CalendarEntry {
  events: readonly (CalendarEvent | WordedEvent)[];
  /**
   * What the events say: the answer's step and doubt ({@link answerEvents}); without it, what a
   * certificate date alone says ({@link CERTIFICATE_ONLY}).
   */
  wording?: CalendarWording;
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
  | "renewalOpensOn"
  | "noticeExpectedTo"
  | "counterReminderDay"
  | "lastCounterDay"
  | "expiresOn"
  | "graceEndsOn"
  | "graceLastCounterDay"
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
  const reminder = certificate.counterReminderDay;
  const closed = certificate.lastCounterDay !== certificate.expiresOn;
  const events: CalendarEvent[] = [
    { kind: "renewalOpens", date: certificate.renewalOpensOn },
    // No letter is sent for a card that ends with the period of stay (R-CARD-4): no reminder date.
    ...(certificate.noticeExpectedTo ? [{ kind: "reminder" as const, date: certificate.noticeExpectedTo }] : []),
    // Review7 #9: a reminder after the last counter day before the expiry is counted from the
    // grace's last counter day (R-INS-1, R-COUNTER-1): the expiry has passed, so it says so.
    ...(reminder
      ? [
          {
            kind: reminder > certificate.lastCounterDay ? ("graceCounterSoon" as const) : ("counterSoon" as const),
            date: reminder,
          },
        ]
      : []),
    { kind: "lastCounterDay", date: certificate.lastCounterDay },
    { kind: "certificateExpires", date: certificate.expiresOn, ...(closed && { closed: true as const }) },
    // Review8 #1 (R-COUNTER-1, R-INS-4): a grace that ends on a closed day has its own last
    // counter day, the real deadline to re-issue while the card still works at the clinic.
    ...(certificate.graceLastCounterDay !== certificate.graceEndsOn
      ? [{ kind: "graceLastCounterDay" as const, date: certificate.graceLastCounterDay }]
      : []),
    { kind: "graceEnds", date: certificate.graceEndsOn },
  ];
  // Stable sort: on one day the order above stays (the last counter day before the expiry).
  return events.filter((event) => event.date >= today).sort(byDate);
}

const byDate = (a: CalendarEvent, b: CalendarEvent): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * What the answer's next step is, so that the calendar names the step the checker and the list
 * name (shared/rules/next-steps.ts; the list's next-action.ts reads it from `nextSteps`):
 * - `certificate`: renew the certificate in its window, re-issue it after (R-RENEW-2, R-CERT-4);
 *   the card is valid or not known;
 * - `newCard`: the certificate ends with the card, so renewing it alone gains nothing
 *   (R-CERT-1(b)): a new card brings new certificates (R-CARD-5, R-CARD-6);
 * - `extendCard`: it ends with a card limited by the period of stay: extend the card after the
 *   stay, then ask for a certificate (R-CARD-4, R-INFER-6);
 * - `cardExpired`: the card has expired, and with it the certificates (R-CARD-5): a re-issue is
 *   no longer possible (R-CERT-4), a new card is the step (R-INFER-5).
 */
export type CalendarAction = CardStep;

/** The card as the calendar needs it; `endsWithStay`: it ends with the period of stay (R-CARD-4). */
export interface CalendarCard {
  expiresOn: string;
  /** R-CARD-6: the card's own window opens; from then the card is the step (review7 #1b). */
  renewalOpensOn: string;
  endsWithStay: boolean;
}

/** What one answer's calendar is built from: the evaluation's day, dates, card and doubt. */
export interface CalendarAnswer {
  today: string;
  certificate: CertificateCalendarDates;
  card: CalendarCard | null;
  /** The certificate's expiry is inferred, not known (R-INFER-3, R-INFER-5, R-INFER-6). */
  unsure: boolean;
  /**
   * The card was taken for a stay-limited one only because its expiry is not a birthday
   * (R-INFER-4, R-INFER-6), not because the stay's end was given: most likely a typo.
   */
  stayGuessed?: boolean;
}

/** How the events of one answer are worded: its step, and whether every event says to check. */
export interface CalendarWording {
  action: CalendarAction;
  unsure: boolean;
  /** `extendCard` on a guess ({@link CalendarAnswer}): worded as a condition (review P1-D). */
  stayGuessed?: boolean;
  /**
   * The card is the step but the certificate ends before it (its window is open, review7 #1b):
   * the certificate's events keep the certificate's titles; the card's own events name the card.
   */
  ownDates?: boolean;
}

/** The words of a known certificate expiry with nothing known of the card. */
export const CERTIFICATE_ONLY: CalendarWording = { action: "certificate", unsure: false };

/** An evaluation as the calendar reads it (the API's result, the list's and the checker's). */
export type CalendarEvaluation = Pick<Evaluation, "today" | "nextSteps" | "caveats"> & {
  certificate: CertificateCalendarDates;
  card: Pick<CardDates, "expiresOn" | "renewalOpensOn" | "validityYears"> | null;
};

/**
 * The step, from the same dates and in the same order as next-steps.ts decides it: an expired
 * card first (R-INFER-5), then a certificate that ends with the card (R-CARD-5; a stay-limited
 * card, `validityYears: null`, is extended, R-CARD-4). events.test.ts checks that the two agree.
 */
export function calendarAction(answer: Pick<CalendarAnswer, "today" | "certificate" | "card">): CalendarAction {
  const { card } = answer;
  return stepOfCard(
    answer.today,
    answer.certificate.expiresOn,
    card && { expiresOn: card.expiresOn, renewalOpensOn: card.renewalOpensOn, stayLimited: card.endsWithStay },
  );
}

/**
 * An evaluation's calendar answer. Unsure when the answer asks to check the certificate's expiry
 * (`checkCertificateExpiry`: R-INFER-3, R-INFER-6), or when an expired card leaves the
 * not-renewed reading open (the `cardExpired` caveat with an alternative, R-INFER-5).
 *
 * @param card - the card as the request names it ({@link queryCard}), for the Worker's
 *   calendar.ics: beside a given certificate expiry the rules keep no card (the certificateExpiry
 *   route), yet the card's expiry decides the step. Without it, the evaluation's card.
 */
export function calendarAnswer(
  evaluation: CalendarEvaluation,
  card: CalendarCard | null = evaluation.card && {
    expiresOn: evaluation.card.expiresOn,
    renewalOpensOn: evaluation.card.renewalOpensOn,
    endsWithStay: evaluation.card.validityYears === null,
  },
): CalendarAnswer {
  return {
    today: evaluation.today,
    certificate: evaluation.certificate,
    card,
    unsure:
      evaluation.nextSteps.includes("checkCertificateExpiry") ||
      evaluation.caveats.some((c) => c.code === "cardExpired" && c.alternatives.length > 0),
    stayGuessed: cardExpiryInDoubt(evaluation),
  };
}

/**
 * The query of the Worker's calendar.ics for an answer (contract.md): the certificate's expiry,
 * and the card's only where the card is the step (its expiry; for a stay-limited card, the same
 * day as the stay's end, R-CARD-4), so the Worker words it as the answer does. Never a birth
 * date: a query reaches server logs. The card's expiry adds little to what the certificate's
 * already says (both are birthdays, and for a new card or an expired one the same day, R-CARD-5).
 * The doubt (`unsure`) travels as `estimated=true`: from dates alone the Worker would take them as known.
 * A stay-limited card that is only a guess (`stayGuessed`) travels as `cardExpiryNotBirthday=true`:
 * without a birth date the Worker cannot tell a card expiry that is no birthday (review P1-D).
 */
export function calendarQuery(answer: CalendarAnswer): Record<string, string> {
  const query: Record<string, string> = { certificateExpiry: answer.certificate.expiresOn };
  // The doubt travels as a flag (no birth date needed), so the file says the dates are estimated.
  if (answer.unsure) query.estimated = "true";
  const { card } = answer;
  const action = calendarAction(answer);
  if (card === null || action === "certificate") return query;
  query.cardExpiry = card.expiresOn;
  if (card.endsWithStay) query.periodOfStayEndsOn = card.expiresOn;
  // Only where it changes the words: the extension said as a condition (answerEvents).
  if (action === "extendCard" && answer.stayGuessed) query.cardExpiryNotBirthday = "true";
  return query;
}

/**
 * The card a calendar.ics query names, the other way round from {@link calendarQuery}: its
 * expiry and its own window (R-CARD-6: from then the card is the step, review7 #1b; the Worker
 * counts it from the expiry with the rules, worker/routes/calendar.ts), ending with the period of
 * stay when the stay ends that same day (R-CARD-4); null without a card expiry. A later stay end
 * is an ordinary card (R-INFER-6).
 */
export function queryCard(query: {
  cardExpiry?: string;
  cardRenewalOpensOn?: string;
  periodOfStayEndsOn?: string;
}): CalendarCard | null {
  const { cardExpiry, cardRenewalOpensOn, periodOfStayEndsOn } = query;
  return cardExpiry && cardRenewalOpensOn
    ? { expiresOn: cardExpiry, renewalOpensOn: cardRenewalOpensOn, endsWithStay: periodOfStayEndsOn === cardExpiry }
    : null;
}

/** Events an action has no use for (see {@link answerEvents}). */
const LEFT_OUT: Partial<Record<CalendarAction, readonly CalendarEventKind[]>> = {
  // R-CARD-4: the card is extended after the stay is, on no window of its own; renewing the
  // certificate in its window gains nothing (R-CERT-1(b)), so the window's first day is no step;
  // and no notice letter is sent for such a card, so there is no day to expect one by.
  extendCard: ["renewalOpens", "reminder"],
  // R-INFER-5: no counter visit before the grace end changes it (a new card takes a month or
  // more); the grace end itself stays, with what to do.
  cardExpired: ["counterSoon", "graceCounterSoon", "graceLastCounterDay"],
  // R-CARD-6 (review7 #12, review8 #11): a new card takes about a month, so no counter visit on
  // or a week before the card's last days gets one: the application reminder five weeks before
  // takes their place; the two months' reminder and the card's own dates stay.
  newCard: ["counterSoon", "graceCounterSoon", "lastCounterDay", "graceLastCounterDay"],
};

/**
 * R-CARD-6, R-INFER-5 (review7 #12): a new card takes a month or more from the application, so
 * its reminder is five weeks before the card ends.
 */
const CARD_APPLICATION_DAYS_BEFORE = 35;

/**
 * The card's own events where it is the step (review7 #1b, #12): for a new card the application
 * reminder five weeks before the card ends; and where the certificate ends before the card (its
 * window is open, `stepOfCard`), the card's expiry, which the certificate's events do not carry.
 */
function cardEvents(answer: CalendarAnswer, action: CalendarAction): CalendarEvent[] {
  const { card } = answer;
  if (card === null || (action !== "newCard" && action !== "extendCard")) return [];
  const events: CalendarEvent[] =
    action === "newCard"
      ? [{ kind: "cardApplication", date: plainDate(card.expiresOn).addDays(-CARD_APPLICATION_DAYS_BEFORE).toString() }]
      : [];
  if (card.expiresOn !== answer.certificate.expiresOn) events.push({ kind: "cardExpires", date: card.expiresOn });
  return events;
}

/**
 * One answer's events ({@link certificateEvents}, less those its step has no use for) and how
 * they are worded. The one entry point for the Worker's calendar.ics, the checker's links and the
 * list's file, so the three say what the answer says.
 */
export function answerEvents(answer: CalendarAnswer): { events: CalendarEvent[]; wording: CalendarWording } {
  const action = calendarAction(answer);
  const leftOut = LEFT_OUT[action] ?? [];
  const events = certificateEvents(answer.certificate, answer.today).filter((event) => !leftOut.includes(event.kind));
  for (const event of cardEvents(answer, action)) if (event.date >= answer.today) events.push(event);
  events.sort(byDate);
  const stayGuessed = action === "extendCard" && answer.stayGuessed === true;
  // The certificate's own dates are the card's only where it ends with the card: else they keep
  // the certificate's titles (review7 #1b), beside the card's own events.
  const ownDates =
    (action === "newCard" || action === "extendCard") && answer.card!.expiresOn !== answer.certificate.expiresOn;
  return {
    events,
    wording: { action, unsure: answer.unsure, ...(stayGuessed && { stayGuessed }), ...(ownDates && { ownDates }) },
  };
}

/**
 * R-INFER-3 in a file nobody can ask back (a list's calendar, issue 12): where whether the holder
 * renewed is unknown (the `renewalUnknown` caveat), the day to find out (the day checked), and
 * the answer's events that may stay beside it. The checker asks the question on the page; a list
 * of forty cannot, so its file must not choose a reading for the resident:
 * - after G1 the answer follows the renewed reading (runs to the card): its events are years
 *   ahead, and a resident who did not renew would be reminded years late, long after マイナ保険証
 *   stopped working (R-INS-2, R-INS-4). None of them stays; only the check, on the day checked;
 * - in the first grace (E1 < today ≤ G1) the answer follows the not-renewed reading: re-issue by
 *   G1, the safe side (a resident who did renew loses one look at the card). They stay, with the
 *   check before them.
 * The list's table says the same (next-action.ts: 「更新したか確かめる」 after G1, the re-issue
 * by G1's counter day before). Null where the renewal is not in doubt: the events as they are.
 */
export function renewalCheckDay(
  evaluation: Pick<Evaluation, "today" | "caveats">,
  events: readonly CalendarEvent[],
): { date: string; events: CalendarEvent[] } | null {
  const caveat = evaluation.caveats.find((c) => c.code === "renewalUnknown");
  if (!caveat) return null;
  // The other reading is the not-renewed one: the headline (the events) is the renewed guess.
  const onTheGuess = caveat.alternatives.some((a) => a.assumption === "notRenewed");
  return { date: evaluation.today, events: onTheGuess ? [] : [...events] };
}

/** An event's title and description text, in the words of its answer's step. */
export function eventText(
  event: CalendarEvent,
  wording: CalendarWording,
  words: CalendarWords,
): { summary: string; detail: string } {
  const { action } = wording;
  const summary =
    (action !== "certificate" && !wording.ownDates && words.card.summary[event.kind]) || words.summary[event.kind];
  const detail =
    action === "certificate"
      ? event.closed
        ? words.closedExpiryDetail
        : // A card's own event never comes with the certificate's step (cardEvents).
          words.detail[event.kind as Exclude<CalendarEventKind, CardEventKind>]
      : wording.stayGuessed
        ? words.card.detail.extendCardIfStay
        : words.card.detail[action];
  return { summary, detail: wording.unsure ? `${detail}\n${words.unsure}` : detail };
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
      const text = "summary" in event ? event : eventText(event, entry.wording ?? CERTIFICATE_ONLY, words);
      const summary = prefix + text.summary;
      const description = `${text.detail}\n${words.linkLine} ${entry.checkUrl}`;
      lines.push(
        "BEGIN:VEVENT",
        `UID:${event.kind === "checkRenewal" ? "" : icsDate(event.date) + "-"}${event.kind}${uidSuffix}@${uidDomain}`,
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
