/**
 * @module
 * A row's next action in words, for the results, the list of what to do now and the CSV alike:
 * the action's date, and where the input leaves doubt, the other reading (R-INFER-3, R-INFER-5)
 * or the typo to look for (R-INFER-4). Pure: the words are the page's (content/list.ts), and
 * {@link ActionWords} says how a date and a stage are written where they go.
 */
import type { IsoDate, Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import type { FieldDoubt, NextAction, RenewalDoubt, StayDoubt } from "./next-action";
import { fill } from "./text";

/** How one place writes an action: the page's texts, and its dates and stage names. */
export interface ActionWords {
  results: ListContent["results"];
  /** An ISO date as the place writes it: for the page (formatDay), or left ISO for the CSV. */
  date: (iso: IsoDate) => string;
  stageName: (stage: Stage) => string;
}

/**
 * The other reading in one sentence: "if not renewed or re-issued on or after W1, the
 * certificate expired on E1 and マイナ保険証 stopped working after G1" (R-INFER-3), its mirror
 * "if renewed, valid until C", or, for a reading neither covers, its stage.
 */
export function otherReading(renewal: RenewalDoubt, { results: r, date, stageName }: ActionWords): string {
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
 * R-INFER-6 (review7 finding 3): a card that ends with the stay, both readings in words, the
 * earlier (riskier) one first: "if the certificate ended on the earlier birthday E, re-issue it
 * by the grace's last counter day; if it runs to the card, extend the card by its last counter
 * day after the stay" (R-CARD-4).
 */
export function stayReadingsText(stay: StayDoubt, { results: r, date }: ActionWords): string {
  const { other, card } = stay;
  const earlier = fill(r.stay.earlier[other.stage], {
    expiry: date(other.certificateExpiresOn),
    graceEnds: date(other.graceEndsOn),
    by: date(other.graceLastCounterDay),
  });
  // R-COUNTER-1: the card's last counter day, where it is not the expiry itself.
  const withCard = card.lastCounterDay === card.expiresOn ? r.stay.withCardSameDay : r.stay.withCard;
  return earlier + fill(withCard, { expiry: date(card.expiresOn), by: date(card.lastCounterDay) });
}

/**
 * R-DATE-6, R-CERT-3 (review8 #16): why the certificate's date is in doubt, then what it means if
 * it is the card's expiry (the card-face reading's stage and dates), or without a birth date where
 * to put it.
 */
export function fieldReadingText(field: FieldDoubt, { results: r, date }: ActionWords): string {
  const { other } = field;
  const ifCard = other
    ? fill(r.field.ifCard[other.stage], {
        expiry: date(other.certificateExpiresOn),
        graceEnds: date(other.graceEndsOn),
        by: date(other.graceLastCounterDay),
      })
    : r.field.noBirthDate;
  return r.field[field.code] + ifCard;
}

/**
 * R-INFER-6 beside a new card's application (the card has expired, R-INFER-5): the earlier
 * reading's last day at the clinic, which may come before the answer's.
 */
const stayBesideNewCard = ({ other }: StayDoubt, { results: r, date }: ActionWords): string =>
  fill(other.stage === "lapsed" ? r.stay.earlierEnded : r.stay.earlierUntil, {
    expiry: date(other.certificateExpiresOn),
    graceEnds: date(other.graceEndsOn),
  });

/**
 * What goes with the action's name: its date ("2026年12月18日まで"), or for a check, what is in
 * doubt: the card expiry that is not a birthday, or the other reading (a whole sentence).
 */
export function whenText(action: NextAction, words: ActionWords): string {
  if (!whenIsSentence(action)) return fill(words.results.relation[action.relation], { date: words.date(action.date) });
  if (action.kind !== "checkCertificateExpiry") return otherReading(action.renewal!, words);
  if (action.field) return fieldReadingText(action.field, words);
  return stayReadingsText(action.stay!, words);
}

/** True when the when-text is a sentence of its own (it ends with its own full stop). */
export const whenIsSentence = (action: NextAction): boolean =>
  (action.kind === "checkRenewal" && !!action.renewal) ||
  (action.kind === "checkCertificateExpiry" && !!(action.stay || action.field));

/** A row's action in the parts every place that writes it puts together in its own way. */
export interface ActionParts {
  /** The action's name: 「更新したか確かめる」. */
  what: string;
  /** What goes with the name ({@link whenText}). */
  when: string;
  /** `when` is a sentence of its own: it follows the name, never in brackets. */
  sentence: boolean;
  /**
   * The doubt `when` does not already say, or null: the typo to look for (R-INFER-4), else the
   * other reading (R-INFER-3, R-INFER-5).
   */
  doubt: string | null;
}

/**
 * The one wording of a row's action for the table, the list of what to do now and the CSV, so
 * that the three never say different things of the same row.
 */
export function actionParts(action: NextAction, words: ActionWords): ActionParts {
  const sentence = whenIsSentence(action);
  return {
    what: words.results.actions[action.kind],
    when: whenText(action, words),
    sentence,
    doubt: doubtText(action, sentence, words),
  };
}

/** {@link ActionParts.doubt}: what is in doubt that the when-text (a sentence or not) leaves unsaid. */
function doubtText(action: NextAction, sentence: boolean, words: ActionWords): string | null {
  const r = words.results;
  if (action.kind === "checkCardExpiry") return r.doubt.typo;
  // A when-text sentence already says the other reading; a certificate check adds how to settle it.
  if (sentence) {
    if (action.kind !== "checkCertificateExpiry") return null;
    return action.field ? r.field.settle : r.stay.howToTell;
  }
  if (action.renewal) return otherReading(action.renewal, words);
  if (action.stay) return stayBesideNewCard(action.stay, words);
  return null;
}

/**
 * R-INS-5: the resident can still see a doctor with the 資格確認書 when マイナ保険証 has lapsed,
 * or may have (the other reading is lapsed), or will before the new card comes (R-INFER-5).
 */
export const mayBeLapsed = (action: NextAction, stage: Stage): boolean =>
  stage === "lapsed" ||
  action.renewal?.other.stage === "lapsed" ||
  action.stay?.other.stage === "lapsed" ||
  action.field?.other?.stage === "lapsed" ||
  action.relation === "apply";

/** The action's own words already name the 資格確認書 (a new card's application): no note repeats it. */
export const namesEligibility = (action: NextAction): boolean => action.relation === "apply";

/**
 * No card date (review finding 3): not checked, and what helps: the 資格確認書 for a
 * resident without a card (R-INS-5), the dates for one with a card. `space` joins sentences.
 */
export const notCheckedText = (results: ListContent["results"], space: string): string =>
  [results.notChecked, results.noCard, results.addDates].join(space);

/**
 * The labels of a row's readings: not renewed / renewed (R-INFER-3, R-INFER-5), the certificate
 * ended on an earlier birthday / runs to the card (R-INFER-6), as typed (R-INFER-4).
 */
export type ReadingLabel = "ifNo" | "ifYes" | "ifEarlier" | "ifWithCard" | "ifCardExpiry" | "asTyped";

/** One reading of a row's stage: its label (null when the stage is not in doubt) and its stage. */
export interface StageReading {
  label: ReadingLabel | null;
  stage: Stage;
}

/** A reading's certificate dates, as the date columns show them. */
export interface ReadingDates {
  label: ReadingLabel;
  certificateExpiresOn: IsoDate;
  graceEndsOn: IsoDate;
}

/**
 * The two readings of a row in doubt with their dates, the riskier first (not renewed, R-INFER-3,
 * R-INFER-5; the earlier birthday, R-INFER-6), or null when nothing is in doubt. `headline` is
 * the answer's own certificate.
 */
export function readingsOf(
  action: NextAction,
  headline: { expiresOn: IsoDate; graceEndsOn: IsoDate },
): [ReadingDates, ReadingDates] | null {
  const own = { certificateExpiresOn: headline.expiresOn, graceEndsOn: headline.graceEndsOn };
  const { renewal, stay } = action;
  if (renewal) {
    const other = { certificateExpiresOn: renewal.other.certificateExpiresOn, graceEndsOn: renewal.other.graceEndsOn };
    const [ifNo, ifYes] = renewal.headline === "renewed" ? [other, own] : [own, other];
    return [
      { label: "ifNo", ...ifNo },
      { label: "ifYes", ...ifYes },
    ];
  }
  if (stay)
    return [
      {
        label: "ifEarlier",
        certificateExpiresOn: stay.other.certificateExpiresOn,
        graceEndsOn: stay.other.graceEndsOn,
      },
      { label: "ifWithCard", ...own },
    ];
  const other = action.field?.other;
  if (other)
    return [
      { label: "ifCardExpiry", certificateExpiresOn: other.certificateExpiresOn, graceEndsOn: other.graceEndsOn },
      { label: "asTyped", ...own },
    ];
  return null;
}

/**
 * A row's stage as the table shows it and the CSV writes it (review P1-B): both readings when
 * whether the holder renewed is unknown (R-INFER-3, R-INFER-5), the riskier (not renewed) first;
 * "as typed" for a card expiry that is not a birthday (R-INFER-4); else the stage alone. A CSV
 * sorted by this column never files a resident who may have lapsed under a plain 「有効」.
 */
export function stageReadings(action: NextAction, stage: Stage): StageReading[] {
  if (action.kind === "checkCardExpiry") return [{ label: "asTyped", stage }];
  const { renewal, stay, field } = action;
  // R-DATE-6, R-CERT-3: the card's expiry first, the riskier; without it, "as typed".
  if (field)
    return field.other
      ? [
          { label: "ifCardExpiry", stage: field.other.stage },
          { label: "asTyped", stage },
        ]
      : [{ label: "asTyped", stage }];
  // R-INFER-6: the earlier birthday first, the riskier.
  if (!renewal && stay)
    return [
      { label: "ifEarlier", stage: stay.other.stage },
      { label: "ifWithCard", stage },
    ];
  if (!renewal) return [{ label: null, stage }];
  const [ifNo, ifYes] = renewal.headline === "renewed" ? [renewal.other.stage, stage] : [stage, renewal.other.stage];
  return [
    { label: "ifNo", stage: ifNo },
    { label: "ifYes", stage: ifYes },
  ];
}
