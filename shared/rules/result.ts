/**
 * @module
 * The shape of an evaluation: what the rules engine returns and what the API sends (after
 * `present()` adds texts). Dates are ISO `YYYY-MM-DD` strings so the result is JSON as it is;
 * the engine computes with calendar dates (plain-date.ts, Temporal-checked) internally (R-DATE-1).
 */
import type { Lang } from "../lang/index.ts";
import type { ErrorCode } from "../problem/index.ts";

/** R-INS-2: the four stages, in the only order time can move through them. */
export const STAGES = ["valid", "renewal", "grace", "lapsed"] as const;
export type Stage = (typeof STAGES)[number];

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Which of the three accepted input combinations the answer was computed from (contract.md). */
export const ROUTES = ["certificateExpiry", "cardFace", "cardIssue"] as const;
export type Route = (typeof ROUTES)[number];

/** What the face-recognition card reader at a clinic shows (R-INS-2, R-INS-7). */
export const READER_SCREENS = ["normal", "renewalAlert", "qualificationOnly", "lapsed"] as const;
export type ReaderScreen = (typeof READER_SCREENS)[number];

/** Where a certificate expiry comes from: which rule limited it. */
export const EXPIRY_BASES = [
  "given", // typed in by the user (card box, マイナポータル, notice letter)
  "fifthBirthday", // R-CERT-1(a)
  "sixthBirthday", // R-CERT-3
  "cardExpiry", // R-CERT-1(b) / R-INFER-2: capped by or equal to the card
  "firstCertificate", // R-INFER-2: the same birthday five years before the card expiry
  "assumedRenewed", // R-INFER-3 / R-INFER-5: renewed on or after W1 assumed (runs to the card)
] as const;
export type ExpiryBasis = (typeof EXPIRY_BASES)[number];

export interface CertificateDates {
  expiresOn: IsoDate;
  /** R-RENEW-1: first day renewal is possible (fewer than 3 months remain). */
  renewalOpensOn: IsoDate;
  /** R-INS-1: last day the card still works (qualification only) as a health-insurance card. */
  graceEndsOn: IsoDate;
  /** R-RENEW-3: the notice letter usually arrives in this window (2–3 months before); null
   *  when none is sent (a card that ends with the period of stay, R-CARD-4, R-INFER-6). */
  noticeExpectedFrom: IsoDate | null;
  noticeExpectedTo: IsoDate | null;
  basis: ExpiryBasis;
  /** R-COUNTER-1: the latest municipal counter day on or before `expiresOn`. */
  lastCounterDay: IsoDate;
  /** R-COUNTER-1: the first counter day on or after `renewalOpensOn`. */
  firstCounterDay: IsoDate;
  /** R-COUNTER-1: the latest counter day on or before `graceEndsOn`. */
  graceLastCounterDay: IsoDate;
  /** R-COUNTER-1: the 「窓口へ」 reminder, a week before the counter deadline still ahead on
   *  `today` (`lastCounterDay`, once that has passed `graceLastCounterDay`), moved to the nearest
   *  open day; null once both have passed. It may be before `today` (the last week has begun). */
  counterReminderDay: IsoDate | null;
}

export interface CardDates {
  expiresOn: IsoDate;
  /** R-CARD-6: the card can be renewed from this day. */
  renewalOpensOn: IsoDate;
  /** 10 or 5 (R-CARD-1); null when the card ends with the period of stay (R-CARD-4). */
  validityYears: 10 | 5 | null;
  /** The issue date when it was given (route cardIssue). */
  issuedOn: IsoDate | null;
  /** True when the expiry was typed from the card face (route cardFace). */
  printed: boolean;
  /** R-COUNTER-1: the latest counter day on or before `expiresOn`. */
  lastCounterDay: IsoDate;
  /** R-COUNTER-1: the first counter day on or after `renewalOpensOn`. */
  firstCounterDay: IsoDate;
}

export const SIGNATURE_BOUNDS = ["exact", "atMost"] as const;
export type SignatureBound = (typeof SIGNATURE_BOUNDS)[number];

export interface SignatureCertificateDates {
  expiresOn: IsoDate;
  /** "exact" when computed from issue dates; "atMost" when only the user certificate is known
   *  (R-CERT-2(b): it never outlives the user certificate, and lapses early on a move, R-CERT-7). */
  bound: SignatureBound;
}

export const CAVEAT_CODES = [
  "renewalUnknown", // R-INFER-3 (contract.md)
  "thresholdTransition", // R-CARD-3
  "ageBoundary", // R-AGE-2
  "feb29", // R-DATE-4
  "signatureUncertain", // R-INFER-1 (age 19 on the card expiry)
  "adultByDayBefore", // R-INFER-1 (age 27 on the card expiry)
  "cardExpiryNotBirthday", // R-INFER-4
  "periodOfStay", // R-CARD-4, R-INFER-6
  "cardExpired", // R-INFER-5, R-INS-6
  "signatureOnRequest", // R-CERT-6: a card issued under 15; a signature certificate only if asked for
  "certificateDateNearWindow", // R-INPUT-3: a one-day typo would move the expiry by a year
  "cardExpiryInCertificateField", // R-DATE-6: the certificate field's text has the card face's 「まで有効」
  "certificateExpiryTooLate", // R-CERT-1, R-CERT-3: later than any certificate issued by today can end
  "expiryOnClosedDay", // R-COUNTER-1: the expiry is a closed day and does not move
  "holidaysProjected", // R-COUNTER-2: a holiday of a year not yet announced decided a counter day
  "holidaysOutsideFormula", // R-COUNTER-2: a day after 2099 (or before 1980)
] as const;
export type CaveatCode = (typeof CAVEAT_CODES)[number];

/** One other reading of the input, with the dates and the stage it would give. */
export interface Alternative {
  /** What this reading assumes, as a code the messages module turns into a sentence. */
  assumption: string;
  certificateExpiresOn?: IsoDate;
  cardExpiresOn?: IsoDate;
  graceEndsOn?: IsoDate;
  stage?: Stage;
  /**
   * R-COUNTER-1: the last counter day on or before this reading's `graceEndsOn` (a grace end on a
   * closed day, e.g. 12-31, does not move): present whenever `graceEndsOn` is.
   */
  graceLastCounterDay?: IsoDate;
}

/**
 * R-INFER-3: the one question that settles whether the holder renewed: "did you renew or
 * re-issue the certificate at the municipal office on or after `renewedOnOrAfter` (W1, the first
 * certificate's renewal-window start)?" Each answer is a `certificateExpiry` to send again.
 */
export interface RenewalQuestion {
  renewedOnOrAfter: IsoDate;
  ifYes: { certificateExpiry: IsoDate };
  ifNo: { certificateExpiry: IsoDate };
}

export interface Caveat {
  code: CaveatCode;
  rule: string;
  alternatives: Alternative[];
  /** Only on `renewalUnknown` (R-INFER-3). */
  question?: RenewalQuestion;
  /** Only on `feb29` (R-DATE-4): the convention the headline dates were counted with. */
  convention?: "feb28" | "mar1";
  /** Only on `holidaysProjected` (R-COUNTER-2): the counter days such a holiday decided, in
   *  order, so that a resident is not led to doubt a date of this year for one years ahead. */
  days?: IsoDate[];
}

export const MILESTONE_KINDS = [
  "noticeExpected",
  "renewalOpens",
  "certificateExpires",
  "graceStarts",
  "graceEnds",
  "lapses",
  "cardRenewalOpens",
  "cardExpires",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface Milestone {
  kind: MilestoneKind;
  date: IsoDate;
  /** Stage that begins on this day, when one does. */
  stageFrom: Stage | null;
  rule: string;
}

/** Things a person may want to do with the card; `works` says whether they can on `today`. */
export const CAPABILITIES = [
  "insuranceFull", // マイナ保険証 with 診療情報・薬剤情報 sharing
  "insuranceQualificationOnly",
  "myNaPortalLogin",
  "convenienceStoreCopies",
  "eTaxSignature",
  "photoId",
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const NEXT_STEP_CODES = [
  "nothingYet",
  "addReminder",
  "expectNoticeLetter",
  "renewCertificateAtOffice",
  "renewCard",
  "extendCardValidity", // R-CARD-4 / R-INFER-6: a stay-limited card is extended, not replaced
  "reissueCertificateAtOffice",
  "wait24Hours",
  "setUpSmartphoneAgain",
  "registerInsuranceAgain",
  "eligibilityCertificate",
  "showCardAtReception",
  "checkCertificateExpiry",
] as const;
export type NextStepCode = (typeof NEXT_STEP_CODES)[number];

export interface Evaluation {
  today: IsoDate;
  route: Route;
  stage: Stage;
  certificate: CertificateDates;
  card: CardDates | null;
  signatureCertificate: SignatureCertificateDates | null;
  /** Whole days from today to each date (negative when it is past). */
  daysUntil: { renewalOpens: number; certificateExpires: number; graceEnds: number; cardExpires: number | null };
  reader: ReaderScreen;
  /** `null`: this input cannot tell (e.g. the card's own expiry is unknown). */
  capabilities: Record<Capability, boolean | null>;
  nextSteps: NextStepCode[];
  timeline: Milestone[];
  caveats: Caveat[];
  /** The rule-set generation applied (R-NEXT-1). */
  ruleSet: string;
  /** IDs of the rules that produced this answer, for readers who want the why. */
  rules: string[];
  /** R-PARSE-3: typed dates that were read with a note (a date past its era's end, accepted as
   *  the same Gregorian date); present only when there is one. Added by the request parser. */
  inputNotes?: InputNote[];
}

/** R-PARSE-3: 「平成31年5月1日」 was read as 2019-05-01, which is 令和元年5月1日. */
export interface InputNote {
  field: string;
  code: "past_era_end";
  /** The date as read (ISO) and its name in the era it falls in. */
  date: IsoDate;
  wareki: string;
}

/** A validation problem, as a value (R-INPUT-1). `field` is the request field name. */
export interface FieldError {
  field: string;
  code: ErrorCode;
  /** Values the message may quote, e.g. a suggested date; never the raw input. */
  params?: Record<string, string>;
}

export type Outcome = { ok: true; evaluation: Evaluation } | { ok: false; errors: FieldError[] };

/**
 * An evaluation with the sentences a person reads, in one language (shared/messages/present.ts).
 * The codes stay beside the texts so clients can style or translate them differently.
 */
export interface PresentedEvaluation extends Evaluation {
  lang: Lang;
  text: {
    /** The stage in one sentence, e.g. "電子証明書は有効です。" */
    stage: string;
    /** Days left, in words: "有効期限まであと45日" / "grace ends in 3 days". */
    daysLeft: string;
    /** What the clinic's face-recognition reader shows (R-INS-2), like the leaflet draws it. */
    reader: { badge: string; heading: string; message: string; button: string };
    capabilities: { capability: Capability; works: boolean | null; text: string }[];
    nextSteps: { code: NextStepCode; title: string; detail: string }[];
    caveats: { code: CaveatCode; message: string; alternatives: string[] }[];
    timeline: { kind: MilestoneKind; date: IsoDate; label: string }[];
    /** R-COUNTER-1: 「窓口で手続きできる最後の日は…です。」 when that day comes before the deadline
     *  of the stage (the expiry; in grace, the grace end); null otherwise. */
    lastCounterDay: string | null;
    /** R-COUNTER-1: counters close on weekends, holidays and at the year end; offices differ. */
    counterNote: string;
    /** R-PARSE-3: one sentence per inputNotes entry; present only when there is one. */
    inputNotes?: string[];
  };
}
