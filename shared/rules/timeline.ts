/**
 * @module
 * The milestones of one certificate (and its card), in date order: the source for the site's
 * timeline, its table twin and the calendar.
 */

import type { PlainDate } from "./plain-date.ts";
import type { Milestone, MilestoneKind } from "./result.ts";
import type { RuleSet } from "./rule-set.ts";
import type { Situation } from "./situation.ts";
import { graceEndsOn, noticeWindow, renewalOpensOn } from "./windows.ts";

const ORDER: MilestoneKind[] = [
  "noticeExpected",
  "cardRenewalOpens",
  "renewalOpens",
  "certificateExpires",
  "cardExpires",
  "graceStarts",
  "graceEnds",
  "lapses",
];

export function timeline(situation: Situation, rules: RuleSet): Milestone[] {
  const expiry = situation.certificate.expiresOn;
  const card = situation.card;
  return milestones({
    expiresOn: expiry,
    renewalOpensOn: renewalOpensOn(expiry, rules),
    graceEndsOn: graceEndsOn(expiry, rules),
    noticeFrom: situation.noticeLetterExpected ? noticeWindow(expiry, rules).from : null,
    card: card && { expiresOn: card.expiresOn, renewalOpensOn: renewalOpensOn(card.expiresOn, rules) },
  });
}

/** The dates a timeline is drawn from: what `timeline` computes from a situation. */
export interface TimelineDates {
  expiresOn: PlainDate;
  renewalOpensOn: PlainDate;
  graceEndsOn: PlainDate;
  /** R-RENEW-3: the notice window's start, or null when no letter is sent (R-CARD-4). */
  noticeFrom: PlainDate | null;
  card: { expiresOn: PlainDate; renewalOpensOn: PlainDate } | null;
}

/** `timeline` from dates already computed (evaluate.ts computes them once for everything). */
export function milestones(dates: TimelineDates): Milestone[] {
  const milestones: Milestone[] = [
    { kind: "renewalOpens", date: dates.renewalOpensOn.toString(), stageFrom: "renewal", rule: "R-RENEW-1" },
    { kind: "certificateExpires", date: dates.expiresOn.toString(), stageFrom: null, rule: "R-DATE-2" },
    { kind: "graceStarts", date: dates.expiresOn.addDays(1).toString(), stageFrom: "grace", rule: "R-INS-2" },
    { kind: "graceEnds", date: dates.graceEndsOn.toString(), stageFrom: null, rule: "R-INS-1" },
    { kind: "lapses", date: dates.graceEndsOn.addDays(1).toString(), stageFrom: "lapsed", rule: "R-INS-4" },
  ];
  if (dates.noticeFrom) {
    milestones.push({ kind: "noticeExpected", date: dates.noticeFrom.toString(), stageFrom: null, rule: "R-RENEW-3" });
  }
  const card = dates.card;
  if (card) {
    milestones.push(
      { kind: "cardRenewalOpens", date: card.renewalOpensOn.toString(), stageFrom: null, rule: "R-CARD-6" },
      { kind: "cardExpires", date: card.expiresOn.toString(), stageFrom: null, rule: "R-CARD-5" },
    );
  }
  return milestones.sort(
    (a, b) =>
      // ISO dates with four-digit years sort as strings.
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
  );
}
