/**
 * @module
 * Draws a `PresentedEvaluation` (shared/rules/result.ts) as the checker's result: the stage in
 * one sentence, days left, caveats, key dates with weekday and 和暦, the reader screen for that
 * day, next steps, what still works, the timeline with its table twin and calendar links.
 * Every sentence comes from the API's `text`; this file only arranges them.
 */
import type { PresentedEvaluation, Stage } from "#shared/rules/result.ts";
import { type StageSpan, stageSpans } from "#shared/rules/stage-spans.ts";
import type { CheckContent } from "../content/check";
import { HTML_LANG, type SiteLang } from "../i18n/site";
import { formatDayWithWeekday, formatEra, formatShort } from "../lib/format";
import { readingText, rubyHtml } from "../lib/inline";
import { dayNumber, isoFromDayNumber } from "../lib/days";
import { stageIconSvg } from "../lib/stage-icon";
import { timelineSvg, type TimelineSegment } from "../lib/timeline-svg";
import { apiText, el, rich } from "./dom";

export interface ResultContext {
  lang: SiteLang;
  apiLang: string;
  text: CheckContent;
  stageNames: Record<Stage, string>;
  stagesHref: string;
  readerTemplate: HTMLTemplateElement | null;
  /** True when the person chose the day to check; false when the API used today in Japan. */
  dayChosen: boolean;
}

function dateValue(iso: string, lang: SiteLang): HTMLElement {
  const era = formatEra(iso, lang);
  return el(
    "span",
    { class: "result-date" },
    el("time", { datetime: iso }, formatDayWithWeekday(iso, lang)),
    era ? el("span", { class: "result-era" }, lang === "en" ? ` (${era})` : `（${era}）`) : null,
  );
}

function stageSummary(result: PresentedEvaluation, ctx: ResultContext): HTMLElement {
  const icon = el("span", { class: "result-stage-icon", "aria-hidden": "true" });
  icon.innerHTML = stageIconSvg(result.stage); // markup built from the shared shapes, no input in it
  const tag = el("p", { class: "result-stage-tag" }, icon);
  tag.appendChild(rich("span", ctx.stageNames[result.stage]));
  const checked = rich("p", ctx.text.result.checkedOn, { class: "result-checked" });
  checked.appendChild(dateValue(result.today, ctx.lang));
  return el(
    "div",
    { class: "result-stage", "data-result-stage": result.stage },
    tag,
    apiText("p", result.text.stage, { class: "result-stage-text" }),
    apiText("p", result.text.daysLeft, { class: "result-days" }),
    checked,
  );
}

function keyDates(result: PresentedEvaluation, ctx: ResultContext): HTMLElement {
  const labels = ctx.text.result.dateLabels;
  const rows: [string, string, string?][] = [
    [labels.renewalOpens, result.certificate.renewalOpensOn],
    [labels.certificateExpires, result.certificate.expiresOn],
    [labels.graceEnds, result.certificate.graceEndsOn],
  ];
  if (result.card) rows.push([labels.cardExpires, result.card.expiresOn]);
  if (result.signatureCertificate)
    rows.push([labels.signature, result.signatureCertificate.expiresOn, result.signatureCertificate.bound === "atMost" ? labels.signatureAtMost : undefined]);
  const list = el("dl", { class: "result-dates" });
  for (const [label, iso, note] of rows) {
    const dd = el("dd", {}, dateValue(iso, ctx.lang));
    if (note) dd.appendChild(rich("span", note, { class: "result-date-note" }));
    list.appendChild(el("div", {}, rich("dt", label), dd));
  }
  return list;
}

function readerScreen(result: PresentedEvaluation, ctx: ResultContext): HTMLElement | null {
  const template = ctx.readerTemplate?.content.firstElementChild;
  if (!template) return null;
  const screen = template.cloneNode(true) as HTMLElement;
  const reader = result.text.reader;
  const slot = (name: string) => screen.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  screen.dataset.usable = String(result.stage !== "lapsed"); // R-INS-2: only lapsed is "使えない"
  const icon = slot("badge-icon");
  if (icon) icon.textContent = result.stage === "lapsed" ? "✕" : "✓";
  const badge = slot("badge-text");
  if (badge) badge.innerHTML = rubyHtml(reader.badge);
  const heading = slot("heading");
  if (heading) {
    heading.innerHTML = rubyHtml(reader.heading);
    heading.hidden = !reader.heading;
  }
  const message = slot("message");
  if (message) {
    message.replaceChildren(...reader.message.split("\n").filter(Boolean).map((line) => apiText("p", line)));
    message.dataset.described = String(result.reader === "normal");
  }
  const button = slot("button");
  if (button) {
    button.firstElementChild!.innerHTML = rubyHtml(reader.button);
    button.hidden = !reader.button;
  }
  // The API's reader texts are in the request's language; Japanese screens say so for screen readers.
  screen.querySelector<HTMLElement>(".screen")?.setAttribute("lang", HTML_LANG[ctx.lang]);
  return screen;
}

function nextSteps(result: PresentedEvaluation): HTMLElement {
  return el(
    "ol",
    { class: "result-steps" },
    ...result.text.nextSteps.map((step) => el("li", {}, apiText("p", step.title, { class: "result-step-title" }), step.detail ? apiText("p", step.detail) : null)),
  );
}

function capabilities(result: PresentedEvaluation): HTMLElement {
  // `works` is null when the input cannot tell (e.g. the signature certificate); the API's
  // sentence says so in words, the mark only repeats it.
  const mark = (works: boolean | null) => (works === true ? "✓" : works === false ? "✕" : "?");
  return el(
    "ul",
    { class: "result-works" },
    ...result.text.capabilities.map((c) =>
      el("li", { "data-works": String(c.works) }, el("span", { class: "result-mark", "aria-hidden": "true" }, mark(c.works)), apiText("span", c.text)),
    ),
  );
}

function caveats(result: PresentedEvaluation, ctx: ResultContext): HTMLElement | null {
  if (result.text.caveats.length === 0) return null;
  const box = el("div", { class: "result-caveats" });
  box.appendChild(rich("h3", ctx.text.result.caveatsHeading));
  for (const caveat of result.text.caveats) {
    const item = el("div", { class: "result-caveat", "data-caveat": caveat.code }, apiText("p", caveat.message));
    if (caveat.alternatives.length) {
      item.appendChild(rich("p", ctx.text.result.caveatAlternatives, { class: "result-alt-label" }));
      item.appendChild(el("ul", {}, ...caveat.alternatives.map((alt) => apiText("li", alt))));
    }
    box.appendChild(item);
  }
  return box;
}

/** Segments from the API's own dates, split into stages by shared/rules/stage-spans.ts (R-INS-2); nothing is recomputed here. */
function segments(result: PresentedEvaluation, ctx: ResultContext): TimelineSegment[] {
  const t = ctx.text.result;
  const word = (s: string) => readingText(s);
  const line = (iso: string, w: string) => (ctx.lang === "en" ? `${word(w)} ${formatShort(iso, ctx.lang)}` : `${formatShort(iso, ctx.lang)}${word(w)}`);
  const lines = (span: StageSpan): string[] => {
    // Valid is written as "before the day renewal opens", the day people look for.
    if (span.stage === "valid") return [line(result.certificate.renewalOpensOn, t.before)];
    return [span.from && line(span.from, t.from), span.to && line(span.to, t.until)].filter((l): l is string => !!l);
  };
  return stageSpans(result.certificate).map((span) => ({ ...span, name: readingText(ctx.stageNames[span.stage]), lines: lines(span) }));
}

function timeline(result: PresentedEvaluation, ctx: ResultContext): HTMLElement {
  const t = ctx.text.result;
  const drawing = el("div", { class: "result-drawing" });
  const marker = readingText(ctx.dayChosen ? t.dayMarker : t.todayMarker);
  drawing.innerHTML = timelineSvg({ segments: segments(result, ctx), today: { iso: result.today, label: marker } }, "result");
  const rows = [...result.text.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const tbody = el("tbody");
  let todayDone = false;
  const todayRow = () => {
    todayDone = true;
    return el("tr", { class: "result-today-row" }, el("th", { scope: "row" }, dateValue(result.today, ctx.lang)), rich("td", ctx.dayChosen ? t.dayRow : t.todayRow));
  };
  for (const row of rows) {
    if (!todayDone && result.today < row.date) tbody.appendChild(todayRow());
    tbody.appendChild(el("tr", { "data-kind": row.kind }, el("th", { scope: "row" }, dateValue(row.date, ctx.lang)), apiText("td", row.label)));
  }
  if (!todayDone) tbody.appendChild(todayRow());
  const table = el(
    "table",
    {},
    rich("caption", t.tableCaption),
    el("thead", {}, el("tr", {}, rich("th", t.tableDate, { scope: "col" }), rich("th", t.tableEvent, { scope: "col" }))),
    tbody,
  );
  return el(
    "figure",
    { class: "result-timeline" },
    rich("figcaption", t.timelineCaption),
    drawing,
    el("div", { class: "result-table", role: "region", tabindex: "0", "aria-label": readingText(t.tableCaption) }, table),
  );
}

const compact = (iso: string) => iso.replaceAll("-", "");

function calendar(result: PresentedEvaluation, ctx: ResultContext): HTMLElement | null {
  const t = ctx.text.result;
  const c = result.certificate;
  // The next milestone still ahead decides the Google Calendar event; past the grace end there is none.
  const next = (
    [
      ["renewalOpens", c.renewalOpensOn],
      ["certificateExpires", c.expiresOn],
      ["graceEnds", c.graceEndsOn],
    ] as const
  ).find(([, iso]) => iso >= result.today);
  if (!next) return null;
  const calendarLang = ctx.apiLang === "en" ? "en" : "ja";
  const ics = `/api/v1/calendar.ics?certificateExpiry=${encodeURIComponent(c.expiresOn)}&lang=${calendarLang}`;
  const google = new URL("https://calendar.google.com/calendar/render");
  google.searchParams.set("action", "TEMPLATE");
  google.searchParams.set("text", readingText(t.googleTitle[next[0]]));
  google.searchParams.set("dates", `${compact(next[1])}/${compact(isoFromDayNumber(dayNumber(next[1]) + 1))}`);
  google.searchParams.set("details", readingText(t.googleDetails));
  return el(
    "div",
    { class: "result-calendar" },
    rich("h3", t.calendarHeading),
    rich("p", t.calendarText),
    el(
      "ul",
      { class: "result-links" },
      el("li", {}, rich("a", t.ics, { href: ics, download: "myna-expiry.ics", "data-ics": "" })),
      el("li", {}, rich("a", t.google, { href: google.toString(), rel: "noopener noreferrer", target: "_blank", class: "external", "data-google": "" })),
    ),
  );
}

/** Replace the result section's content and mark it with the stage (contract.md `data-stage`). */
export function renderResult(section: HTMLElement, result: PresentedEvaluation, ctx: ResultContext, onAgain: () => void): void {
  const t = ctx.text.result;
  const again = rich("button", t.again, { type: "button", class: "result-again" });
  again.addEventListener("click", onAgain);
  section.replaceChildren(
    rich("h2", t.heading, { id: "result-heading", class: "result-heading" }),
    stageSummary(result, ctx),
    caveats(result, ctx) ?? "",
    rich("h3", t.datesHeading),
    keyDates(result, ctx),
    rich("h3", t.readerHeading),
    readerScreen(result, ctx) ?? "",
    rich("h3", t.stepsHeading),
    nextSteps(result),
    rich("h3", t.worksHeading),
    capabilities(result),
    rich("h3", t.timelineHeading),
    timeline(result, ctx),
    calendar(result, ctx) ?? "",
    rich("p", t.bookmark, { class: "result-bookmark" }),
    el("p", { class: "result-actions" }, again, " ", rich("a", t.stagesLink, { href: ctx.stagesHref })),
  );
  section.dataset.stage = result.stage;
  section.hidden = false;
}
