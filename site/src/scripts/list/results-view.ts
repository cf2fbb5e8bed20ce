/**
 * @module
 * The list's results: the day they are for, this month's visits on top (the print view keeps
 * them), a filter by stage, and the table sorted by what needs doing first, each row linking to
 * its full answer in the checker. Labels are set as text, never as HTML. Stage tags are clones
 * of the design system's StageTag, rendered into the page at build time.
 */

import { formatDay, formatMonth } from "#shared/dates/display.ts";
import { isHanScript, type Lang, punctuation } from "#shared/lang/index.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { el, rich, richLabel } from "../dom";
import {
  type ActionWords,
  actionParts,
  mayBeLapsed,
  namesEligibility,
  type ReadingDates,
  readingsOf,
  stageReadings,
} from "./action-text";
import { checkHref, entryFilter, type Filter, type ListEntry } from "./entries";
import { opensThisMonth } from "./next-action";
import { fill } from "./text";

export interface ResultsContext {
  text: ListContent;
  lang: Lang;
  /** The stages' names, from the same source as the page's stage tags (ListPage.astro). */
  stageNames: Record<Stage, string>;
  checkPath: string;
}

/** In the order of the table: what needs doing first (next-action.ts), then what could not be computed. */
const FILTERS: readonly Filter[] = [
  "all",
  "checkCardExpiry",
  "checkCertificateExpiry",
  "lapsed",
  "checkRenewal",
  "grace",
  "renewal",
  "valid",
  "problem",
];

type Computed = Extract<ListEntry, { ok: true }>;

export function mountResults(section: HTMLElement, ctx: ResultsContext) {
  const { text, lang, stageNames } = ctx;
  const r = text.results;
  const p = punctuation(lang);
  const body = section.querySelector<HTMLElement>("[data-results-body]")!;
  const filter = section.querySelector<HTMLElement>("[data-filter-options]")!;
  const stageTag = (stage: Stage) =>
    section
      .querySelector<HTMLTemplateElement>(`template[data-stage-tag="${stage}"]`)!
      .content.firstElementChild!.cloneNode(true);
  const label = (entry: ListEntry) => entry.row.label.trim() || `${plainText(r.unnamed)} ${entry.index + 1}`;
  const words: ActionWords = { results: r, date: (iso) => formatDay(iso, lang), stageName: (s) => stageNames[s] };
  let shown: Filter = "all";
  // Item 5: the table's order, by what needs doing first (the entries' own order) or by label.
  let order: "action" | "label" = "action";
  const collator = new Intl.Collator(lang === "en" ? "en" : "ja", { numeric: true });
  const caption = section.querySelector<HTMLElement>("[data-results-caption]")!;
  const applyOrder = () => {
    const rows = [...body.querySelectorAll<HTMLTableRowElement>("tr")];
    const position = (tr: HTMLElement) => Number(tr.dataset.position);
    rows.sort((a, b) =>
      order === "label"
        ? collator.compare(a.dataset.sortLabel!, b.dataset.sortLabel!) || position(a) - position(b)
        : position(a) - position(b),
    );
    body.replaceChildren(...rows);
    for (const th of section.querySelectorAll<HTMLElement>("[data-sort-column]"))
      th.setAttribute(
        "aria-sort",
        th.dataset.sortColumn !== order ? "none" : order === "label" ? "ascending" : "other",
      );
    caption.replaceChildren(rich("span", order === "label" ? r.captionByLabel : r.caption));
  };
  for (const input of section.querySelectorAll<HTMLInputElement>('[data-sort-options] input[name="results-sort"]'))
    input.addEventListener("change", () => {
      order = input.value as typeof order;
      applyOrder();
    });

  const applyFilter = () => {
    for (const tr of body.querySelectorAll<HTMLTableRowElement>("tr"))
      tr.hidden = shown !== "all" && tr.dataset.filter !== shown;
  };

  const head = (key: keyof ListContent["results"]["head"]) => plainText(r.head[key]);
  // The column's name shown in the cell on narrow screens, where each row is a card, with its
  // ふりがな on the easy page (review B6: a CSS attr() label cannot carry ruby).
  const cellLabel = (key: keyof ListContent["results"]["head"]) =>
    richLabel("span", r.head[key], { class: "cell-label" });
  const dateCell = (iso: string, key: keyof ListContent["results"]["head"]) =>
    el("td", { "data-label": head(key) }, cellLabel(key), el("time", { datetime: iso }, formatDay(iso, lang)));

  /** The day the person chose, passed on to the checker links. */
  let chosenDay: string | undefined;

  /** One reading's stage tag, with its label when there are two (the riskier, not renewed, first) or it is only "as typed". */
  const reading = (labelText: string, stage: Stage, printed = labelText) =>
    el(
      "span",
      { class: "reading" },
      rich("span", labelText, { class: "reading-label" }),
      // Item 4: the short label on paper (list.css), hidden from screen readers: the long one says it.
      rich("span", printed, { class: "reading-printed", "aria-hidden": "true" }),
      " ",
      stageTag(stage),
    );

  const stageCell = (entry: Computed) => {
    const cell = el("td", { class: "stage", "data-label": head("stage") }, cellLabel("stage"));
    stageReadings(entry.action, entry.evaluation.stage).forEach(({ label: readingLabel, stage }, i) => {
      // appendChild, not append (dom.ts says why).
      if (i > 0) cell.appendChild(document.createTextNode(" "));
      cell.appendChild(
        readingLabel === null
          ? stageTag(stage)
          : reading(
              r.readings[readingLabel],
              stage,
              readingLabel === "asTyped" ? r.readings.asTyped : r.printedReadings[readingLabel],
            ),
      );
    });
    return cell;
  };

  /**
   * A date column of a row in doubt (R-INFER-3, R-INFER-5, R-INFER-6): both readings' dates, each
   * under its label, as the stage column has them (the riskier first). One date alone was the
   * renewed reading's under a heading that says "if not renewed" (item 7).
   */
  const readingDates = (readings: readonly ReadingDates[], key: "certificateExpires" | "graceEnds") => {
    const cell = el("td", { class: "reading-dates", "data-label": head(key) }, cellLabel(key));
    for (const reading of readings) {
      const iso = key === "certificateExpires" ? reading.certificateExpiresOn : reading.graceEndsOn;
      cell.appendChild(
        el(
          "span",
          { class: "reading" },
          rich("span", r.readings[reading.label], { class: "reading-label" }),
          " ",
          el("time", { datetime: iso }, formatDay(iso, lang)),
        ),
      );
    }
    return cell;
  };

  const row = (entry: ListEntry) => {
    const tr = el(
      "tr",
      {
        "data-filter": entryFilter(entry),
        "data-index": String(entry.index),
        "data-sort-label": label(entry),
        "data-relation": entry.ok ? entry.action.relation : undefined,
        "data-date": entry.ok ? entry.action.date : undefined,
      },
      el("th", { scope: "row" }, label(entry)),
    );
    if (!entry.ok) {
      // No card date is not an error: said plainly, with what helps (review finding 3); on paper
      // without how to add the dates, so that it keeps to one line.
      const cell = entry.unchecked
        ? el(
            "td",
            { colspan: "5", class: "not-checked" },
            rich("span", r.notChecked + p.space + r.noCard),
            p.space,
            rich("span", r.addDates, { class: "screen-only" }),
          )
        : el("td", { colspan: "5", class: "item-error" }, rich("span", fill(r.itemError, { message: entry.message })));
      tr.appendChild(cell);
      return tr;
    }
    const { action: next, evaluation } = entry;
    const parts = actionParts(next, words);
    const action = el(
      "td",
      { class: "action", "data-label": head("action") },
      cellLabel("action"),
      rich("span", parts.what, { class: "action-what" }),
      " ",
      rich("span", parts.when, { class: parts.sentence ? "action-doubt" : "action-when" }),
    );
    const notes = parts.doubt === null ? [] : [parts.doubt];
    // R-INS-5: lapsed, or maybe: the resident still sees a doctor with the 資格確認書.
    if (mayBeLapsed(next, evaluation.stage) && !namesEligibility(next)) notes.push(r.doubt.eligibility);
    if (notes.length > 0) {
      if (next.renewal || next.stay || next.field || next.kind === "checkCardExpiry") action.dataset.check = "";
      action.appendChild(rich("span", notes.join(p.space), { class: "action-check" }));
    }
    const details = richLabel("a", r.details, { href: checkHref(ctx.checkPath, entry.item, chosenDay) });
    // Whose details, for a screen reader: "Details: Room 101", 「詳しく見る（101号室）」.
    const whose = isHanScript(lang) ? `${p.open}${label(entry)}${p.close}` : `${p.colon}${label(entry)}`;
    details.appendChild(el("span", { class: "visually-hidden" }, whose));
    // Review finding 18: on a phone the row is its name, stage and action; the rest (the notes,
    // the dates, the link) opens with this button, which says whose and whether it is open.
    tr.id = `result-${entry.index}`;
    const more = richLabel("button", r.more, {
      type: "button",
      class: "row-more",
      "aria-expanded": "false",
      "aria-controls": tr.id,
    });
    more.appendChild(el("span", { class: "visually-hidden" }, whose));
    more.addEventListener("click", () => {
      const open = !tr.hasAttribute("data-open");
      tr.toggleAttribute("data-open", open);
      more.setAttribute("aria-expanded", String(open));
    });
    action.appendChild(more);
    const readings = readingsOf(next, evaluation.certificate);
    const cells = [
      stageCell(entry),
      action,
      ...(readings
        ? [readingDates(readings, "certificateExpires"), readingDates(readings, "graceEnds")]
        : [
            dateCell(entry.evaluation.certificate.expiresOn, "certificateExpires"),
            dateCell(entry.evaluation.certificate.graceEndsOn, "graceEnds"),
          ]),
      el("td", { class: "details" }, details),
    ];
    // What the phone's short card leaves for the button (list.css).
    for (const cell of cells.slice(2)) cell.classList.add("row-rest");
    for (const cell of cells) tr.appendChild(cell);
    return tr;
  };

  /** B1: what is due now, most urgent first (the table's order), then renewals opening this month. */
  const month = (entries: readonly ListEntry[], today: string) => {
    section
      .querySelector<HTMLElement>("[data-month-opens-heading]")!
      .replaceChildren(rich("span", fill(r.monthOpens, { month: formatMonth(today, lang) })));
    const computed = entries.filter((e): e is Computed => e.ok);
    const item = (entry: Computed) => {
      const { what, when, sentence } = actionParts(entry.action, words);
      // The page's brackets: 「（…）」 in Japanese, " (…)" in English (punctuation(lang)).
      const line = sentence ? `${what}${p.stop}${when}` : `${what}${p.open}${when}${p.close}`;
      return el("li", {}, el("strong", {}, label(entry)), p.colon, rich("span", line));
    };
    const now = computed.filter((e) => e.action.now);
    const opens = computed.filter((e) => opensThisMonth(e.action, today));
    section.querySelector<HTMLElement>("[data-month-list]")!.replaceChildren(...now.map(item));
    section.querySelector<HTMLElement>("[data-month-none]")!.hidden = now.length > 0;
    section.querySelector<HTMLElement>("[data-month-opens-list]")!.replaceChildren(...opens.map(item));
    section.querySelector<HTMLElement>("[data-month-opens]")!.hidden = opens.length === 0;
  };

  const filters = (entries: readonly ListEntry[]) => {
    filter.replaceChildren();
    for (const option of FILTERS) {
      const count = option === "all" ? entries.length : entries.filter((e) => entryFilter(e) === option).length;
      if (option !== "all" && count === 0) continue;
      const name =
        option === "all"
          ? r.all
          : option === "problem"
            ? r.problem
            : option === "checkRenewal" || option === "checkCardExpiry" || option === "checkCertificateExpiry"
              ? r.filters[option]
              : stageNames[option];
      const input = el("input", { type: "radio", name: "stage-filter", value: option, id: `filter-${option}` });
      input.checked = option === shown;
      input.addEventListener("change", () => {
        shown = option;
        applyFilter();
      });
      const labelEl = el("label", { for: `filter-${option}` });
      const counted = fill(r.counts, { n: count });
      labelEl.appendChild(rich("span", `${name}${p.open}${counted}${p.close}`));
      filter.appendChild(el("span", { class: "filter-option" }, input, labelEl));
    }
  };

  return {
    show(entries: readonly ListEntry[], today: string, day?: string) {
      chosenDay = day;
      section
        .querySelector<HTMLElement>("[data-checked-on]")!
        .replaceChildren(rich("span", fill(r.checkedOn, { date: formatDay(today, lang) })));
      month(entries, today);
      if (!entries.some((e) => shown === "all" || entryFilter(e) === shown)) shown = "all";
      filters(entries);
      body.replaceChildren(...entries.map(row));
      body.querySelectorAll<HTMLElement>("tr").forEach((tr, i) => {
        tr.dataset.position = String(i);
      });
      applyOrder();
      // How to settle whether a person renewed, and (R-INS-5) the 資格確認書 with its timing, once
      // under the table; the print view marks the rows in doubt with ※.
      section.querySelector<HTMLElement>("[data-check-note]")!.hidden = !entries.some(
        (e) => e.ok && entryFilter(e) === "checkRenewal",
      );
      section.querySelector<HTMLElement>("[data-eligibility-note]")!.hidden = !entries.some(
        (e) => e.ok && mayBeLapsed(e.action, e.evaluation.stage),
      );
      applyFilter();
      section.hidden = false;
    },
    hide() {
      section.hidden = true;
    },
  };
}
