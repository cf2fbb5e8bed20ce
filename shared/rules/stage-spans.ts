/**
 * @module
 * The four stages as spans of days (R-INS-2), from a certificate's dates: the one place where
 * "valid ends the day before renewal opens" is decided for everything that draws or looks up a
 * stage by day (the site's timeline, the stages slider, the stages page's example). It takes the
 * ISO dates the API sends, so the browser needs nothing but the answer.
 *
 * Every bound is inclusive (R-DATE-2): renewal runs from `renewalOpensOn` (R-RENEW-1) through
 * `expiresOn`; grace from the next day through `graceEndsOn` (R-INS-1); lapsed from the day after
 * (R-INS-4). Valid has no first day and lapsed no last day.
 */

import { plainDate } from "./plain-date.ts";
import type { CertificateDates, IsoDate, Stage } from "./result.ts";

export interface StageSpan {
  stage: Stage;
  /** First day, or null for valid (no start). */
  from: IsoDate | null;
  /** Last day, or null for lapsed (no end). */
  to: IsoDate | null;
}

const dayAfter = (iso: IsoDate): IsoDate => plainDate(iso).addDays(1).toString();
const dayBefore = (iso: IsoDate): IsoDate => plainDate(iso).addDays(-1).toString();

/** The four spans, in the order time moves through them; they cover every day exactly once. */
export function stageSpans(
  certificate: Pick<CertificateDates, "renewalOpensOn" | "expiresOn" | "graceEndsOn">,
): StageSpan[] {
  const { renewalOpensOn, expiresOn, graceEndsOn } = certificate;
  return [
    { stage: "valid", from: null, to: dayBefore(renewalOpensOn) },
    { stage: "renewal", from: renewalOpensOn, to: expiresOn },
    { stage: "grace", from: dayAfter(expiresOn), to: graceEndsOn },
    { stage: "lapsed", from: dayAfter(graceEndsOn), to: null },
  ];
}

/** Whether a day falls in a span (ISO dates compare as strings). */
export const spanContains = (span: StageSpan, iso: IsoDate): boolean =>
  (span.from === null || span.from <= iso) && (span.to === null || iso <= span.to);

/** The span a day falls in: exactly one, since the spans cover every day. */
export const spanOn = (spans: readonly StageSpan[], iso: IsoDate): StageSpan =>
  spans.find((span) => spanContains(span, iso))!;
