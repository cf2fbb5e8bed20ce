/**
 * @module
 * Evaluation → the same evaluation with the sentences a person reads, in one language.
 * Texts come from the language's catalog, passed in (`LangTexts`): this file imports no
 * catalog, so the Worker carries only the languages it has loaded. `present(evaluation, lang)`,
 * with every language built in, is in present.ts. Every date in the texts is
 * formatted here, once.
 */

import { formatDayWithWeekday as formatDate } from "../dates/display.ts";
import type { Lang } from "../lang/index.ts";
import { plainDate } from "../rules/plain-date.ts";
import type { Alternative, Capability, Evaluation, NextStepCode, PresentedEvaluation } from "../rules/result.ts";
import { CARD_2016 } from "../rules/rule-set.ts";
import { renewalOpensOn } from "../rules/windows.ts";
import {
  type BridgeStep,
  type Catalog,
  type DateWords,
  DOUBT_ASSUMPTIONS,
  type DoubtAssumption,
  type LangTexts,
  type RenewalWords,
  type TextContext,
} from "./catalog.ts";
import type { ReaderScreenText } from "./reader.ts";
import {
  type CardStep,
  cardExpiryInDoubt,
  cardStep,
  certificateBridges,
  certificateFieldDoubt,
  windowSoonerUnder,
} from "./readings.ts";
import { withoutRuby } from "./ruby.ts";

/**
 * R-INFER-3 / R-INFER-5: both readings of "renewed or not", from the caveat that carries the
 * other one; the headline's dates are the evaluation's own.
 */
function renewalWords(e: Evaluation, date: (iso: string) => string): RenewalWords | null {
  const caveat = e.caveats.find(
    (c) => c.code === "renewalUnknown" || (c.code === "cardExpired" && c.alternatives.length > 0),
  );
  const other = caveat?.alternatives[0];
  if (!caveat || !other?.certificateExpiresOn || !other.graceEndsOn) return null;
  const headline = other.assumption === "notRenewed" ? "renewed" : "notRenewed";
  const own = { expiry: e.certificate.expiresOn, grace: e.certificate.graceEndsOn };
  const alt = { expiry: other.certificateExpiresOn, grace: other.graceEndsOn };
  const [first, renewed] = headline === "renewed" ? [alt, own] : [own, alt];
  return {
    since: caveat.question ? date(caveat.question.renewedOnOrAfter) : null,
    firstExpiry: date(first.expiry),
    firstGraceEnds: date(first.grace),
    // ISO dates compare as strings.
    graceEndPassed: first.grace < e.today,
    renewedExpiry: date(renewed.expiry),
    headline,
  };
}

const isDoubt = (assumption: string): assumption is DoubtAssumption =>
  (DOUBT_ASSUMPTIONS as readonly string[]).includes(assumption);

/**
 * What the headline assumed, for each caveat whose other reading gives another stage on the
 * same day (R-INFER-6's earlier birthday, R-INPUT-3, R-AGE-2, R-DATE-4): the headline must say
 * it rests on that assumption, as it does for renewed / not renewed (R-INFER-3).
 */
export function doubtAssumptions(e: Evaluation): DoubtAssumption[] {
  const out: DoubtAssumption[] = [];
  for (const c of e.caveats) {
    for (const a of c.alternatives) {
      const differs = a.stage !== e.stage || windowSoonerUnder(c.code, a, e);
      if (a.stage && differs && isDoubt(a.assumption) && !out.includes(a.assumption)) out.push(a.assumption);
    }
  }
  return out;
}

function dateWords(e: Evaluation, date: (iso: string) => string): DateWords {
  const lapses = e.timeline.find((m) => m.kind === "lapses")!.date;
  return {
    expiry: date(e.certificate.expiresOn),
    // R-COUNTER-1 (review8 #7): "you can renew from" names the day the counter is open, as the box does.
    renewalOpens: date(e.certificate.firstCounterDay),
    graceEnds: date(e.certificate.graceEndsOn),
    lapses: date(lapses),
    noticeFrom: e.certificate.noticeExpectedFrom && date(e.certificate.noticeExpectedFrom),
    noticeTo: e.certificate.noticeExpectedTo && date(e.certificate.noticeExpectedTo),
    card: e.card && date(e.card.expiresOn),
    cardRenewalOpens: e.card && date(e.card.renewalOpensOn),
    renewal: renewalWords(e, date),
    lastCounterDay: date(e.certificate.lastCounterDay),
    graceLastCounterDay: date(e.certificate.graceLastCounterDay),
    expiryOnClosedDay: e.certificate.lastCounterDay !== e.certificate.expiresOn,
  };
}

/** The number of days the stage's sentence counts (to the next change, or since the last). */
function stageDays(e: Evaluation): number {
  switch (e.stage) {
    case "valid":
      return e.daysUntil.renewalOpens;
    case "renewal":
      return e.daysUntil.certificateExpires;
    case "grace":
      return e.daysUntil.graceEnds;
    case "lapsed":
      return -e.daysUntil.graceEnds - 1;
  }
}

/**
 * The steps done at the counter (R-RENEW-2): their detail also names the last counter day.
 * Not `renewCertificateAtOffice`: its own first sentence gives the last counter day as its
 * deadline (review 7 finding 1: "renew until the expiry" sent people to a closed office).
 */
const AT_THE_COUNTER: ReadonlySet<NextStepCode> = new Set([
  "reissueCertificateAtOffice",
  "renewCard",
  // R-CARD-4: the card's validity is changed at the same counter, before the card ends.
  "extendCardValidity",
]);

/** The card's own steps (R-CARD-6, R-CARD-4), before a bridge of the certificate's. */
const CARD_STEP_CODES: ReadonlySet<NextStepCode> = new Set(["renewCard", "extendCardValidity"]);

/** The steps that speak of the card as a stay-limited one (R-CARD-4, R-INFER-6). */
const STAY_CARD_STEPS: ReadonlySet<NextStepCode> = new Set(["extendCardValidity", "nothingYet"]);

/**
 * R-COUNTER-1: the last counter day, when it comes before the deadline a person is racing: the
 * expiry until then, the grace end during grace. Lapsed: nothing is racing any more. Nor once
 * the card has expired (review 7 finding 5, R-INFER-5, R-CERT-4): only a new card helps then,
 * and no counter visit keeps the マイナ保険証 working.
 */
function lastCounterDay(e: Evaluation, step: CardStep, catalog: Catalog, t: TextContext): string | null {
  if (step === "cardExpired") return null;
  const { expiresOn, lastCounterDay: last, graceEndsOn, graceLastCounterDay: graceLast } = e.certificate;
  if ((e.stage === "valid" || e.stage === "renewal") && last !== expiresOn) return catalog.counter.lastDay(t);
  if (e.stage === "grace" && graceLast !== graceEndsOn) return catalog.counter.graceLastDay(t);
  return null;
}

/**
 * R-COUNTER-1 (review finding 5): another reading's grace end on a closed day (R-INFER-6's
 * earlier birthday 2026-09-09 → grace end Thu 12-31, counters closed 12-29 to 01-03) is said
 * with the last counter day before it, as the headline's is, while that day is still ahead.
 */
function alternativeCounterDay(a: Alternative, catalog: Catalog, t: TextContext): string {
  const last = a.graceLastCounterDay;
  // ISO dates compare as strings.
  if (!last || !a.graceEndsOn || last >= a.graceEndsOn || last < t.evaluation.today) return "";
  const dates = { ...t.dates, graceLastCounterDay: t.date(last) };
  return catalog.counter.joiner + catalog.counter.graceLastDay({ ...t, dates });
}

/**
 * Review8 #15 (R-INFER-6, R-RENEW-1): a stay-limited card's earlier reading, still valid today,
 * says when its renewal window opens, the date that "nothing to do" would miss. The window is the
 * rules' own (windows.ts; the answer's rule set is the only generation, R-NEXT-1).
 */
function alternativeWindow(code: string, a: Alternative, catalog: Catalog, t: TextContext): string {
  if (code !== "periodOfStay" || a.stage !== "valid" || !a.certificateExpiresOn) return "";
  return catalog.alternativeWindow(t.date(renewalOpensOn(plainDate(a.certificateExpiresOn), CARD_2016).toString()));
}

/** A step's title and detail; with `bridges`, the certificate's steps {@link asBridge}. */
function stepText(code: NextStepCode, bridges: boolean, catalog: Catalog, t: TextContext) {
  // Review8 #19 (R-COUNTER-1): past the last counter day, the counter is closed until the expiry,
  // for the bridge too (second read A 1.4: it named the passed day).
  const { evaluation: e } = t;
  if (code === "renewCertificateAtOffice" && e.today > e.certificate.lastCounterDay)
    return catalog.closedUntilExpiry(t);
  const step = catalog.nextStep[code](t);
  const bridgeStep = code === "renewCertificateAtOffice" || code === "reissueCertificateAtOffice";
  return bridges && bridgeStep ? asBridge(code, step, catalog, t) : step;
}

/**
 * The certificate's renewal or re-issue said as the optional bridge it is when the card comes
 * first (review7 #1b, O9: `certificateBridges`): the bridge's title, its lead before the step's.
 */
function asBridge(code: BridgeStep, step: { title: string; detail: string }, catalog: Catalog, t: TextContext) {
  const { title, lead } = catalog.bridge(code, t);
  return { title, detail: lead + catalog.counter.joiner + step.detail };
}

type ReaderText = Readonly<{ badge: string; heading: string; message: string; button: string }>;
const readerTexts = new WeakMap<ReaderScreenText, ReaderText>();

/** The API's reader shape: the message's lines joined by "\n", without ふりがな markup. A
 *  catalog's screens are constants: each is worded once per isolate, not once per answer. */
function readerText(screen: ReaderScreenText): ReaderText {
  let text = readerTexts.get(screen);
  if (!text) {
    text = Object.freeze({
      badge: withoutRuby(screen.badge),
      heading: withoutRuby(screen.heading),
      message: screen.message.map(withoutRuby).join("\n"),
      button: withoutRuby(screen.button),
    });
    readerTexts.set(screen, text);
  }
  return text;
}

/** The evaluation with its sentences in `lang`, worded from `texts`, that language's texts. */
export function presentWith(texts: LangTexts, evaluation: Evaluation, lang: Lang): PresentedEvaluation {
  const { catalog } = texts;
  const date = (iso: string) => formatDate(iso, lang);
  const t: TextContext = { evaluation, dates: dateWords(evaluation, date), date };
  const step = cardStep(evaluation);
  const counterDay = lastCounterDay(evaluation, step, catalog, t);
  // R-INFER-4 (review finding 2): a card expiry that is not a birthday, no stay end given.
  const doubtfulCard = cardExpiryInDoubt(evaluation);
  const stayGuessed = doubtfulCard && step === "extendCard";
  // Review7 #15 (R-DATE-6, R-CERT-3): the date typed as the certificate's may be the card's.
  const fieldDoubt = certificateFieldDoubt(evaluation);
  const bridges = certificateBridges(evaluation);
  const works = (value: boolean | null) =>
    value === null ? catalog.works.unknown : value ? catalog.works.yes : catalog.works.no;
  return {
    ...evaluation,
    lang,
    text: {
      stage:
        (fieldDoubt ? catalog.checkCertificateField[fieldDoubt] : "") +
        (doubtfulCard ? catalog.checkCardExpiry : "") +
        (t.dates.renewal ? catalog.condition(t.dates.renewal) : "") +
        doubtAssumptions(evaluation)
          .map((a) => catalog.assumed[a])
          .join("") +
        catalog.stage[evaluation.stage](t),
      daysLeft: catalog.daysLeft[evaluation.stage](stageDays(evaluation), t),
      reader: readerText(catalog.reader[evaluation.reader]),
      capabilities: (Object.entries(evaluation.capabilities) as [Capability, boolean | null][]).map(
        ([capability, value]) => ({
          capability,
          works: value,
          text:
            catalog.capability[capability] +
            catalog.works.joiner +
            (catalog.worksFor[capability]?.(value, evaluation.stage) ?? works(value)),
        }),
      ),
      nextSteps: evaluation.nextSteps.map((code) => {
        const step = stepText(code, bridges, catalog, t);
        // With a bridge the counter day is the certificate's (review7 #1b): said with the bridge,
        // not with the card's own step, which no counter deadline of the certificate's binds.
        const atCounter = AT_THE_COUNTER.has(code) && !(bridges && CARD_STEP_CODES.has(code));
        const counted = atCounter && counterDay ? step.detail + catalog.counter.joiner + counterDay : step.detail;
        // R-INFER-4: the stay-limited card is only one reading of a date that is probably a typo.
        const detail = stayGuessed && STAY_CARD_STEPS.has(code) ? catalog.ifStayCard + counted : counted;
        return { code, title: step.title, detail };
      }),
      caveats: evaluation.caveats.map((c) => ({
        code: c.code,
        message: catalog.caveat[c.code](t),
        alternatives: c.alternatives.map(
          (a) =>
            catalog.alternative(a, t) + alternativeCounterDay(a, catalog, t) + alternativeWindow(c.code, a, catalog, t),
        ),
      })),
      timeline: evaluation.timeline.map((m) => ({ kind: m.kind, date: m.date, label: catalog.milestone[m.kind] })),
      lastCounterDay: counterDay,
      counterNote: catalog.counter.note,
      // R-PARSE-3: never the typed text itself, only the date as read and its era name.
      ...(evaluation.inputNotes && {
        inputNotes: evaluation.inputNotes.map((n) =>
          catalog.inputNote[n.code]
            .replace("{field}", catalog.field[n.field] ?? n.field)
            .replace("{wareki}", n.wareki)
            .replace("{date}", date(n.date)),
        ),
      }),
    },
  };
}
