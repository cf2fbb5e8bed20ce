/**
 * An independent reading of shared/domain/rules.md (v2) for the core outputs: stage, the
 * certificate's expiry, window and grace, the card expiry, the counter days, the signature
 * certificate, which caveats apply with their alternatives, and what the next steps must hold
 * (steps.ts). Written from the rule book and
 * examples.md alone, without the engine (shared/rules), so that the two can be compared.
 */
import {
  addMonths,
  counterClosed,
  type Day,
  day,
  endOfMonth,
  firstOpenOnOrAfter,
  isLeap,
  iso,
  lastOpenOnOrBefore,
  parseIso,
  ymd,
} from "./days.ts";
import { type StepSpec, stepSpec } from "./steps.ts";

export interface OracleInput {
  today: string;
  certificateExpiry?: string;
  birthDate?: string;
  cardExpiry?: string;
  cardIssuedOn?: string;
  applicationReceivedOn?: string;
  certificateIssuedOn?: string;
  periodOfStayEndsOn?: string;
}

export type Stage = "valid" | "renewal" | "grace" | "lapsed";
export type Convention = "feb28" | "march1";
/** R-INFER-3/5: which reading the headline took when whether the holder renewed is unknown. */
export type Basis = "firstCertificate" | "assumedRenewed";

export interface Alternative {
  certificateExpiresOn: string;
  graceEndsOn: string;
  graceLastCounterDay: string;
  stage: Stage;
  cardExpiresOn?: string;
}
export interface OracleCaveat {
  code: string;
  alternatives: Alternative[];
  /** R-INFER-3's question (renewalUnknown only) */
  question?: { renewedOnOrAfter: string; ifYes: string; ifNo: string };
}
export interface OracleResult {
  stage: Stage;
  certificate: {
    expiresOn: string;
    renewalOpensOn: string;
    graceEndsOn: string;
    noticeExpected: boolean;
    lastCounterDay: string;
    firstCounterDay: string;
    graceLastCounterDay: string;
    /** checked only when the renewal is unknown (R-INFER-3/5) */
    basis: Basis | null;
  };
  card: { expiresOn: string; renewalOpensOn: string; validityYears: 5 | 10 | null } | null;
  signatureCertificate: { expiresOn: string; bound: "exact" | "atMost" } | null;
  reader: "normal" | "renewalAlert" | "qualificationOnly" | "lapsed";
  capabilities: Record<
    | "insuranceFull"
    | "insuranceQualificationOnly"
    | "myNaPortalLogin"
    | "convenienceStoreCopies"
    | "eTaxSignature"
    | "photoId",
    boolean | null
  >;
  caveats: OracleCaveat[];
  /** what the next steps must and must not hold (test/oracle/steps.ts) */
  nextSteps: StepSpec;
}
export interface OracleError {
  /** params: R-INPUT-1/R-INFER-1's dates and age the message must name (ISO dates) */
  errors: { field: string; code: string; params?: Record<string, string | number> }[];
}

const FIRST_CARDS = day(2016, 1, 1); // R-INPUT-1
const ADULT_AGE_CHANGE = day(2022, 4, 1); // R-CARD-2
const TRANSITION_END = day(2022, 9, 30); // R-CARD-3

// ---- dates of a life (R-DATE-3, R-DATE-4, R-AGE-1) ----

interface Birth {
  y: number;
  m: number;
  d: number;
  at: Day;
  feb29: boolean;
}
const birthOf = (x: Day): Birth => {
  const [y, m, d] = ymd(x);
  return { y, m, d, at: x, feb29: m === 2 && d === 29 };
};

/** R-DATE-4: the birthday in year y; a Feb 29 birthday in a common year is Feb 28 or Mar 1. */
function birthdayIn(b: Birth, y: number, conv: Convention): Day {
  if (b.feb29 && !isLeap(y)) return conv === "feb28" ? day(y, 2, 28) : day(y, 3, 1);
  return day(y, b.m, b.d);
}

/** R-DATE-3: the n-th birthday strictly after `issued`. */
function nthBirthdayAfter(b: Birth, issued: Day, n: number, conv: Convention): Day {
  let y = ymd(issued)[0];
  if (birthdayIn(b, y, conv) <= issued) y++;
  return birthdayIn(b, y + n - 1, conv);
}

/** R-AGE-1: age N is reached on the attain day, the day before the N-th birthday (Feb 28 for a
 *  Feb 29 birth, leap year or not), and that whole day counts. */
function attainDay(b: Birth, n: number): Day {
  if (b.feb29) return day(b.y + n, 2, 28);
  return day(b.y + n, b.m, b.d) - 1;
}
const ageAtLeast = (b: Birth, n: number, on: Day) => on >= attainDay(b, n);

// ---- the certificate's calendar (R-RENEW-1, R-INS-1, R-INS-2) ----

/** R-RENEW-1: (expiry − 3 months, clamped) + 1 day. Also the card's (R-CARD-6). */
export const windowStart = (e: Day): Day => addMonths(e, -3) + 1;
/** R-INS-1: the last day of the third month after E's month. */
export function graceEnd(e: Day): Day {
  const [y, m] = ymd(e);
  const t = y * 12 + (m - 1) + 3;
  return endOfMonth(Math.floor(t / 12), (t % 12) + 1);
}
/** R-INS-2. */
export function stageOn(e: Day, today: Day): Stage {
  if (today < windowStart(e)) return "valid";
  if (today <= e) return "renewal";
  if (today <= graceEnd(e)) return "grace";
  return "lapsed";
}
const alternative = (e: Day, today: Day, card?: Day): Alternative => ({
  certificateExpiresOn: iso(e),
  graceEndsOn: iso(graceEnd(e)),
  graceLastCounterDay: iso(lastOpenOnOrBefore(graceEnd(e))), // R-COUNTER-1
  stage: stageOn(e, today),
  ...(card === undefined ? {} : { cardExpiresOn: iso(card) }),
});

// ---- the card (R-CARD-1..4) ----

interface CardReading {
  expiry: Day;
  years: 5 | 10;
  threshold: 18 | 20;
  /** adult only because the attain day counts (R-AGE-2) */
  byAttainDay: boolean;
}

/** R-CARD-2/3: the adult thresholds the dates allow, the first being the headline's. */
function thresholds(b: Birth, issued: Day, application: Day | null): (18 | 20)[] {
  if (application !== null) return [application >= ADULT_AGE_CHANGE ? 18 : 20];
  if (issued < ADULT_AGE_CHANGE) return [20];
  // The headline of the two is not in the rule book; the engine leads with the old rule's
  // (the earlier dates), and so does this reading (reported as a choice, not a finding).
  if (issued <= TRANSITION_END && ageAtLeast(b, 18, issued) && !ageAtLeast(b, 20, issued)) return [20, 18];
  return [18];
}

/** R-CARD-1 under each threshold the dates allow (R-CARD-3), before the stay cap. */
function cardReadings(b: Birth, issued: Day, application: Day | null, conv: Convention): CardReading[] {
  return thresholds(b, issued, application).map((threshold) => {
    const adult = ageAtLeast(b, threshold, issued);
    const years = adult ? 10 : 5;
    return {
      expiry: nthBirthdayAfter(b, issued, years, conv),
      years,
      threshold,
      byAttainDay: adult && issued === attainDay(b, threshold),
    };
  });
}

/** R-AGE-2: a card issued on the attain day of 18 or 20 while that threshold is possible is
 *  adult only because the attain day counts; the other reading is a 5-year card. */
function ageBoundaryReadings(b: Birth, issued: Day, application: Day | null, conv: Convention): CardReading[] {
  const possible18 = application !== null ? application >= ADULT_AGE_CHANGE : issued >= ADULT_AGE_CHANGE;
  const possible20 = application !== null ? application < ADULT_AGE_CHANGE : issued <= TRANSITION_END;
  const boundary =
    (possible18 && issued === attainDay(b, 18) && 18) || (possible20 && issued === attainDay(b, 20) && 20) || null;
  if (boundary === null) return [];
  return [{ expiry: nthBirthdayAfter(b, issued, 5, conv), years: 5, threshold: boundary, byAttainDay: false }];
}

// ---- one reading of a case under one Feb 29 convention ----

interface World {
  e: Day;
  /** how `e` was inferred when the renewal is unknown (R-INFER-3/5); null when not inferred */
  basis: Basis | null;
  card: Day | null;
  cardYears: 5 | 10 | null;
  noticeExpected: boolean;
  signature: { bound: "exact" | "atMost" } | null;
  caveats: OracleCaveat[];
}

/** R-INFER-2/3/5 and R-CERT-3/4: the user certificate from the first certificate E1 and the card
 *  C, or from a typed certificate issue day. */
function certificateFrom(
  b: Birth,
  e1: Day,
  card: Day,
  issuedCert: Day | null,
  today: Day,
  conv: Convention,
  caveats: OracleCaveat[],
): { e: Day; basis: Basis | null } {
  const w1 = windowStart(e1);
  if (issuedCert !== null) {
    // R-CERT-3: inside the old certificate's window → 6th birthday; else ordinary (R-CERT-4).
    const inWindow = issuedCert >= w1 && issuedCert <= e1;
    const e = Math.min(card, nthBirthdayAfter(b, issuedCert, inWindow ? 6 : 5, conv));
    // R-INPUT-3: a few days before the window start, one day's typo moves the expiry.
    if (issuedCert < w1 && issuedCert >= w1 - 7) {
      const other = Math.min(card, nthBirthdayAfter(b, w1, 6, conv));
      if (other !== e) caveats.push({ code: "certificateDateNearWindow", alternatives: [alternative(other, today)] });
    }
    if (card < today) caveats.push({ code: "cardExpired", alternatives: [] }); // R-INFER-5
    return { e, basis: null };
  }
  if (card < today) {
    // R-INFER-5: the card has expired; headline: renewed, ended with the card.
    const alts = today <= graceEnd(card) && e1 !== card ? [alternative(e1, today)] : [];
    caveats.push({ code: "cardExpired", alternatives: alts });
    return { e: card, basis: e1 !== card ? "assumedRenewed" : null };
  }
  if (e1 < today) {
    // R-INFER-3: not renewed while today ≤ G1, renewed after; the other reading as caveat.
    const notRenewed = today <= graceEnd(e1);
    const e = notRenewed ? e1 : card;
    // The question a person can answer: renewed on or after W1? Yes → C, no → E1.
    const question = { renewedOnOrAfter: iso(w1), ifYes: iso(card), ifNo: iso(e1) };
    caveats.push({ code: "renewalUnknown", alternatives: [alternative(notRenewed ? card : e1, today)], question });
    return { e, basis: notRenewed ? "firstCertificate" : "assumedRenewed" };
  }
  return { e: e1, basis: null };
}

/** R-CERT-6: the signature certificate of a card issued under 15. */
function underFifteenSignature(b: Birth, card: Day, today: Day): { bound: "atMost" } | null {
  const a15 = attainDay(b, 15);
  return today >= a15 && card >= a15 ? { bound: "atMost" } : null;
}

function issueWorld(input: Parsed, conv: Convention): World | OracleError {
  const b = input.birth as Birth;
  const issued = input.cardIssuedOn as Day;
  const stay = input.periodOfStayEndsOn;
  if (stay !== null && stay < issued)
    return { errors: [{ field: "periodOfStayEndsOn", code: "stay_before_card_issue" }] };
  if (stay !== null && input.cardExpiry !== null && stay < input.cardExpiry)
    return { errors: [{ field: "periodOfStayEndsOn", code: "stay_ends_before_card_expiry" }] };
  const readings = cardReadings(b, issued, input.applicationReceivedOn, conv);
  const ageAlt = ageBoundaryReadings(b, issued, input.applicationReceivedOn, conv);
  const capped = (r: CardReading) => (stay === null ? r.expiry : Math.min(stay, r.expiry));
  let match: CardReading | undefined;
  if (input.cardExpiry !== null) {
    // R-AGE-2: a printed card expiry equal to either reading is accepted and settles it.
    match = [...readings, ...ageAlt].find((r) => capped(r) === input.cardExpiry);
    if (match === undefined) return { errors: [{ field: "cardExpiry", code: "card_expiry_mismatch" }] };
  }
  const world = issueWorldWith(input, conv, match ?? readings[0]);
  if ("errors" in world && match === undefined) {
    // A typed certificate date that only the other reading allows settles it, as a printed
    // card expiry does (R-AGE-2): that reading, without a caveat.
    const settled = [...readings.slice(1), ...ageAlt].map((r) => issueWorldWith(input, conv, r));
    const ok = settled.find((w): w is World => !("errors" in w));
    if (ok !== undefined) return ok;
  }
  if ("errors" in world) return world;
  // R-AGE-2 for 15: a signature certificate only because the attain day counts (a printed
  // card expiry does not settle that).
  const fifteen = issued === attainDay(b, 15);
  if (match !== undefined) {
    if (fifteen) world.caveats.push({ code: "ageBoundary", alternatives: [] });
    return world;
  }
  const other = (code: string, r: CardReading) => {
    if (capped(r) === capped(readings[0])) return;
    const alt = issueWorldWith(input, conv, r);
    // A typed certificate date that the other reading cannot have settles it: no caveat.
    if ("errors" in alt) return;
    world.caveats.push({ code, alternatives: [alternative(alt.e, input.today, alt.card ?? undefined)] });
  };
  // R-CARD-3: issued 2022-04-01..09-30 at 18 or 19, application date unknown: both expiries.
  if (readings.length > 1) other("thresholdTransition", readings[1]);
  // R-AGE-2: issued on the attain day of 18 or 20: the 5-year card too.
  if (ageAlt.length > 0) other("ageBoundary", ageAlt[0]);
  else if (fifteen) world.caveats.push({ code: "ageBoundary", alternatives: [] });
  return world;
}

/** The issue route once the card's reading is chosen (R-CARD-1/4, R-CERT-1..6, R-INFER-3/5). */
function issueWorldWith(input: Parsed, conv: Convention, head: CardReading): World | OracleError {
  const b = input.birth as Birth;
  const issued = input.cardIssuedOn as Day;
  const stay = input.periodOfStayEndsOn;
  const caveats: OracleCaveat[] = [];
  const card = stay === null ? head.expiry : Math.min(stay, head.expiry);
  const stayLimited = stay !== null && stay < head.expiry;
  const cert = input.certificateIssuedOn;
  if (cert !== null) {
    if (cert < issued) return { errors: [{ field: "certificateIssuedOn", code: "certificate_issued_before_card" }] };
    if (cert > card)
      return { errors: [{ field: "certificateIssuedOn", code: "certificate_issued_after_card_expiry" }] };
  }
  if (input.certificateExpiry !== null && input.certificateExpiry > card)
    return { errors: [{ field: "certificateExpiry", code: "certificate_outlives_card" }] };
  if (cert !== null && input.certificateExpiry !== null && input.certificateExpiry < cert)
    return { errors: [{ field: "certificateIssuedOn", code: "certificate_issued_after_expiry" }] };
  const e1 = Math.min(card, nthBirthdayAfter(b, issued, 5, conv));
  let e: Day;
  let basis: Basis | null = null;
  if (input.certificateExpiry !== null) {
    e = input.certificateExpiry;
    if (card < input.today) caveats.push({ code: "cardExpired", alternatives: [] });
  } else ({ e, basis } = certificateFrom(b, e1, card, cert, input.today, conv, caveats));
  // R-CARD-4: a fixed period of stay is noted, whether or not it ends the card.
  if (stay !== null) caveats.push({ code: "periodOfStay", alternatives: [] });
  const adultSig = ageAtLeast(b, 15, issued);
  const signature = adultSig ? { bound: "exact" as const } : underFifteenSignature(b, card, input.today);
  if (!adultSig && signature !== null) caveats.push({ code: "signatureOnRequest", alternatives: [] });
  return {
    e,
    basis,
    card,
    cardYears: stayLimited ? null : head.years,
    noticeExpected: !(stayLimited && e === card),
    signature,
    caveats,
  };
}

interface Possible {
  issued: Day;
  threshold: 18 | 20;
  byAttainDay: boolean;
}

/** R-INFER-1's possibility test: the issue days in [L, U] ∩ [2016-01-01, today] that give C. */
function possibleIssues(b: Birth, c: Day, n: 5 | 10, input: Parsed, conv: Convention, bounded = true): Possible[] {
  const cy = ymd(c)[0];
  if (birthdayIn(b, cy, conv) !== c) return [];
  // A card is issued on or after the birth (R-INPUT-1) and its application; `bounded: false`
  // drops (b).
  const first = bounded ? FIRST_CARDS : Number.NEGATIVE_INFINITY;
  const lo = Math.max(birthdayIn(b, cy - n, conv), b.at, first, input.applicationReceivedOn ?? first);
  const hi = Math.min(birthdayIn(b, cy - n + 1, conv) - 1, bounded ? input.today : Number.POSITIVE_INFINITY);
  const out: Possible[] = [];
  for (let i = lo; i <= hi; i++)
    for (const r of cardReadings(b, i, input.applicationReceivedOn, conv))
      if (r.years === n) out.push({ issued: i, threshold: r.threshold, byAttainDay: r.byAttainDay });
  return out;
}

/** R-INFER-4: C is a birthday (Feb 28 or Mar 1 in a common year for a Feb 29 birth). */
function isBirthday(b: Birth, c: Day): boolean {
  const y = ymd(c)[0];
  return birthdayIn(b, y, "feb28") === c || birthdayIn(b, y, "march1") === c;
}

function faceWorld(input: Parsed, conv: Convention): World | OracleError {
  const b = input.birth as Birth;
  const c = input.cardExpiry as Day;
  const stay = input.periodOfStayEndsOn;
  const caveats: OracleCaveat[] = [];
  if (stay !== null && stay < c)
    return { errors: [{ field: "periodOfStayEndsOn", code: "period_of_stay_before_card" }] };
  const cert = input.certificateIssuedOn;
  if (cert !== null && cert > c)
    return { errors: [{ field: "certificateIssuedOn", code: "certificate_issued_after_card_expiry" }] };
  if (input.certificateExpiry !== null && input.certificateExpiry > c)
    return { errors: [{ field: "certificateExpiry", code: "certificate_outlives_card" }] };
  if (!isBirthday(b, c) || (stay !== null && stay === c)) {
    // R-INFER-6: issued on or after 2016-01-01, so a card ending before then cannot be.
    if (c <= FIRST_CARDS) return { errors: [{ field: "cardExpiry", code: "impossible_card_age" }] };
    // R-INFER-6: a stay-limited card; the issue day is unknown.
    if (!isBirthday(b, c) && stay === null) caveats.push({ code: "cardExpiryNotBirthday", alternatives: [] });
    const cy = ymd(c)[0];
    let lastBirthday = birthdayIn(b, cy, conv);
    if (lastBirthday >= c) lastBirthday = birthdayIn(b, cy - 1, conv);
    let e = c;
    if (input.certificateExpiry !== null) e = input.certificateExpiry;
    else if (cert !== null) e = Math.min(c, nthBirthdayAfter(b, cert, 5, conv));
    if (c < input.today) caveats.push({ code: "cardExpired", alternatives: [] }); // R-INFER-5
    // R-INFER-3 (last point): a certificate date the user gives beats the earlier-birthday reading.
    const given = input.certificateExpiry !== null || cert !== null;
    caveats.push({ code: "periodOfStay", alternatives: given ? [] : [alternative(lastBirthday, input.today)] });
    // R-CERT-6: the issue day is unknown, but it is on or after 2016-01-01 and, since a card
    // is never extended past its R-CARD-1 date (R-CARD-4), a card issued under 15 (a 5-year
    // card, R-CARD-1) reaches C only if issued late enough: the last issue day under 15 gives
    // the latest such card. When none can reach C, it was issued at 15 or older (review8 #3).
    const a15 = attainDay(b, 15);
    const lastUnder15 = Math.min(input.today, a15 - 1);
    const under15 = lastUnder15 >= Math.max(FIRST_CARDS, b.at) && nthBirthdayAfter(b, lastUnder15, 5, conv) >= c;
    const signature =
      !under15 && a15 <= input.today ? { bound: "exact" as const } : underFifteenSignature(b, c, input.today);
    if (signature?.bound === "atMost") caveats.push({ code: "signatureOnRequest", alternatives: [] });
    return { e, basis: null, card: c, cardYears: null, noticeExpected: false, signature, caveats };
  }
  let n: 5 | 10 = 5;
  let possible = possibleIssues(b, c, 5, input, conv);
  if (possible.length === 0) {
    n = 10;
    possible = possibleIssues(b, c, 10, input, conv);
  }
  if (possible.length === 0) {
    // R-INFER-1: the message names the age on C and, where an issue day would exist but for
    // today or 2016-01-01, the earliest one.
    const params: Record<string, string | number> = { age: ymd(c)[0] - b.y };
    const unbounded = [...possibleIssues(b, c, 5, input, conv, false), ...possibleIssues(b, c, 10, input, conv, false)];
    if (unbounded.length > 0) params.earliestIssue = iso(Math.min(...unbounded.map((x) => x.issued)));
    return { errors: [{ field: "cardExpiry", code: "impossible_card_age", params }] };
  }
  const earliest = possible[0].issued;
  if (cert !== null && cert < earliest)
    return {
      errors: [
        { field: "certificateIssuedOn", code: "certificate_issued_before_card", params: { earliest: iso(earliest) } },
      ],
    };
  // R-INFER-2: a 5-year card's first certificate ends with it; a 10-year card's 5 birthdays earlier.
  const e1 = n === 5 ? c : birthdayIn(b, ymd(c)[0] - 5, conv);
  let e: Day;
  let basis: Basis | null = null;
  if (input.certificateExpiry !== null) {
    e = input.certificateExpiry;
    if (c < input.today) caveats.push({ code: "cardExpired", alternatives: [] });
  } else ({ e, basis } = certificateFrom(b, e1, c, cert, input.today, conv, caveats));
  // R-INFER-1 bands: a signature certificate with the card iff issued at 15 or older.
  const withSig = possible.map((p) => ageAtLeast(b, 15, p.issued));
  const allSig = withSig.every(Boolean);
  if (!allSig && withSig.some(Boolean)) caveats.push({ code: "signatureUncertain", alternatives: [] });
  if (possible.every((p) => p.byAttainDay)) caveats.push({ code: "adultByDayBefore", alternatives: [] });
  const signature = allSig ? { bound: "exact" as const } : underFifteenSignature(b, c, input.today);
  if (!allSig && signature !== null) caveats.push({ code: "signatureOnRequest", alternatives: [] });
  // R-INFER-6: a stay end later than a birthday C is an ordinary card, "the stay noted" (the
  // note the issue route gives, without an alternative: the stay does not end this card).
  if (stay !== null) caveats.push({ code: "periodOfStay", alternatives: [] });
  return { e, basis, card: c, cardYears: n, noticeExpected: !(stay !== null && stay === c), signature, caveats };
}

// ---- the whole answer ----

interface Parsed {
  today: Day;
  certificateExpiry: Day | null;
  birth: Birth | null;
  cardExpiry: Day | null;
  cardIssuedOn: Day | null;
  applicationReceivedOn: Day | null;
  certificateIssuedOn: Day | null;
  periodOfStayEndsOn: Day | null;
}

function parse(input: OracleInput): Parsed {
  const d = (s?: string) => (s === undefined ? null : parseIso(s));
  const birth = d(input.birthDate);
  return {
    today: parseIso(input.today),
    certificateExpiry: d(input.certificateExpiry),
    birth: birth === null ? null : birthOf(birth),
    cardExpiry: d(input.cardExpiry),
    cardIssuedOn: d(input.cardIssuedOn),
    applicationReceivedOn: d(input.applicationReceivedOn),
    certificateIssuedOn: d(input.certificateIssuedOn),
    periodOfStayEndsOn: d(input.periodOfStayEndsOn),
  };
}

/** R-INPUT-1's simple checks, before any reading. */
function inputErrors(p: Parsed): { field: string; code: string }[] {
  const errors: { field: string; code: string }[] = [];
  const b = p.birth?.at ?? null;
  if (b !== null && b > p.today) errors.push({ field: "birthDate", code: "birth_date_in_future" });
  if (p.cardIssuedOn !== null) {
    if (p.cardIssuedOn < FIRST_CARDS) errors.push({ field: "cardIssuedOn", code: "card_issued_before_first_cards" });
    else if (b !== null && p.cardIssuedOn < b) errors.push({ field: "cardIssuedOn", code: "card_issued_before_birth" });
    else if (p.cardIssuedOn > p.today) errors.push({ field: "cardIssuedOn", code: "card_issued_in_future" });
  }
  if (p.certificateIssuedOn !== null && p.certificateIssuedOn > p.today)
    errors.push({ field: "certificateIssuedOn", code: "certificate_issued_in_future" });
  if (p.cardExpiry !== null && b !== null && p.cardExpiry <= b)
    errors.push({ field: "cardExpiry", code: "card_expiry_not_after_birth" });
  return errors;
}

function worldOf(p: Parsed, conv: Convention): World | OracleError {
  if (p.birth !== null && p.cardIssuedOn !== null) return issueWorld(p, conv);
  if (p.birth !== null && p.cardExpiry !== null) return faceWorld(p, conv);
  const e = p.certificateExpiry as Day;
  return {
    e,
    basis: null,
    card: null,
    cardYears: null,
    noticeExpected: true,
    signature: { bound: "atMost" },
    caveats: [],
  };
}

/** R-DATE-4: on the card-face route a C in a common year shows the convention used. */
function conventions(p: Parsed): Convention[] {
  if (!p.birth?.feb29 || (p.cardIssuedOn === null && p.cardExpiry === null)) return ["feb28"];
  if (p.cardIssuedOn === null && p.cardExpiry !== null) {
    const [y, m, d] = ymd(p.cardExpiry);
    if (!isLeap(y) && m === 3 && d === 1) return ["march1"];
    if (!isLeap(y) && m === 2 && d === 28) return ["feb28"];
  }
  return ["feb28", "march1"];
}

export function oracle(input: OracleInput): OracleResult | OracleError {
  const p = parse(input);
  const errors = inputErrors(p);
  if (errors.length > 0) return { errors };
  const convs = conventions(p);
  let world = worldOf(p, convs[0]);
  let other = convs.length > 1 ? worldOf(p, convs[1]) : null;
  if ("errors" in world && other !== null && !("errors" in other)) {
    // R-DATE-4: only the other convention makes the face possible.
    world = other;
    other = null;
  }
  if ("errors" in world) return world;
  const e = world.e;
  const today = p.today;
  const caveats = [...world.caveats];
  // R-DATE-4: only where a date was computed from the birthday.
  const fromBirthday = p.cardIssuedOn !== null || (p.cardExpiry !== null && p.certificateExpiry === null);
  if (p.birth?.feb29 && fromBirthday) {
    const alts: Alternative[] = [];
    if (other !== null && !("errors" in other) && (other.e !== e || other.card !== world.card))
      alts.push(alternative(other.e, today, other.card ?? undefined));
    caveats.push({ code: "feb29", alternatives: alts });
  }
  // R-CERT-1 / R-CERT-3 (review7 #15, certfield's reading, session 8): a typed certificate
  // expiry after the latest any certificate issued on or before today can have is still answered
  // as typed (R-INPUT-2), with a caveat first that carries the date read as the card's expiry.
  if (p.certificateExpiry !== null && p.certificateExpiry > latestCertificateExpiry(p.birth, today))
    caveats.unshift({ code: "certificateExpiryTooLate", alternatives: asCardReadings(input, p.certificateExpiry) });
  if (counterClosed(e)) caveats.push({ code: "expiryOnClosedDay", alternatives: [] });
  const w = windowStart(e);
  const g = graceEnd(e);
  return {
    stage: stageOn(e, today),
    certificate: {
      expiresOn: iso(e),
      renewalOpensOn: iso(w),
      graceEndsOn: iso(g),
      noticeExpected: world.noticeExpected,
      lastCounterDay: iso(lastOpenOnOrBefore(e)),
      firstCounterDay: iso(firstOpenOnOrAfter(w)),
      graceLastCounterDay: iso(lastOpenOnOrBefore(g)),
      basis: world.basis,
    },
    card:
      world.card === null
        ? null
        : { expiresOn: iso(world.card), renewalOpensOn: iso(windowStart(world.card)), validityYears: world.cardYears },
    signatureCertificate: world.signature === null ? null : { expiresOn: iso(e), bound: world.signature.bound },
    ...uses(stageOn(e, today), world, today),
    caveats,
    nextSteps: stepSpec({
      today,
      stage: stageOn(e, today),
      e,
      card: world.card,
      // R-CARD-4/R-INFER-6: a card that ends with the stay has no validity in years.
      stayLimited: world.card !== null && world.cardYears === null,
      noticeExpected: world.noticeExpected,
      cardWindowStart: world.card === null ? null : windowStart(world.card),
    }),
  };
}

/**
 * R-CERT-3: a certificate runs at most to the 6th birthday after its issue (R-DATE-3: strictly
 * after), and it was issued on or before today, so no expiry is later than the 6th birthday after
 * today, under either Feb 29 convention (R-DATE-4). Without a birth date, the latest over every
 * birth date: a birthday on today's month and day, or a Feb 29 one.
 */
function latestCertificateExpiry(birth: Birth | null, today: Day): Day {
  const [, m, d] = ymd(today);
  const births = birth !== null ? [birth] : [birthOf(day(2000, m, d)), birthOf(day(2000, 2, 29))];
  const convs: Convention[] = ["feb28", "march1"];
  return Math.max(...births.flatMap((b) => convs.map((c) => nthBirthdayAfter(b, today, 6, c))));
}

/**
 * The same input with the typed date as the card's printed expiry (the card-face route, or the
 * issue route checking it), when there is a birth date and no other card expiry: its headline
 * certificate and the other side of its renewed-or-not question, except a reading whose
 * certificate is the typed date itself.
 */
function asCardReadings(input: OracleInput, typed: Day): Alternative[] {
  if (input.birthDate === undefined || (input.cardExpiry !== undefined && parseIso(input.cardExpiry) !== typed))
    return [];
  const { certificateExpiry: _, ...rest } = input;
  const card = oracle({ ...rest, cardExpiry: iso(typed) });
  if ("errors" in card) return [];
  const today = parseIso(input.today);
  const open = card.caveats.find(
    (c) => (c.code === "renewalUnknown" || c.code === "cardExpired") && c.alternatives.length > 0,
  );
  const ends = [
    parseIso(card.certificate.expiresOn),
    ...(open?.alternatives ?? []).map((a) => parseIso(a.certificateExpiresOn)),
  ];
  return ends.filter((e) => e !== typed).map((e) => alternative(e, today, typed));
}

const READER = { valid: "normal", renewal: "renewalAlert", grace: "qualificationOnly", lapsed: "lapsed" } as const;

/** R-INS-2/3 (and R-INS-7 for the alert): what works on the day, from the stage. */
function uses(stage: Stage, world: World, today: Day): Pick<OracleResult, "reader" | "capabilities"> {
  const full = stage === "valid" || stage === "renewal";
  const sig = world.signature;
  return {
    reader: READER[stage],
    capabilities: {
      insuranceFull: full,
      insuranceQualificationOnly: full || stage === "grace",
      myNaPortalLogin: full,
      convenienceStoreCopies: full,
      // R-CERT-2: it never outlives the user certificate; `atMost` exists only if asked for.
      eTaxSignature: sig === null || !full ? false : sig.bound === "exact" ? true : null,
      // The card itself is photo ID while valid (R-INS-3); a working certificate implies a valid card.
      photoId: world.card !== null ? today <= world.card : full ? true : null,
    },
  };
}

/** The card the rules give for an issue day (the headline reading), for generating realistic faces. */
export function cardFor(birthDate: string, issuedOn: string, application?: string): string {
  const b = birthOf(parseIso(birthDate));
  const r = cardReadings(b, parseIso(issuedOn), application === undefined ? null : parseIso(application), "feb28");
  return iso(r[0].expiry);
}

/** R-CERT-1: the certificate issued with the card (for generating dates near its window). */
export function firstCertificateFor(birthDate: string, issuedOn: string, card: string): string {
  const b = birthOf(parseIso(birthDate));
  return iso(Math.min(parseIso(card), nthBirthdayAfter(b, parseIso(issuedOn), 5, "feb28")));
}
