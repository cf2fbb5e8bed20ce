/**
 * @module
 * A row's next action in words, for the results, the list of what to do now and the CSV alike:
 * the action's date, and where the input leaves doubt, the other reading (R-INFER-3, R-INFER-5)
 * or the typo to look for (R-INFER-4). Pure: `date` formats an ISO date for the page (or leaves
 * it ISO for the CSV), `stageName` names a stage. The words are the page's (content/list.ts).
 */
import type { IsoDate, Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import type { NextAction, RenewalDoubt } from "./next-action";
import { fill } from "./text";

type Results = ListContent["results"];

/**
 * The other reading in one sentence: "if not renewed or re-issued on or after W1, the
 * certificate expired on E1 and マイナ保険証 stopped working after G1" (R-INFER-3), its mirror
 * "if renewed, valid until C", or, for a reading neither covers, its stage.
 */
export function otherReading(
  renewal: RenewalDoubt,
  r: Results,
  date: (iso: IsoDate) => string,
  stageName: (stage: Stage) => string,
): string {
  const { other, since } = renewal;
  const dates = { expiry: date(other.certificateExpiresOn), graceEnds: date(other.graceEndsOn) };
  if (renewal.headline === "renewed" && other.stage === "lapsed")
    return since === null
      ? fill(r.doubt.ifNotRenewedFirst, dates)
      : fill(r.doubt.ifNotRenewed, { ...dates, since: date(since) });
  if (renewal.headline === "notRenewed" && since !== null)
    return fill(r.doubt.ifRenewed, { ...dates, since: date(since) });
  return fill(r.doubt.otherStage, {
    reading: renewal.headline === "renewed" ? r.readings.ifNo : r.readings.ifYes,
    stage: stageName(other.stage),
  });
}

/**
 * What goes with the action's name: its date ("2026年12月18日まで"), or for a check, what is in
 * doubt: the card expiry that is not a birthday, or the other reading (a whole sentence).
 */
export function whenText(
  action: NextAction,
  r: Results,
  date: (iso: IsoDate) => string,
  stageName: (stage: Stage) => string,
): string {
  if (whenIsSentence(action)) return otherReading(action.renewal!, r, date, stageName);
  return fill(r.relation[action.relation], { date: date(action.date) });
}

/** True when the when-text is a sentence of its own (it ends with its own full stop). */
export const whenIsSentence = (action: NextAction): boolean => action.kind === "checkRenewal" && !!action.renewal;

/**
 * R-INS-5: the resident can still see a doctor with the 資格確認書 when マイナ保険証 has lapsed,
 * or may have (the other reading is lapsed).
 */
export const mayBeLapsed = (action: NextAction, stage: Stage): boolean =>
  stage === "lapsed" || action.renewal?.other.stage === "lapsed";
