/**
 * @module
 * The engine: (input, today) → evaluation. Pure: no clock, no I/O; bad input is returned as
 * errors, never thrown (R-INPUT-1). `today` is Tokyo's date, passed in (R-DATE-1).
 */

import type { HolidayCalendar } from "../holidays/calendar.ts";
import { isLeapDay } from "./birthdays.ts";
import { capabilitiesOn } from "./capabilities.ts";
import { certificateFieldCaveats, withCertificateCheck } from "./certificate-field.ts";
import { evaluationCounterDays, evaluationCounterReminder, lastCounterDayByTable } from "./counter-days.ts";
import { cardExpiredCaveat, feb29Caveat, printedConvention } from "./date-caveats.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { type CardFaceInput, fromCardFace } from "./from-card-face.ts";
import { type CardIssueInput, fromCardIssue } from "./from-card-issue.ts";
import { fromCertificateExpiry } from "./from-certificate-expiry.ts";
import { withGivenCertificateExpiry } from "./given-certificate.ts";
import { checkInput } from "./input-checks.ts";
import { nextSteps } from "./next-steps.ts";
import { epochDay, type PlainDate, plainDate } from "./plain-date.ts";
import type { Caveat, Evaluation, Outcome } from "./result.ts";
import { CARD_2016, type RuleSet } from "./rule-set.ts";
import type { Situation } from "./situation.ts";
import { insertSortedOnce } from "./sorted-once.ts";
import { READER_SCREEN, stageAmong } from "./stage.ts";
import { milestones } from "./timeline.ts";
import { graceEndsOn, noticeWindow, renewalOpensOn } from "./windows.ts";

export type { EvaluateInput };

type Settled = { ok: true; situation: Situation } | Extract<Outcome, { ok: false }>;

/** Picks the route (contract.md "Accepted combinations"), most precise first. */
function settle(input: EvaluateInput, today: PlainDate, rules: RuleSet): Settled {
  const { birthDate, cardIssuedOn, cardExpiry, certificateExpiry } = input;
  if (birthDate && cardIssuedOn) {
    // The input itself, its two dates known to be there: no copy (it is read, never changed).
    const outcome = fromCardIssue(input as CardIssueInput, today, rules);
    if (!outcome.consistent) return { ok: false, errors: [outcome.error] };
    return { ok: true, situation: outcome.situation };
  }
  if (birthDate && cardExpiry) {
    const outcome = fromCardFace(input as CardFaceInput, today, rules);
    if (!outcome.possible) return { ok: false, errors: [outcome.error] };
    return { ok: true, situation: outcome.situation };
  }
  if (certificateExpiry)
    return { ok: true, situation: fromCertificateExpiry(certificateExpiry, input.periodOfStayEndsOn) };
  const field = birthDate ? "cardExpiry" : cardExpiry || cardIssuedOn ? "birthDate" : "certificateExpiry";
  return { ok: false, errors: [{ field, code: "missing_input" }] };
}

/** The route's situation, with a typed certificate expiry put in (it beats any inference). */
function situate(input: EvaluateInput, today: PlainDate, rules: RuleSet): Settled {
  const settled = settle(input, today, rules);
  if (!settled.ok || !input.certificateExpiry || settled.situation.route === "certificateExpiry") return settled;
  return { ok: true, situation: withGivenCertificateExpiry(settled.situation, input.certificateExpiry, today, rules) };
}

/** What an evaluation leaves out, for callers that drop it anyway. */
export interface EvaluateOptions {
  /** false: no `timeline` (the compact batch answer, issue 12; each of its dates is in
   *  `certificate` and `card` already). The other fields are the same as with it. */
  timeline?: boolean;
}

/** An evaluation without its timeline, as `evaluate(…, { timeline: false })` returns it. */
export type EvaluationWithoutTimeline = Omit<Evaluation, "timeline">;
export type OutcomeWithoutTimeline =
  | { ok: true; evaluation: EvaluationWithoutTimeline }
  | Extract<Outcome, { ok: false }>;

/**
 * `holidays` is Japan's holiday calendar (R-COUNTER-2; shared/holidays `JAPAN_HOLIDAYS` as
 * shipped), given like `today` so the engine stays pure and tests can make one up.
 */
export function evaluate(
  input: EvaluateInput,
  today: PlainDate,
  holidays: HolidayCalendar,
  rules?: RuleSet,
  options?: EvaluateOptions & { timeline?: true },
): Outcome;
export function evaluate(
  input: EvaluateInput,
  today: PlainDate,
  holidays: HolidayCalendar,
  rules: RuleSet,
  options: EvaluateOptions & { timeline: false },
): OutcomeWithoutTimeline;
export function evaluate(
  input: EvaluateInput,
  today: PlainDate,
  holidays: HolidayCalendar,
  rules?: RuleSet,
  options?: EvaluateOptions,
): Outcome | OutcomeWithoutTimeline;
export function evaluate(
  input: EvaluateInput,
  today: PlainDate,
  holidays: HolidayCalendar,
  rules: RuleSet = CARD_2016,
  options: EvaluateOptions = {},
): Outcome | OutcomeWithoutTimeline {
  const errors = checkInput(input, today, rules);
  if (errors.length > 0) return { ok: false, errors };
  // R-DATE-4: a printed C in a common year shows the convention; otherwise Feb 28 (Decisions),
  // unless only Mar 1 makes the card face possible.
  const printed = printedConvention(input);
  let used: RuleSet = printed ? { ...rules, feb29: printed } : rules;
  let settled = situate(input, today, used);
  const open = !printed && !!input.birthDate && isLeapDay(input.birthDate);
  const marchFirst: RuleSet | null = open ? { ...rules, feb29: "mar1" } : null;
  if (!settled.ok && marchFirst) {
    const recounted = situate(input, today, marchFirst);
    if (recounted.ok) [settled, used] = [recounted, marchFirst];
  }
  if (!settled.ok) return settled;
  const situation = settled.situation;
  const recount =
    marchFirst && used.feb29 === "feb28"
      ? () => {
          const other = situate(input, today, marchFirst);
          return other.ok ? other.situation : null;
        }
      : null;
  // Review7 #15 (R-DATE-6, R-CERT-3): the date typed as the certificate's may be the card's; its
  // other answer is the engine's own to that input (no certificate expiry in it: no recursion).
  const caveats: Caveat[] = certificateFieldCaveats(input, today, used, (other) => {
    const outcome = evaluate(other, today, holidays, rules, { timeline: false });
    return outcome.ok ? outcome.evaluation : null;
  });
  for (const caveat of situation.caveats) caveats.push(caveat);
  const feb29 = feb29Caveat(situation, input, today, used, recount);
  if (feb29) caveats.push(feb29);
  const expired = cardExpiredCaveat(situation, today);
  if (expired) caveats.push(expired);
  return { ok: true, evaluation: conclude(situation, caveats, today, used, holidays, options.timeline !== false) };
}

/** The rules every evaluation cites besides its route's (R-RENEW-1, R-INS-*, R-COUNTER-*). */
const ALWAYS_CITED = ["R-RENEW-1", "R-INS-1", "R-INS-2", "R-COUNTER-1", "R-COUNTER-2"];

/** The route's rules and ALWAYS_CITED, each once, sorted (as `[...new Set(all)].sort()`). */
export function citedRules(routeRules: readonly string[]): string[] {
  // A route's list is one of a few dozen that the route code builds, the same for most items
  // of a batch: each list's answer is worked out once and copied (a 10-element copy against an
  // insertion sort of string IDs, 2–3 % of workerd's profile of the compact batch). Lists are
  // remembered by their IDs in a tree, one node per list prefix, up to MAX_CITED_NODES nodes;
  // past that (no route builds so many) a list is sorted each time.
  let node: CitedNode | undefined = CITED_ROOT;
  for (let i = 0; i < routeRules.length && node; i++) {
    const id = routeRules[i]!;
    let next: CitedNode | undefined = node.next.get(id);
    if (!next && citedNodes < MAX_CITED_NODES) {
      next = { next: new Map(), cited: null };
      node.next.set(id, next);
      citedNodes++;
    }
    node = next;
  }
  if (!node) return sortCited(routeRules);
  node.cited ??= sortCited(routeRules);
  return node.cited.slice();
}

interface CitedNode {
  next: Map<string, CitedNode>;
  /** citedRules of the list that ends at this node, once asked for. */
  cited: string[] | null;
}
const CITED_ROOT: CitedNode = { next: new Map(), cited: null };
const MAX_CITED_NODES = 1_024;
let citedNodes = 0;

/** citedRules without the tree: insertion into a sorted list (about ten short IDs). */
function sortCited(routeRules: readonly string[]): string[] {
  const cited: string[] = [];
  for (const id of routeRules) insertSortedOnce(cited, id);
  for (const id of ALWAYS_CITED) insertSortedOnce(cited, id);
  return cited;
}

/** A date's day number (days since 1970-01-01): differences of two are `daysBetween`. */
const dayNumber = (date: PlainDate): number => epochDay(date.year, date.month, date.day);

/**
 * Everything that follows from the settled dates on `today`, each date computed once: the
 * windows (R-RENEW-1, R-RENEW-3, R-INS-1), the stage (R-INS-2), the counter days (R-COUNTER-1).
 * The keys are in the order the API has always sent them.
 */
function conclude(
  situation: Situation,
  caveats: Caveat[],
  today: PlainDate,
  rules: RuleSet,
  holidays: HolidayCalendar,
  withTimeline: boolean,
): Evaluation | EvaluationWithoutTimeline {
  const expiry = situation.certificate.expiresOn;
  const renewal = renewalOpensOn(expiry, rules);
  const grace = graceEndsOn(expiry, rules);
  // R-CARD-4 / R-INFER-6: no letter is sent for a period-of-stay expiry: no dates for one.
  const notice = situation.noticeLetterExpected ? noticeWindow(expiry, rules) : null;
  const stage = stageAmong(today, renewal, expiry, grace);
  const card = situation.card;
  const cardDates = card && { expiresOn: card.expiresOn, renewalOpensOn: renewalOpensOn(card.expiresOn, rules) };
  const counters = evaluationCounterDays(
    { expiresOn: expiry, renewalOpensOn: renewal, graceEndsOn: grace },
    cardDates,
    holidays,
  );
  for (const caveat of counters.caveats) caveats.push(caveat);
  const todayNumber = dayNumber(today);
  // R-COUNTER-1 (review finding 5): another reading's grace end may fall on a closed day too
  // (R-INFER-6's earlier birthday, 2026-09-09 → 12-31): its last counter day travels with it.
  for (const caveat of caveats)
    for (const alt of caveat.alternatives)
      if (alt.graceEndsOn)
        alt.graceLastCounterDay = lastCounterDayByTable(plainDate(alt.graceEndsOn), holidays).toString();
  // Built in the order of the keys, the last ones assigned after the optional timeline.
  const evaluation: Omit<Evaluation, "timeline" | "caveats" | "ruleSet" | "rules"> & Partial<Evaluation> = {
    today: today.toString(),
    route: situation.route,
    stage,
    certificate: {
      expiresOn: expiry.toString(),
      renewalOpensOn: renewal.toString(),
      graceEndsOn: grace.toString(),
      noticeExpectedFrom: notice?.from.toString() ?? null,
      noticeExpectedTo: notice?.to.toString() ?? null,
      basis: situation.certificate.basis,
      lastCounterDay: counters.certificate.lastCounterDay.toString(),
      firstCounterDay: counters.certificate.firstCounterDay.toString(),
      graceLastCounterDay: counters.certificate.graceLastCounterDay.toString(),
      counterReminderDay: evaluationCounterReminder(counters.certificate, today, holidays)?.toString() ?? null,
    },
    card: card &&
      cardDates &&
      counters.card && {
        expiresOn: card.expiresOn.toString(),
        renewalOpensOn: cardDates.renewalOpensOn.toString(),
        validityYears: card.validityYears,
        issuedOn: card.issuedOn?.toString() ?? null,
        printed: card.printed,
        lastCounterDay: counters.card.lastCounterDay.toString(),
        firstCounterDay: counters.card.firstCounterDay.toString(),
      },
    signatureCertificate: situation.signature && {
      expiresOn: situation.signature.expiresOn.toString(),
      bound: situation.signature.bound,
    },
    // daysBetween(today, …), with today's day number counted once.
    daysUntil: {
      renewalOpens: dayNumber(renewal) - todayNumber,
      certificateExpires: dayNumber(expiry) - todayNumber,
      graceEnds: dayNumber(grace) - todayNumber,
      cardExpires: card ? dayNumber(card.expiresOn) - todayNumber : null,
    },
    reader: READER_SCREEN[stage],
    capabilities: capabilitiesOn(situation, stage, today),
    nextSteps: withCertificateCheck(
      nextSteps(situation, stage, today, cardDates?.renewalOpensOn ?? null),
      caveats,
      stage,
    ),
  };
  if (withTimeline) {
    evaluation.timeline = milestones({
      expiresOn: expiry,
      renewalOpensOn: renewal,
      graceEndsOn: grace,
      noticeFrom: notice?.from ?? null,
      card: cardDates,
    });
  }
  evaluation.caveats = caveats;
  evaluation.ruleSet = rules.id;
  evaluation.rules = citedRules(situation.rules);
  return evaluation as Evaluation | EvaluationWithoutTimeline;
}
