/**
 * @module
 * What needs doing for one person, and by or from which day, from the API's evaluation: the
 * list is sorted by it (what needs doing first) and its print view puts this month's on top.
 * Every date comes from the evaluation; this file only chooses which one the list shows.
 */
import type { Evaluation, IsoDate, NextStepCode, Stage } from "#shared/rules/result.ts";

/** The visit the rules name as the next step (R-RENEW-2, R-CARD-6), or the day renewal opens. */
export type ActionKind =
  | "renewalOpens"
  | Extract<NextStepCode, "renewCertificateAtOffice" | "reissueCertificateAtOffice" | "renewCard">;

export interface NextAction {
  kind: ActionKind;
  /** "from": nothing to do before it; "by": go to the office by then; "since": overdue since. */
  relation: "from" | "by" | "since";
  date: IsoDate;
  /** A visit is due now (the stage is renewal, grace or lapsed). */
  now: boolean;
  /** R-INFER-3: the answer assumes a renewal; the person should check the real expiry. */
  check: boolean;
}

const VISITS: readonly ActionKind[] = ["renewCard", "renewCertificateAtOffice", "reissueCertificateAtOffice"];

export function nextAction(evaluation: Pick<Evaluation, "stage" | "certificate" | "nextSteps">): NextAction {
  const { certificate } = evaluation;
  const check = evaluation.nextSteps.includes("checkCertificateExpiry");
  const visit = (evaluation.nextSteps.find((step) => (VISITS as readonly string[]).includes(step)) ??
    "renewCertificateAtOffice") as ActionKind;
  const byStage: Record<Stage, () => NextAction> = {
    // R-RENEW-1: nothing to do before the window opens.
    valid: () => ({ kind: "renewalOpens", relation: "from", date: certificate.renewalOpensOn, now: false, check }),
    // R-RENEW-2, R-COUNTER-1: renew at the counter by its last open day before the expiry.
    renewal: () => ({ kind: visit, relation: "by", date: certificate.lastCounterDay, now: true, check }),
    // R-INS-1, R-INS-4, R-COUNTER-1: re-issue by the last counter day of the grace period,
    // while the insurance registration holds.
    grace: () => ({ kind: visit, relation: "by", date: certificate.graceLastCounterDay, now: true, check }),
    // R-INS-2: lapsed after the grace end; a re-issue (R-RENEW-2) and a new registration (R-INS-4) follow.
    lapsed: () => ({ kind: visit, relation: "since", date: certificate.graceEndsOn, now: true, check }),
  };
  return byStage[evaluation.stage]();
}

/** Overdue, then due by a day, then not yet open. */
const RANK: Record<NextAction["relation"], number> = { since: 0, by: 1, from: 2 };

/**
 * What needs doing first: overdue visits (lapsed), then visits due by a day, earliest first,
 * then everyone else by the day their renewal opens.
 */
export function compareActions(a: NextAction, b: NextAction): number {
  if (a.relation !== b.relation) return RANK[a.relation] - RANK[b.relation];
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Whether the action belongs on this month's list: due now, or opening in `today`'s month. */
export const dueThisMonth = (action: NextAction, today: IsoDate): boolean =>
  action.now || action.date.slice(0, 7) === today.slice(0, 7);
