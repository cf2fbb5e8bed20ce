/**
 * @module
 * Draws a `PresentedEvaluation` (shared/rules/result.ts) as the checker's answer, as HTML, with
 * no DOM: the island (checker.ts) and the Worker's no-JavaScript answer
 * (worker/routes/check-page.ts) both call {@link resultHtml}, so the two cannot drift.
 *
 * The layout answers first (issue 10): a heading that names the stage, one action sentence with
 * its date inside the panel, where to go and what to bring, then 次にすること and the key dates
 * (each date once, with its distance in words). The API's longer sentence, the reader screen,
 * what works and the timeline with its table sit behind a 「くわしく見る」 disclosure.
 * Every sentence is the API's `text` or this page's content; this file only arranges them.
 */

import {
  answerEvents,
  type CalendarEvent,
  type CalendarWording,
  type CalendarWords,
  calendarAnswer,
  calendarQuery,
  eventText,
} from "#shared/calendar/events.ts";
import { formatLetter, formatShort } from "#shared/dates/display.ts";
import { parseTypedDate } from "#shared/dates/index.ts";
import { type Lang, punctuation } from "#shared/lang/index.ts";
import { cardExpiryInDoubt, cardStep, certificateFieldDoubt, windowSoonerUnder } from "#shared/messages/readings.ts";
import type { MilestoneKind, PresentedEvaluation, Stage } from "#shared/rules/result.ts";
import { type StageSpan, stageSpans } from "#shared/rules/stage-spans.ts";
import type { CheckContent } from "../content/check";
import { pathFor } from "../i18n/site";
import { dateWithWord } from "../lib/date-word";
import { dayNumber, isoFromDayNumber } from "../lib/days";
import { distanceText } from "../lib/distance";
import { escapeHtml, inlineHtml, readingText, rubyHtml } from "../lib/inline";
import { markJapaneseFor } from "../lib/language-of-parts";
import { stageIconSvg } from "../lib/stage-icon";
import { type TimelineSegment, timelineSvg } from "../lib/timeline-svg";
import type { CheckerInput } from "./fragment";
import { type Html, h } from "./html";
import { nearestBirthday } from "./nearest-birthday";
import type { RenewalView } from "./renewal";

export interface ResultContext {
  lang: Lang;
  apiLang: string;
  text: CheckContent;
  /** The calendar's words in the API's language (shared/calendar/words.ts, embedded at build time). */
  calendarWords: CalendarWords;
  stageNames: Record<Stage, string>;
  stagesHref: string;
  /** This checker page (the 「入力を変えて調べる」 link; the island turns it into "show the form"). */
  checkHref: string;
  /** True when the person chose the day to check; false when the API used today in Japan. */
  dayChosen: boolean;
  /** The values as typed, carried by the renewal question's own form (it posts without JavaScript too). */
  typed: CheckerInput;
}

const rich = (tag: string, content: string, attrs: Record<string, string | undefined> = {}): Html =>
  h(tag, attrs, inlineHtml(content));
const api = (tag: string, content: string, attrs: Record<string, string | undefined> = {}): Html =>
  h(tag, attrs, rubyHtml(content));

function milestoneDate(result: PresentedEvaluation, kind: MilestoneKind): string | undefined {
  return result.timeline.find((m) => m.kind === kind)?.date;
}

/**
 * The date the stage's action sentence names (R-INS-2, R-COUNTER-1): when renewal opens
 * (valid: the first counter day from then), the last day the municipal counter is open to renew (renewal) or to re-issue while
 * the grace period lasts (grace), the day the card stopped working (lapsed). A deadline on a
 * closed day does not move, so the counter day is the one a resident can act on.
 */
export function actionDate(result: PresentedEvaluation): string {
  const c = result.certificate;
  switch (result.stage) {
    case "valid":
      // Review finding 8: the day a resident can go, not a closed day (the key dates keep both).
      return c.firstCounterDay;
    case "renewal":
      return c.lastCounterDay;
    case "grace":
      return c.graceLastCounterDay;
    case "lapsed":
      return milestoneDate(result, "lapses") ?? c.graceEndsOn;
  }
}

/**
 * Where a date may break, between its weekday and the rest (shared/dates/forms): after
 * 「令和8年（2026年）」, after the English weekday, after the comma that follows or precedes a
 * weekday ("Thứ Bảy, …", "…14, शनिबार"), before the Korean weekday; nowhere else.
 */
function dateParts(text: string, lang: Lang): string[] {
  const comma = text.indexOf(", ");
  const cut =
    comma > 0
      ? comma + 2
      : lang === "en"
        ? text.indexOf(" ") + 1
        : lang === "ko"
          ? text.lastIndexOf(" ") + 1
          : text.indexOf("）") + 1;
  return cut > 0 && cut < text.length ? [text.slice(0, cut), text.slice(cut)] : [text];
}

/** A date as a resident reads it: 「令和8年（2026年）12月2日（水）」 and, when asked, its distance from the day checked. */
function dateHtml(iso: string, ctx: ResultContext, today?: string): Html {
  const distance = today ? distanceText(today, iso, ctx.lang) : "";
  return h(
    "span",
    { class: "result-date" },
    h(
      "time",
      { datetime: iso },
      // The space between two parts stays outside the nowrap spans: Chromium does not break
      // after a space that ends a nowrap element ("sexta-feira, " + "11 de dezembro de 2026"
      // overflowed a 320 px screen).
      ...dateParts(formatLetter(iso, ctx.lang), ctx.lang).flatMap((part) => {
        const word = part.trimEnd();
        return [h("span", { class: "result-date-part" }, escapeHtml(word)), part.slice(word.length)];
      }),
    ),
    distance
      ? h(
          "span",
          { class: "result-distance" },
          inlineHtml(`${punctuation(ctx.lang).open}${distance}${punctuation(ctx.lang).close}`),
        )
      : null,
  );
}

/**
 * R-CARD-4: the certificate ends with a stay-limited card, so the municipal office can only act
 * after immigration has extended the stay; the API's next steps say so with `extendCardValidity`.
 * Not when the stay card is only the engine's guess from a card expiry that is not a birthday
 * (R-INFER-4 `cardExpiryNotBirthday`: as likely a typo of a national's card), where sending the
 * person to immigration first would be wrong.
 */
const afterStayExtension = (result: PresentedEvaluation): boolean =>
  !cardExpiryInDoubt(result) &&
  (result.nextSteps.includes("extendCardValidity") ||
    // Brief item 3: before the window opens the order is the same, so the valid stage says it too.
    (result.stage === "valid" && cardStep(result) === "extendCard"));

/**
 * Review finding 1 (R-CARD-5, R-CARD-6, R-INFER-5, R-CERT-4): where the card, not the
 * certificate, is the step (shared/messages/readings.ts `cardStep`, as next-steps.ts decides it),
 * the box says a new card, with its date, and what the application needs: never a renewal or
 * re-issue at the counter, nor the PIN for one.
 */
function cardWords(
  result: PresentedEvaluation,
  ctx: ResultContext,
): { action: string; date: string; bring: string } | null {
  const t = ctx.text.result;
  const card = result.card;
  if (card === null) return null;
  switch (cardStep(result)) {
    case "cardExpired":
      return { action: t.cardExpired.action, date: card.expiresOn, bring: t.cardExpired.bring };
    case "newCard":
      return result.stage === "valid"
        ? { action: t.newCard.later, date: card.renewalOpensOn, bring: t.newCard.bring }
        : { action: t.newCard.action, date: card.expiresOn, bring: t.newCard.bring };
    default:
      return null;
  }
}

/** What to bring: the card's application, the stay order (R-CARD-4), or the counter's. */
function bringText(result: PresentedEvaluation, ctx: ResultContext): string {
  const t = ctx.text.result;
  return cardWords(result, ctx)?.bring ?? (afterStayExtension(result) ? t.stay.bring : t.bring);
}

/** A content sentence with every `{date}` slot filled with the same date's HTML. */
const withDate = (template: string, date: Html): Html => template.split("{date}").map(inlineHtml).join(date);

/** The action sentence: the content's template with the date (and its distance) put in. */
function actionHtml(result: PresentedEvaluation, ctx: ResultContext): Html {
  const t = ctx.text.result;
  const card = cardWords(result, ctx);
  const stay = result.stage === "valid" ? t.stay.later : t.stay.action;
  const template = card?.action ?? (afterStayExtension(result) ? stay : t.action[result.stage]);
  // Review8 #4: a stay card in the valid stage has no date to act on (`stay.later`).
  if (!template.includes("{date}")) return rich("p", template, { class: "result-action" });
  const [before, after = ""] = template.split("{date}");
  return h(
    "p",
    { class: "result-action" },
    inlineHtml(before!),
    h("strong", {}, dateHtml(card?.date ?? actionDate(result), ctx, result.today)),
    inlineHtml(after),
  );
}

/**
 * Review7 #13 (R-CERT-3, R-CERT-5, R-RENEW-3): the renewal stage of the first certificate read
 * from the card (basis firstCertificate on the card face, fifthBirthday from the issue date)
 * cannot know whether the holder has already renewed inside the window, as the notice letter
 * asks. Such a renewal runs to E1 + 5 years capped by the card, which is the card's own expiry
 * (R-CERT-5), and the card's handwritten box shows it: one line says so, and that nothing more
 * is needed then. Not where the step is the card (a new card, a stay extension: `cardStep`) or
 * the card expiry itself is in doubt (R-INFER-4).
 */
function alreadyRenewedHtml(result: PresentedEvaluation, ctx: ResultContext): Html | null {
  const { card, certificate } = result;
  if (result.stage !== "renewal" || result.route === "certificateExpiry" || card === null) return null;
  if (certificate.basis !== "firstCertificate" && certificate.basis !== "fifthBirthday") return null;
  if (cardStep(result) !== "certificate" || cardExpiryInDoubt(result)) return null;
  return h("p", { class: "result-done" }, withDate(ctx.text.result.alreadyRenewed, dateHtml(card.expiresOn, ctx)));
}

/**
 * Review finding 1 (R-INFER-6, R-INPUT-3, R-AGE-2, R-DATE-4): the other readings that give another
 * stage today, as the API words them. The stage sentence then starts with what the headline
 * assumed; both stand in the panel, under the heading, so a "valid" box never reads as settled.
 * Renewed / not renewed (R-INFER-3, R-INFER-5) has its own question and readings instead.
 */
interface OtherReading {
  text: string;
  /** That reading's own stage: its colour and icon (brief item 4), never the headline's. */
  stage: Stage;
}

function otherStageReadings(result: PresentedEvaluation): OtherReading[] {
  return result.caveats
    .flatMap((caveat, i) =>
      caveat.code === "renewalUnknown" || caveat.code === "cardExpired"
        ? []
        : caveat.alternatives.flatMap((alt, j) =>
            alt.stage && (alt.stage !== result.stage || windowSoonerUnder(caveat.code, alt, result))
              ? [{ text: result.text.caveats[i]?.alternatives[j] ?? "", stage: alt.stage }]
              : [],
          ),
    )
    .filter((reading) => reading.text !== "");
}

/** One other reading, in its own stage's colour and with its icon (colour is never the only signal). */
const otherReadingHtml = (reading: OtherReading): Html =>
  h(
    "li",
    { class: "result-other-reading", "data-result-stage": reading.stage },
    h("span", { class: "result-stage-icon", "aria-hidden": "true" }, stageIconSvg(reading.stage)),
    api("span", reading.text),
  );

/** The API's words for how to check the certificate's own expiry (R-INFER-6: the card face's box, マイナポータル). */
const howToCheck = (result: PresentedEvaluation): string | undefined =>
  result.text.nextSteps.find((step) => step.code === "checkCertificateExpiry")?.detail;

/** 「まず確かめて」: an exclamation mark's bar and dot, drawn like the stage icons (12×12, stroke only). */
const CHECK_FIRST_ICON =
  '<svg class="stage-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M6 2.2V7M6 9.2V9.5"/></svg>';

/**
 * The headline (R-INS-2): the stage's, except in the renewal stage when the step is a new card
 * (R-CARD-5, R-CARD-6: the certificate ends with the card), decided as the box's action is
 * (`cardStep`): a certificate that cannot be renewed alone is not 「更新する時期」.
 */
const headlineText = (result: PresentedEvaluation, text: CheckContent): string =>
  result.stage === "renewal" && cardStep(result) === "newCard"
    ? text.result.newCard.headline
    : text.result.headline[result.stage];

function stageHeading(result: PresentedEvaluation, ctx: ResultContext, tag: string, attrs: Record<string, string>) {
  return h(
    tag,
    attrs,
    h("span", { class: "result-stage-icon", "aria-hidden": "true" }, stageIconSvg(result.stage)), // shared shapes, no input in it
    h("span", {}, inlineHtml(headlineText(result, ctx.text))),
  );
}

/**
 * R-INFER-4 (review finding 2): the card expiry is probably mistyped. Its two readings, in the
 * doubt box: the nearest birthday (a typo), with a button that checks again with it (a form of
 * the typed values, so it works without JavaScript; the island answers it in place), and the
 * date as typed (a stay-limited card), which the box below answers.
 */
function cardDoubtHtml(result: PresentedEvaluation, ctx: ResultContext): Html[] {
  const t = ctx.text.result.checkFirst.card;
  const birth = ctx.typed.birthDate ? parseTypedDate(ctx.typed.birthDate) : null;
  const card = result.card;
  const typo =
    birth?.ok && card
      ? (() => {
          const birthday = nearestBirthday(birth.iso, card.expiresOn);
          const [before, after = ""] = t.typo.split("{date}");
          const hidden = Object.entries({ ...ctx.typed, cardExpiry: birthday }).map(([name, value]) =>
            h("input", { type: "hidden", name, value }),
          );
          return h(
            "li",
            { "data-reading": "birthday" },
            h("p", {}, inlineHtml(before!), h("strong", {}, dateHtml(birthday, ctx)), inlineHtml(after)),
            h(
              "form",
              { method: "post", action: ctx.checkHref, "data-recheck-form": "" },
              ...hidden,
              h("button", { type: "submit", class: "result-again" }, inlineHtml(t.recheck)),
            ),
          );
        })()
      : null;
  return [
    rich("p", t.why),
    h("ul", { class: "result-card-readings" }, typo, rich("li", t.asTyped, { "data-reading": "asTyped" })),
  ];
}

/**
 * Review7 #15 (R-DATE-6, R-CERT-3): the date typed as the certificate's may be the card's printed
 * expiry. One click checks again with it in the card expiry field (a form of the typed values, as
 * the R-INFER-4 recheck: it works without JavaScript, and the island answers it in place); with no
 * birth date typed, the form then asks for one (missing birth date). Not when another card expiry
 * was typed: the date is not that card's.
 */
function moveToCardHtml(result: PresentedEvaluation, ctx: ResultContext): Html | null {
  const { certificateExpiry, ...rest } = ctx.typed;
  const sameCard = !result.card || result.card.expiresOn === result.certificate.expiresOn;
  if (!certificateExpiry || !sameCard || certificateFieldDoubt(result) === null) return null;
  return h(
    "form",
    { method: "post", action: ctx.checkHref, "data-recheck-form": "", "data-move-to-card": "" },
    ...Object.entries({ ...rest, cardExpiry: certificateExpiry }).map(([name, value]) =>
      h("input", { type: "hidden", name, value }),
    ),
    // One span: the button is an inline flex box, and ruby (やさしい日本語) must not become its items.
    h(
      "button",
      { type: "submit", class: "result-again" },
      h("span", {}, inlineHtml(ctx.text.result.checkFirst.moveToCard)),
    ),
  );
}

/**
 * The answer's panel when the headline rests on an assumption that another reading contradicts
 * (review finding 1), or on a card expiry that is probably mistyped (R-INFER-4, the API's own
 * decision `cardExpiryInDoubt`): the heading says to check first, in the panel's own 「確かめて」
 * look (not the stage's colour), then the assumption, the other readings and how to check, and
 * only then, in a box of the stage's colour, the headline's own answer and its action.
 */
/** The heading of a check-first answer, in the box and the title alike: the card's (R-INFER-4)
 *  or the renewal question's. */
const checkFirstHeading = (result: PresentedEvaluation, t: ResultContext["text"]["result"]): string =>
  cardExpiryInDoubt(result) ? t.checkFirst.card.heading : t.checkFirst.heading;

function checkFirstPanel(result: PresentedEvaluation, ctx: ResultContext, others: OtherReading[]): Html {
  const t = ctx.text.result;
  const doubtfulCard = cardExpiryInDoubt(result);
  const how = others.length > 0 ? howToCheck(result) : undefined;
  return h(
    "div",
    { class: "result-panel", "data-result-stage": result.stage, "data-check-first": "" },
    h(
      "h2",
      { id: "result-heading", class: "result-heading", tabindex: "-1" },
      h("span", { class: "result-stage-icon", "aria-hidden": "true" }, CHECK_FIRST_ICON),
      h("span", {}, inlineHtml(checkFirstHeading(result, t))),
    ),
    h(
      "div",
      { class: "result-doubt", "data-doubt": "" },
      // The API's sentence opens with the same check-first words (R-INFER-4): the card's own readings say them here.
      ...(doubtfulCard ? cardDoubtHtml(result, ctx) : [api("p", result.text.stage)]),
      moveToCardHtml(result, ctx),
      others.length > 0 ? h("ul", { class: "result-other-readings" }, ...others.map(otherReadingHtml)) : null,
      how ? api("p", how, { class: "result-doubt-how" }) : null,
    ),
    h(
      "section",
      { class: "result-assumed", "data-result-stage": result.stage, "aria-labelledby": "result-assumed-label" },
      rich("h3", t.checkFirst.ifSo, { id: "result-assumed-label", class: "result-assumed-label" }),
      stageHeading(result, ctx, "p", { class: "result-heading" }),
      actionHtml(result, ctx),
      alreadyRenewedHtml(result, ctx),
    ),
    ...panelFooter(result, ctx),
  );
}

/** Whether the panel says to check first: another reading gives another stage, the card expiry is
 *  in doubt, or the certificate's may be the card's (review7 #15, even when no reading differs). */
const checksFirst = (result: PresentedEvaluation, others: OtherReading[]): boolean =>
  others.length > 0 || cardExpiryInDoubt(result) || certificateFieldDoubt(result) !== null;

/** What closes the answer's panel: what to bring, the counter's hours, the day checked. */
function panelFooter(result: PresentedEvaluation, ctx: ResultContext): Html[] {
  return [
    rich("p", bringText(result, ctx), { class: "result-bring" }),
    api("p", result.text.counterNote, { class: "result-counter-note" }),
    h("p", { class: "result-checked" }, inlineHtml(ctx.text.result.checkedOn), dateHtml(result.today, ctx)),
  ];
}

/**
 * R-INS-5 (review finding 4): a reading side by side that has lapsed (R-INFER-3's not renewed)
 * says, in the API's own steps, that the 資格確認書 still lets the resident see a doctor and to
 * tell the reception desk; the headline's steps below are the other reading's.
 */
function careHtml(result: PresentedEvaluation): Html[] {
  if (result.stage !== "lapsed") return [];
  return result.text.nextSteps
    .filter((step) => step.code === "showCardAtReception" || step.code === "eligibilityCertificate")
    .map((step) =>
      h(
        "div",
        { class: "result-care", "data-care": step.code },
        api("p", step.title, { class: "result-step-title" }),
        api("p", step.detail),
      ),
    );
}

/** The answer's panel; `reading` is set for one of two readings side by side (a smaller heading, no shared lines). */
function panel(result: PresentedEvaluation, ctx: ResultContext, reading?: string): Html {
  const others = reading ? [] : otherStageReadings(result);
  if (!reading && checksFirst(result, others)) return checkFirstPanel(result, ctx, others);
  const heading = stageHeading(
    result,
    ctx,
    reading ? "p" : "h2",
    reading ? { class: "result-heading" } : { id: "result-heading", class: "result-heading", tabindex: "-1" },
  );
  return h(
    reading ? "section" : "div",
    { class: "result-panel", "data-result-stage": result.stage },
    reading ? rich("h3", reading, { class: "result-reading-label" }) : null,
    heading,
    actionHtml(result, ctx),
    reading ? null : alreadyRenewedHtml(result, ctx),
    ...(reading ? careHtml(result) : panelFooter(result, ctx)),
  );
}

/**
 * R-INFER-3: the one question, before any headline (contract.md `data-question="renewed"`).
 * Its own form posts the typed values with the answer, so it works without JavaScript; the
 * island answers on each change instead.
 */
function questionHtml(view: RenewalView, ctx: ResultContext, isHeading: boolean): Html {
  const q = ctx.text.result.question;
  const [before, after = ""] = q.legend.split("{date}");
  const legend = h(
    "h2",
    isHeading
      ? { id: "result-heading", class: "result-question-title", tabindex: "-1" }
      : { class: "result-question-title" },
    inlineHtml(before!),
    dateHtml(view.question.renewedOnOrAfter, ctx),
    inlineHtml(after),
  );
  const radio = (value: "yes" | "no" | "unknown", label: string) =>
    h(
      "label",
      { class: "result-radio" },
      h("input", { type: "radio", name: "renewed", value, checked: view.answer === value ? "" : undefined }),
      h("span", {}, inlineHtml(label)),
    );
  const hidden = Object.entries(ctx.typed)
    .filter(([name]) => name !== "certificateExpiry") // the answer decides it
    .map(([name, value]) => h("input", { type: "hidden", name, value }));
  return h(
    "form",
    { class: "result-question", method: "post", action: ctx.checkHref, "data-question-form": "" },
    ...hidden,
    h(
      "fieldset",
      { "data-question": "renewed" },
      h("legend", {}, legend),
      h(
        "ul",
        { class: "result-question-hints" },
        ...q.howToTell.map((line) => h("li", {}, withDate(line, dateHtml(view.question.ifNo.certificateExpiry, ctx)))),
      ),
      h("div", { class: "result-radios" }, radio("yes", q.yes), radio("no", q.no), radio("unknown", q.unknown)),
    ),
    h("button", { type: "submit", class: "result-again", "data-question-submit": "" }, inlineHtml(q.submit)),
  );
}

/** わからない (or not answered yet): both readings side by side, the riskier (not renewed) first. */
function readingsHtml(view: RenewalView, ctx: ResultContext): Html | null {
  if (!view.readings) return null;
  const q = ctx.text.result.question;
  return h(
    "div",
    { class: "result-readings-block" },
    rich("p", q.intro, { class: "result-readings-intro" }),
    h(
      "div",
      { class: "result-readings" },
      panel(view.readings.ifNo, ctx, q.ifNo),
      panel(view.readings.ifYes, ctx, q.ifYes),
    ),
  );
}

/**
 * Review7 #12: the certificate's renewal window is no key date where renewing in it gains nothing,
 * as the calendar leaves it out (shared/calendar/events.ts `LEFT_OUT`): a card that ends with the
 * period of stay (R-CARD-4, R-CERT-1(b): the certificate ends with the card; not when that card is
 * only a guess from a mistyped expiry, R-INFER-4), and an expired card (R-INFER-5, R-CERT-4: no
 * renewal at all, so not the window's last counter day either).
 */
function windowGainsNothing(result: PresentedEvaluation): { window: boolean; lastCounterDay: boolean } {
  const step = cardStep(result);
  const expired = step === "cardExpired";
  return { window: expired || (step === "extendCard" && !cardExpiryInDoubt(result)), lastCounterDay: expired };
}

function keyDates(result: PresentedEvaluation, ctx: ResultContext): Html {
  const labels = ctx.text.result.dateLabels;
  const leftOut = windowGainsNothing(result);
  const rows: [string, string, string?][] = [];
  if (!leftOut.window) {
    rows.push([labels.renewalOpens, result.certificate.renewalOpensOn]);
    // R-COUNTER-1 (brief item 5): a window opening on a closed day; the action names the first open day, listed too.
    if (result.certificate.firstCounterDay !== result.certificate.renewalOpensOn)
      rows.push([labels.firstCounterDay, result.certificate.firstCounterDay]);
  }
  rows.push([labels.certificateExpires, result.certificate.expiresOn]);
  // R-COUNTER-1: an expiry on a closed day does not move; the last open day before it is listed.
  const { lastCounterDay, expiresOn } = result.certificate;
  if (lastCounterDay !== expiresOn && !leftOut.lastCounterDay) rows.push([labels.lastCounterDay, lastCounterDay]);
  rows.push([labels.graceEnds, result.certificate.graceEndsOn]);
  if (result.card) rows.push([labels.cardExpires, result.card.expiresOn]);
  if (result.signatureCertificate)
    rows.push([
      labels.signature,
      result.signatureCertificate.expiresOn,
      result.signatureCertificate.bound === "atMost" ? labels.signatureAtMost : undefined,
    ]);
  return h(
    "dl",
    { class: "result-dates" },
    ...rows.map(([label, iso, note]) =>
      h(
        "div",
        {},
        rich("dt", label),
        h("dd", {}, dateHtml(iso, ctx, result.today), note ? rich("span", note, { class: "result-date-note" }) : null),
      ),
    ),
  );
}

function nextSteps(result: PresentedEvaluation): Html {
  return h(
    "ol",
    { class: "result-steps" },
    ...result.text.nextSteps.map((step) =>
      h("li", {}, api("p", step.title, { class: "result-step-title" }), step.detail ? api("p", step.detail) : null),
    ),
  );
}

function capabilities(result: PresentedEvaluation): Html {
  // `works` is null when the input cannot tell (e.g. the signature certificate); the API's
  // sentence says so in words, the mark only repeats it.
  const mark = (works: boolean | null) => (works === true ? "✓" : works === false ? "✕" : "?");
  return h(
    "ul",
    { class: "works-list" },
    ...result.text.capabilities.map((c) =>
      h(
        "li",
        { "data-works": String(c.works) },
        h("span", { class: "works-mark", "aria-hidden": "true" }, mark(c.works)),
        api("span", c.text),
      ),
    ),
  );
}

function caveats(result: PresentedEvaluation, ctx: ResultContext): Html | null {
  // R-PARSE-3 (review7 #12): a date past its era's end was read as the same day of the next era;
  // the API's note says so ("…令和8年12月30日として読みました"), first, as it is about the input.
  const notes = result.text.inputNotes ?? [];
  if (result.text.caveats.length === 0 && notes.length === 0) return null;
  return h(
    "div",
    { class: "result-caveats" },
    rich("h3", ctx.text.result.caveatsHeading),
    ...notes.map((note) => h("div", { class: "result-caveat", "data-input-note": "" }, api("p", note))),
    ...result.text.caveats.map((caveat) =>
      h(
        "div",
        { class: "result-caveat", "data-caveat": caveat.code },
        api("p", caveat.message),
        caveat.alternatives.length
          ? rich("p", ctx.text.result.caveatAlternatives, { class: "result-alt-label" })
          : null,
        caveat.alternatives.length ? h("ul", {}, ...caveat.alternatives.map((alt) => api("li", alt))) : null,
        // R-CARD-4, R-INFER-6: a stay-limited card; its steps (immigration, the card's validity, the certificates) have their own page.
        caveat.code === "periodOfStay"
          ? h(
              "p",
              { class: "result-stay-page" },
              rich("a", ctx.text.result.stayPage, { href: pathFor(ctx.lang, "foreignResidents") }),
            )
          : null,
      ),
    ),
  );
}

/** Segments from the API's own dates, split into stages by shared/rules/stage-spans.ts (R-INS-2); nothing is recomputed here. */
function segments(result: PresentedEvaluation, ctx: ResultContext): TimelineSegment[] {
  const t = ctx.text.result;
  const word = (s: string) => readingText(s);
  const line = (iso: string, w: string) => dateWithWord(formatShort(iso, ctx.lang), word(w), ctx.lang);
  const lines = (span: StageSpan): string[] => {
    // Valid is written as "before the day renewal opens", the day people look for.
    if (span.stage === "valid") return [line(result.certificate.renewalOpensOn, t.before)];
    return [span.from && line(span.from, t.from), span.to && line(span.to, t.until)].filter((l): l is string => !!l);
  };
  return stageSpans(result.certificate).map((span) => ({
    ...span,
    name: readingText(ctx.stageNames[span.stage]),
    lines: lines(span),
  }));
}

function timeline(result: PresentedEvaluation, ctx: ResultContext): Html {
  const t = ctx.text.result;
  const marker = readingText(ctx.dayChosen ? t.dayMarker : t.todayMarker);
  const rows = [...result.text.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const body: Html[] = [];
  let todayDone = false;
  const todayRow = () => {
    todayDone = true;
    return h(
      "tr",
      { class: "result-today-row" },
      h("th", { scope: "row" }, dateHtml(result.today, ctx)),
      rich("td", ctx.dayChosen ? t.dayRow : t.todayRow),
    );
  };
  for (const row of rows) {
    if (!todayDone && result.today < row.date) body.push(todayRow());
    body.push(
      h("tr", { "data-kind": row.kind }, h("th", { scope: "row" }, dateHtml(row.date, ctx)), api("td", row.label)),
    );
  }
  if (!todayDone) body.push(todayRow());
  const table = h(
    "table",
    {},
    rich("caption", t.tableCaption),
    h("thead", {}, h("tr", {}, rich("th", t.tableDate, { scope: "col" }), rich("th", t.tableEvent, { scope: "col" }))),
    h("tbody", {}, ...body),
  );
  return h(
    "figure",
    { class: "result-timeline" },
    rich("figcaption", t.timelineCaption),
    h(
      "div",
      { class: "result-drawing" },
      timelineSvg({ segments: segments(result, ctx), today: { iso: result.today, label: marker } }, "result"),
    ),
    h(
      "div",
      { class: "result-table", role: "region", tabindex: "0", "aria-label": readingText(t.tableCaption) },
      table,
    ),
  );
}

const compact = (iso: string) => iso.replaceAll("-", "");

/** A Google Calendar template link for one all-day event (Google's end date is exclusive). */
function googleLink(event: CalendarEvent, wording: CalendarWording, words: CalendarWords): string {
  const text = eventText(event, wording, words);
  const google = new URL("https://calendar.google.com/calendar/render");
  google.searchParams.set("action", "TEMPLATE");
  google.searchParams.set("text", text.summary);
  google.searchParams.set("dates", `${compact(event.date)}/${compact(isoFromDayNumber(dayNumber(event.date) + 1))}`);
  google.searchParams.set("details", text.detail);
  return google.toString();
}

/**
 * The calendar file and one Google Calendar link per event still ahead, the 「窓口へ」 reminder
 * included: the same events as the file (shared/calendar, R-COUNTER-1), from the day checked.
 * Nothing is ahead once the grace has ended: no calendar then.
 */
function calendar(result: PresentedEvaluation, ctx: ResultContext): Html | null {
  const t = ctx.text.result;
  // The answer's events and words: what the card needs (R-INFER-5, R-CARD-5), not only the certificate.
  const answer = calendarAnswer(result);
  const { events, wording } = answerEvents(answer);
  if (events.length === 0) return null;
  // Only the dates the file needs, never a birth date (the query reaches the server's logs).
  const query = new URLSearchParams(calendarQuery(answer));
  // The file counts from the same day as the answer: the day chosen, else today in Japan (the API's default).
  if (ctx.dayChosen) query.set("today", result.today);
  query.set("lang", ctx.apiLang);
  return h(
    "div",
    { class: "result-calendar" },
    rich("h3", t.calendarHeading),
    rich("p", t.calendarText),
    h(
      "p",
      { class: "result-links" },
      rich("a", t.ics, { href: `/api/v1/calendar.ics?${query}`, download: "myna-expiry.ics", "data-ics": "" }),
    ),
    rich("p", t.google),
    h(
      "ul",
      { class: "result-google" },
      ...events.map((event) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: googleLink(event, wording, ctx.calendarWords),
              rel: "noopener noreferrer",
              target: "_blank",
              class: "external",
              "data-google": event.kind,
            },
            dateHtml(event.date, ctx),
            " ",
            escapeHtml(eventText(event, wording, ctx.calendarWords).summary),
          ),
        ),
      ),
    ),
  );
}

/**
 * The answer as HTML. `readerHtml` is the card reader's screen for this day, filled from the
 * page's own template (reader-screen.ts), or null where none can be drawn.
 */
export function resultHtml(
  result: PresentedEvaluation,
  ctx: ResultContext,
  readerHtml: Html | null,
  renewal: RenewalView | null = null,
): Html {
  const t = ctx.text.result;
  // Until the question is settled, the question is the heading and both readings stand in for the panel.
  const readings = renewal && renewal.answer !== "yes" && renewal.answer !== "no" ? readingsHtml(renewal, ctx) : null;
  const head = renewal
    ? [questionHtml(renewal, ctx, readings !== null), readings ?? panel(result, ctx)]
    : [panel(result, ctx)];
  const html = [
    ...head,
    caveats(result, ctx),
    rich("h3", t.stepsHeading, { class: "result-steps-heading" }),
    nextSteps(result),
    rich("h3", t.datesHeading, { class: "result-dates-heading" }),
    keyDates(result, ctx),
    h(
      "details",
      { class: "result-more" },
      h("summary", {}, h("span", {}, inlineHtml(t.more))),
      h(
        "div",
        { class: "result-more-body" },
        api("p", result.text.stage, { class: "result-stage-text" }),
        readerHtml ? rich("h3", t.readerHeading) + readerHtml : null,
        rich("h3", t.worksHeading),
        capabilities(result),
        rich("h3", t.timelineHeading),
        timeline(result, ctx),
      ),
    ),
    calendar(result, ctx),
    rich("p", t.bookmark, { class: "result-bookmark" }),
    h(
      "p",
      { class: "result-actions" },
      rich("a", t.again, { href: ctx.checkHref, class: "result-again", "data-again": "" }),
      " ",
      rich("a", t.stagesLink, { href: ctx.stagesHref }),
    ),
  ]
    .filter(Boolean)
    .join("");
  return markJapaneseFor(ctx.lang, html); // WCAG 3.1.2
}

/** The document title once answered: short, the answer first. */
export const resultTitle = (result: PresentedEvaluation, ctx: ResultContext, siteName: string): string => {
  const heading = checksFirst(result, otherStageReadings(result))
    ? checkFirstHeading(result, ctx.text.result)
    : headlineText(result, ctx.text);
  return `${readingText(heading)} | ${siteName}`;
};
