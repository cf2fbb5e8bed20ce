/**
 * @module
 * The shape every language's texts must fill: one catalog per language, so a missing sentence
 * is a type error, not a blank on a screen.
 */

import type { InputErrorCode, ProblemKind, RequestErrorCode } from "../problem/index.ts";
import type { CertificateFieldDoubt } from "../rules/certificate-field.ts";
import type {
  Alternative,
  Capability,
  CaveatCode,
  Evaluation,
  MilestoneKind,
  NextStepCode,
  ReaderScreen,
  Stage,
} from "../rules/result.ts";
import type { ReaderScreenText } from "./reader.ts";

/** The certificate steps that can be a bridge until the card's step (`Catalog.bridge`). */
export type BridgeStep = Extract<NextStepCode, "renewCertificateAtOffice" | "reissueCertificateAtOffice">;

/** Dates already formatted for the language, so texts never format dates themselves. */
/** The other readings whose stage can differ from the headline's, besides renewed / not renewed. */
export const DOUBT_ASSUMPTIONS = ["earlierBirthday", "issuedInWindow", "adultCard", "minorCard", "march1"] as const;
export type DoubtAssumption = (typeof DOUBT_ASSUMPTIONS)[number];

export interface DateWords {
  expiry: string;
  /** R-COUNTER-1: the window's first counter day (its start when the counter is open then), for
   *  "you can renew from" (review8 #7: never a closed day such as 12-31). */
  renewalOpens: string;
  graceEnds: string;
  lapses: string;
  /** null when no notice letter is sent (R-CARD-4); the letter's step is then not listed. */
  noticeFrom: string | null;
  noticeTo: string | null;
  card: string | null;
  cardRenewalOpens: string | null;
  /** R-INFER-3 / R-INFER-5: the two readings when whether the holder renewed is unknown. */
  renewal: RenewalWords | null;
  /** R-COUNTER-1: the last counter day on or before the expiry, and before the grace end. */
  lastCounterDay: string;
  graceLastCounterDay: string;
  /** R-COUNTER-1: the expiry is a day the counter is closed, so `lastCounterDay` comes before it. */
  expiryOnClosedDay: boolean;
}

/** The dates of R-INFER-3's question, formatted. `graceEndPassed`: the not-renewed reading's
 *  grace end is before today (so its sentences speak in the past). */
export interface RenewalWords {
  /** W1: "renewed or re-issued on or after this day?" (null for an expired card, R-INFER-5). */
  since: string | null;
  /** E1, and the end of its grace G1: the not-renewed reading. */
  firstExpiry: string;
  firstGraceEnds: string;
  graceEndPassed: boolean;
  /** What a renewal gives (the card's expiry for an adult card). */
  renewedExpiry: string;
  /** Which reading the headline follows. */
  headline: "renewed" | "notRenewed";
}

export interface TextContext {
  evaluation: Evaluation;
  dates: DateWords;
  /** Formats any ISO date for this language. */
  date: (iso: string) => string;
}

export interface Catalog {
  /** Field labels for error messages. */
  field: Record<string, string>;
  /** One actionable sentence per error code; `{field}` and params are filled in. */
  error: Record<InputErrorCode, string>;
  /** For `missing_input`, the sentence depends on which field is missing. */
  missingInput: Record<string, string>;
  stage: Record<Stage, (t: TextContext) => string>;
  daysLeft: Record<Stage, (days: number, t: TextContext) => string>;
  /** The reader's screens (shared/messages/reader.ts): the leaflet's words in ja, translations elsewhere. */
  reader: Record<ReaderScreen, ReaderScreenText>;
  capability: Record<Capability, string>;
  /** `joiner` sits between a capability and its answer: "：" in Japanese, ": " in English. */
  works: { yes: string; no: string; unknown: string; joiner: string };
  /** A capability's own answer where the general one would mislead (undefined: the general one). */
  worksFor: Partial<Record<Capability, (works: boolean | null, stage: Stage) => string | undefined>>;
  nextStep: Record<NextStepCode, (t: TextContext) => { title: string; detail: string }>;
  /**
   * Review7 #1b, O9 (R-CERT-1(b), R-CARD-6, R-CARD-4): where the card is the step while the
   * certificate ends before it (`certificateBridges`), the certificate's renewal or re-issue is an
   * optional bridge until the new card (or the card's extension, a stay-limited card): its title,
   * and a lead put before the step's own detail, with the day it would end (the card's expiry).
   */
  bridge: (code: BridgeStep, t: TextContext) => { title: string; lead: string };
  /**
   * Review8 #19 (R-COUNTER-1, R-CERT-4, R-INS-1): the renewal step once the last counter day
   * before the expiry has passed: the counter is closed until the expiry, so the next act is a
   * re-issue after it, and the card works for insurance until the grace end.
   */
  closedUntilExpiry: (t: TextContext) => { title: string; detail: string };
  caveat: Record<CaveatCode, (t: TextContext) => string>;
  /** R-INFER-3 / R-INFER-5: the sentence put before the stage sentence when it rests on an
   *  assumption ("this answer assumes you have (not) renewed since W1"). */
  condition: (renewal: RenewalWords) => string;
  /** R-INFER-4 / R-INFER-6 / R-INPUT-3 / R-AGE-2 / R-DATE-4: the sentence put before the stage
   *  sentence when a caveat's other reading (keyed by its `assumption`) gives another stage: what
   *  the headline assumed, and that the other answer is below. */
  assumed: Record<DoubtAssumption, string>;
  /**
   * R-INFER-4 (review finding 2): put first in the stage sentence when the card expiry typed is not
   * a birthday and no period of stay was given: check the card's date first; what follows assumes
   * the date is right and the card ends with the stay (R-INFER-6).
   */
  checkCardExpiry: string;
  /** R-INFER-4: before the detail of a stay-limited card's step in that case, so it reads as a condition. */
  ifStayCard: string;
  /**
   * Review7 #15 (R-DATE-6, R-CERT-3): put first in the stage sentence when the date typed as the
   * certificate's may be the card's (keyed by the caveat, readings.ts `certificateFieldDoubt`):
   * check which date it is; 「まで有効」 is the card's own expiry, the certificate's is the
   * handwritten box; if that is blank, enter the birth date and this date as the card expiry.
   * What follows takes the date as typed.
   */
  checkCertificateField: Record<CertificateFieldDoubt, string>;
  /** R-PARSE-3: a typed date accepted past its era's end; `{field}`, `{wareki}`, `{date}` filled in. */
  inputNote: { past_era_end: string };
  /** R-COUNTER-1: the last day at the counter (before the expiry; in grace, before its end),
   *  the note on opening days, and what joins a sentence to the one before it. */
  counter: {
    lastDay: (t: TextContext) => string;
    graceLastDay: (t: TextContext) => string;
    note: string;
    joiner: string;
  };
  alternative: (a: Alternative, t: TextContext) => string;
  /** Review8 #15 (R-INFER-6): after a stay-limited card's earlier reading that is still valid,
   *  when its renewal window opens (`date` formatted). */
  alternativeWindow: (date: string) => string;
  milestone: Record<MilestoneKind, string>;
}

/**
 * The API's own sentences beside the evaluation's, one object per language (messages/api/):
 * problem titles, the field errors the Worker raises before the rules, the calendar's words and
 * the badge's label.
 */
export interface ApiTexts {
  /** RFC 9457 `title` and `detail` of each problem kind. */
  problem: Record<ProblemKind, { title: string; detail: string }>;
  /** One actionable sentence per code the Worker raises itself; none quotes the input. */
  requestError: Record<RequestErrorCode, string>;
  /** The calendar file (shared/calendar): event titles of milestones come from `milestone`. */
  calendar: {
    calendarName: string;
    reminderSummary: string;
    renewalDetail: string;
    graceDetail: string;
    reminderDetail: string;
    /** R-COUNTER-1: the 「窓口へ」 event on the last counter day before the expiry. */
    lastCounterDaySummary: string;
    lastCounterDayDetail: string;
    /**
     * R-COUNTER-1: the 「窓口へ」 reminder one week (COUNTER_REMINDER_DAYS in
     * shared/rules/counter-days.ts; `certificate.counterReminderDay`) before the counter
     * deadline still ahead: the last counter day to renew, or the grace's last counter day.
     */
    counterSoonSummary: string;
    counterSoonDetail: string;
    /**
     * Review7 #9 (R-INS-1, R-COUNTER-1): the same reminder once it is counted from the grace's
     * last counter day: the expiry has passed, the re-issue keeps マイナ保険証 working.
     */
    graceCounterSoonSummary: string;
    graceCounterSoonDetail: string;
    /**
     * Review8 #1 (R-COUNTER-1, R-INS-1, R-INS-4): the grace's last counter day, when the grace ends
     * on a day the counter is closed: the last day to re-issue while マイナ保険証 still works.
     */
    graceLastCounterDaySummary: string;
    graceLastCounterDayDetail: string;
    /**
     * Review7 #12 (R-CARD-6, R-INFER-5): the new card's application reminder, five weeks before
     * the card ends (a card takes about a month); its detail is `newCardDetail`.
     */
    cardApplicationSummary: string;
    /**
     * Where the step is the card (shared/calendar/events.ts `CalendarAction`): the reminder's and
     * the last counter day's titles, then one detail for every event of the answer: a new card
     * (R-CARD-5, R-CARD-6), a stay-limited card to extend (R-CARD-4), an expired card (R-CERT-4,
     * R-INFER-5).
     */
    cardReminderSummary: string;
    cardLastCounterDaySummary: string;
    newCardDetail: string;
    extendCardDetail: string;
    /**
     * R-INFER-4, R-INFER-6 (review P1-D): `extendCardDetail` for a card expiry that is not a
     * birthday, which is most likely a typo and only maybe a stay-limited card: said as a
     * condition, as the page says it. Every language words it: the stay-limited detail alone would
     * state as a fact what is only one reading of the input.
     */
    extendCardIfStayDetail: string;
    cardExpiredDetail: string;
    /**
     * R-COUNTER-1 (review7 #1): the expiry's event on a day the counter is closed: the expiry does
     * not move, the grace begins, and the re-issue waits for the counter's next open day.
     */
    closedExpiryDetail: string;
    /** R-INFER-3, R-INFER-5, R-INFER-6: after every detail when the certificate's expiry is inferred. */
    unsureDetail: string;
    /** Before the checker's address in every event. */
    linkLine: string;
    alarm: string;
    /** Between a person's label and an event title in a list's calendar: "：" or ": ". */
    labelJoiner: string;
  };
  /** What the badge is about, before the stage name. */
  badgeLabel: string;
}

/**
 * One language's texts: its catalog and its API texts. The functions that word an answer take
 * them as an argument (`presentWith`, `errorMessageWith`, `calendarWordsWith`), so the Worker can
 * load a language's texts when a request asks for it (worker/lang-texts.ts) while the site and
 * the tests use every language at once (`CATALOGS`, `API_TEXTS`, shared/messages/index.ts).
 */
export interface LangTexts {
  catalog: Catalog;
  api: ApiTexts;
}
