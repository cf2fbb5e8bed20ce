/**
 * @module
 * The milestones of one certificate (and its card), in date order: the source for the site's
 * timeline, its table twin and the calendar.
 */

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
  const grace = graceEndsOn(expiry, rules);
  const milestones: Milestone[] = [
    { kind: "renewalOpens", date: renewalOpensOn(expiry, rules).toString(), stageFrom: "renewal", rule: "R-RENEW-1" },
    { kind: "certificateExpires", date: expiry.toString(), stageFrom: null, rule: "R-DATE-2" },
    { kind: "graceStarts", date: expiry.addDays(1).toString(), stageFrom: "grace", rule: "R-INS-2" },
    { kind: "graceEnds", date: grace.toString(), stageFrom: null, rule: "R-INS-1" },
    { kind: "lapses", date: grace.addDays(1).toString(), stageFrom: "lapsed", rule: "R-INS-4" },
  ];
  if (situation.noticeLetterExpected) {
    milestones.push({
      kind: "noticeExpected",
      date: noticeWindow(expiry, rules).from.toString(),
      stageFrom: null,
      rule: "R-RENEW-3",
    });
  }
  const card = situation.card;
  if (card) {
    milestones.push(
      {
        kind: "cardRenewalOpens",
        date: renewalOpensOn(card.expiresOn, rules).toString(),
        stageFrom: null,
        rule: "R-CARD-6",
      },
      { kind: "cardExpires", date: card.expiresOn.toString(), stageFrom: null, rule: "R-CARD-5" },
    );
  }
  return milestones.sort(
    (a, b) =>
      // ISO dates with four-digit years sort as strings.
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
  );
}
