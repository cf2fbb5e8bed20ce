/**
 * The oracle's reading of what rules.md says about next steps, as constraints on the engine's
 * list of step ids (the ids are the public ones: OpenAPI `nextSteps`). rules.md names few steps
 * and fewer orders, so this is not a list to match but what the list must and must not hold,
 * and the orders the rules give; everything else (addReminder, checkCertificateExpiry, where
 * wait24Hours goes among the rest…) is the engine's design and is not compared.
 */
import type { Day } from "./days.ts";

export const STEP_IDS = [
  "nothingYet",
  "addReminder",
  "expectNoticeLetter",
  "renewCertificateAtOffice",
  "renewCard",
  "extendCardValidity",
  "reissueCertificateAtOffice",
  "wait24Hours",
  "setUpSmartphoneAgain",
  "registerInsuranceAgain",
  "eligibilityCertificate",
  "showCardAtReception",
  "checkCertificateExpiry",
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A constraint with the rule it comes from, so that a difference names its rule. */
interface Ruled {
  rule: string;
}
export interface StepSpec {
  required: (Ruled & { step: StepId })[];
  forbidden: (Ruled & { step: StepId })[];
  /** The first step is one of these (rules.md says "lead with"). */
  first: (Ruled & { steps: StepId[] }) | null;
  /** When both are listed, `a` comes before `b`. */
  before: (Ruled & { a: StepId; b: StepId })[];
  /** When `step` is listed, one of `after` is listed before it. */
  follows: (Ruled & { step: StepId; after: StepId[] })[];
}

export interface StepFacts {
  today: Day;
  stage: "valid" | "renewal" | "grace" | "lapsed";
  /** the headline's user certificate expiry */
  e: Day;
  /** the card's expiry, null when the input does not give the card */
  card: Day | null;
  /** the card ends with the period of stay (R-CARD-4, R-INFER-6) */
  stayLimited: boolean;
  noticeExpected: boolean;
  /** R-CARD-6: the card's own window start (R-RENEW-1's arithmetic) */
  cardWindowStart: Day | null;
}

/** Steps that issue a new user certificate (at the counter, or on a new or extended card). */
const ISSUING: StepId[] = ["renewCertificateAtOffice", "reissueCertificateAtOffice", "renewCard", "extendCardValidity"];

export function stepSpec(f: StepFacts): StepSpec {
  const spec: StepSpec = { required: [], forbidden: [], first: null, before: [], follows: [] };
  const need = (rule: string, ...steps: StepId[]) => {
    for (const step of steps) spec.required.push({ step, rule });
  };
  const forbid = (rule: string, ...steps: StepId[]) => {
    for (const step of steps) spec.forbidden.push({ step, rule });
  };
  const { today, stage, e, card, stayLimited } = f;
  const cardExpired = card !== null && card < today;
  const cardWindowOpen = card !== null && !cardExpired && f.cardWindowStart !== null && today >= f.cardWindowStart;
  const endsWithCard = card !== null && e === card;

  // R-CERT-8: the new certificate shows after the counter procedure; R-CERT-9: the smartphone
  // is set up again after the renewal. Both follow a step that issues a certificate.
  spec.follows.push({ rule: "R-CERT-8", step: "wait24Hours", after: ISSUING });
  spec.follows.push({ rule: "R-CERT-9", step: "setUpSmartphoneAgain", after: ISSUING });
  // R-INS-4: after re-issue the holder registers again; R-INFER-6: extension, then re-issue.
  spec.before.push({ rule: "R-INS-4", a: "reissueCertificateAtOffice", b: "registerInsuranceAgain" });
  spec.before.push({ rule: "R-INFER-6", a: "extendCardValidity", b: "reissueCertificateAtOffice" });
  // R-CARD-4 / R-INFER-6: no letter for a stay expiry; R-RENEW-3: it comes before the expiry.
  if (!f.noticeExpected) forbid("R-CARD-4", "expectNoticeLetter");
  else if (today > e) forbid("R-RENEW-3", "expectNoticeLetter");

  if (cardExpired) {
    // R-INFER-5: lead with a new card (a 資格確認書 may bridge the month); nothing says the card
    // is still valid, and a certificate is re-issued only on a valid card (R-CERT-4). For a
    // stay-limited card, R-INFER-6's extension and R-INFER-5's new card are both readings of
    // the rule book (it does not say whether an expired card can be extended).
    spec.first = stayLimited
      ? { rule: "R-INFER-5/R-INFER-6", steps: ["renewCard", "extendCardValidity"] }
      : { rule: "R-INFER-5", steps: ["renewCard"] };
    need("R-INFER-5", "eligibilityCertificate");
    forbid("R-INFER-5", "nothingYet", "renewCertificateAtOffice", "reissueCertificateAtOffice");
    return spec;
  }

  // R-INS-2: from the window on, the reader alerts and says to renew.
  if (stage !== "valid") forbid("R-INS-2", "nothingYet");
  // R-INS-4: the registration is cancelled only after G.
  if (stage !== "lapsed") forbid("R-INS-4", "registerInsuranceAgain");
  // R-INFER-6: the next step of a stay-limited card is an extension, not a new card; R-CARD-6:
  // a new card is applied for only from the card's own window.
  if (stayLimited) forbid("R-INFER-6", "renewCard");
  else if (card !== null && !cardWindowOpen) forbid("R-CARD-6", "renewCard");
  // R-CERT-3: a renewal is an issue inside the window; R-CERT-4: a re-issue is after expiry
  // (R-CERT-5: earlier, it is an ordinary issue that ends before the card). A stay-limited
  // card's certificate is re-issued after the extension (R-INFER-6), in any stage.
  if (stage !== "renewal") forbid("R-CERT-3", "renewCertificateAtOffice");
  if ((stage === "valid" || stage === "renewal") && !stayLimited) forbid("R-CERT-4", "reissueCertificateAtOffice");
  if (stage === "valid") return spec;

  if (stayLimited) {
    // R-INFER-6 (R-CARD-4): the card's end is the stay's; the extension comes first.
    // While the card's window is open a certificate issued now ends with it within 3 months:
    // then, as for #1b below, the certificate step is at most a bridge and not required.
    if (cardWindowOpen || endsWithCard) need("R-INFER-6", "extendCardValidity");
    else need(stage === "renewal" ? "R-CERT-3" : "R-CERT-4", counterStep(stage));
  } else if (card !== null && (endsWithCard || cardWindowOpen)) {
    // R-CERT-3/R-CERT-4 capped by the card (R-CERT-1(b)): a certificate issued now ends with a
    // card that ends within 3 months, so the card comes first (R-CARD-6); a certificate issued
    // on the old card is at most a bridge (review #1b). When E = C it gains nothing at all.
    need("R-CARD-6", "renewCard");
    spec.before.push({ rule: "R-CARD-6", a: "renewCard", b: "renewCertificateAtOffice" });
    spec.before.push({ rule: "R-CARD-6", a: "renewCard", b: "reissueCertificateAtOffice" });
    if (endsWithCard) forbid("R-CERT-3", "renewCertificateAtOffice");
  } else {
    // R-INS-2 (renewal: renew at the office), R-INFER-3 (grace: renew now), R-CERT-4.
    need(stage === "renewal" ? "R-CERT-3" : "R-CERT-4", counterStep(stage));
    if (stage === "lapsed") need("R-INS-4", "registerInsuranceAgain");
  }
  if (stage === "lapsed") need("R-INS-2", "showCardAtReception"); // the reader: go to reception
  // R-INS-5: people who do not renew still get care; say it (grace and after).
  if (stage === "grace" || stage === "lapsed") need("R-INS-5", "eligibilityCertificate");
  return spec;
}

const counterStep = (stage: string): StepId =>
  stage === "renewal" ? "renewCertificateAtOffice" : "reissueCertificateAtOffice";

/** The differences between the engine's step list and the spec, one short class each. */
export function compareSteps(
  steps: readonly string[],
  spec: StepSpec,
): { field: string; engine: unknown; oracle: unknown }[] {
  const out: { field: string; engine: unknown; oracle: unknown }[] = [];
  const has = (s: StepId) => steps.includes(s);
  for (const r of spec.required)
    if (!has(r.step)) out.push({ field: `nextSteps.missing.${r.step} (${r.rule})`, engine: steps, oracle: r.step });
  for (const r of spec.forbidden)
    if (has(r.step)) out.push({ field: `nextSteps.unexpected.${r.step} (${r.rule})`, engine: steps, oracle: null });
  if (spec.first !== null && !spec.first.steps.includes(steps[0] as StepId))
    out.push({ field: `nextSteps.first (${spec.first.rule})`, engine: steps, oracle: spec.first.steps });
  for (const r of spec.before)
    if (has(r.a) && has(r.b) && steps.indexOf(r.a) > steps.indexOf(r.b))
      out.push({ field: `nextSteps.order.${r.a}<${r.b} (${r.rule})`, engine: steps, oracle: [r.a, r.b] });
  for (const r of spec.follows) {
    const at = steps.indexOf(r.step);
    if (at >= 0 && !steps.slice(0, at).some((s) => r.after.includes(s as StepId)))
      out.push({ field: `nextSteps.follows.${r.step} (${r.rule})`, engine: steps, oracle: r.after });
  }
  const unknown = steps.filter((s) => !(STEP_IDS as readonly string[]).includes(s));
  if (unknown.length > 0) out.push({ field: "nextSteps.unknownId", engine: unknown, oracle: STEP_IDS });
  return out;
}
