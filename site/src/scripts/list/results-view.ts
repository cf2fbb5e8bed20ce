/**
 * @module
 * The list's results: the day they are for, this month's visits on top (the print view keeps
 * them), a filter by stage, and the table sorted by what needs doing first, each row linking to
 * its full answer in the checker. Labels are set as text, never as HTML. Stage tags are clones
 * of the design system's StageTag, rendered into the page at build time.
 */

import { formatDay, formatMonth } from "#shared/dates/display.ts";
import type { Lang } from "#shared/lang/index.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { el, rich } from "../dom";
import { checkHref, entryFilter, type Filter, type ListEntry } from "./entries";
import { dueThisMonth } from "./next-action";
import { fill } from "./text";

export interface ResultsContext {
  text: ListContent;
  lang: Lang;
  checkPath: string;
}

const FILTERS: readonly Filter[] = ["all", "lapsed", "grace", "renewal", "valid", "problem"];

export function mountResults(section: HTMLElement, ctx: ResultsContext) {
  const { text, lang } = ctx;
  const r = text.results;
  const body = section.querySelector<HTMLElement>("[data-results-body]")!;
  const filter = section.querySelector<HTMLElement>("[data-filter-options]")!;
  const stageTag = (stage: Stage) =>
    section
      .querySelector<HTMLTemplateElement>(`template[data-stage-tag="${stage}"]`)!
      .content.firstElementChild!.cloneNode(true);
  const label = (entry: ListEntry) => entry.row.label.trim() || `${plainText(r.unnamed)} ${entry.index + 1}`;
  const when = (entry: Extract<ListEntry, { ok: true }>) =>
    fill(r.relation[entry.action.relation], { date: formatDay(entry.action.date, lang) });
  let shown: Filter = "all";

  const applyFilter = () => {
    for (const tr of body.querySelectorAll<HTMLTableRowElement>("tr"))
      tr.hidden = shown !== "all" && tr.dataset.filter !== shown;
  };

  const head = (key: keyof ListContent["results"]["head"]) => plainText(r.head[key]);
  const dateCell = (iso: string, key: keyof ListContent["results"]["head"]) =>
    el("td", { "data-label": head(key) }, el("time", { datetime: iso }, formatDay(iso, lang)));

  /** The day the person chose, passed on to the checker links. */
  let chosenDay: string | undefined;

  const row = (entry: ListEntry) => {
    const tr = el(
      "tr",
      { "data-filter": entryFilter(entry), "data-index": String(entry.index) },
      el("th", { scope: "row" }, label(entry)),
    );
    if (!entry.ok) {
      const cell = el("td", { colspan: "5", class: "item-error" });
      cell.appendChild(rich("span", fill(r.itemError, { message: entry.message })));
      tr.appendChild(cell);
      return tr;
    }
    const action = el(
      "td",
      { class: "action", "data-label": head("action") },
      rich("span", r.actions[entry.action.kind], { class: "action-what" }),
      " ",
      rich("span", when(entry), { class: "action-when" }),
    );
    if (entry.action.check) {
      action.dataset.check = "";
      action.appendChild(rich("span", r.check, { class: "action-check" }));
    }
    const details = el("a", { href: checkHref(ctx.checkPath, entry.item, chosenDay) }, plainText(r.details));
    details.appendChild(
      el("span", { class: "visually-hidden" }, lang === "en" ? `: ${label(entry)}` : `（${label(entry)}）`),
    );
    const cells = [
      el("td", { class: "stage", "data-label": head("stage") }, stageTag(entry.evaluation.stage)),
      action,
      dateCell(entry.evaluation.certificate.expiresOn, "certificateExpires"),
      dateCell(entry.evaluation.certificate.graceEndsOn, "graceEnds"),
      el("td", { class: "details" }, details),
    ];
    for (const cell of cells) tr.appendChild(cell);
    return tr;
  };

  const month = (entries: readonly ListEntry[], today: string) => {
    section
      .querySelector<HTMLElement>("[data-month-heading]")!
      .replaceChildren(rich("span", fill(r.monthHeading, { month: formatMonth(today, lang) })));
    const list = section.querySelector<HTMLElement>("[data-month-list]")!;
    const due = entries.filter((e): e is Extract<ListEntry, { ok: true }> => e.ok && dueThisMonth(e.action, today));
    list.replaceChildren(
      ...due.map((entry) =>
        el(
          "li",
          {},
          el("strong", {}, label(entry)),
          lang === "en" ? ": " : "：",
          rich("span", `${r.actions[entry.action.kind]}（${when(entry)}）`),
        ),
      ),
    );
    section.querySelector<HTMLElement>("[data-month-none]")!.hidden = due.length > 0;
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
            : (section.querySelector<HTMLTemplateElement>(`template[data-stage-tag="${option}"]`)!.dataset.name ??
              option);
      const input = el("input", { type: "radio", name: "stage-filter", value: option, id: `filter-${option}` });
      input.checked = option === shown;
      input.addEventListener("change", () => {
        shown = option;
        applyFilter();
      });
      const labelEl = el("label", { for: `filter-${option}` });
      const counted = fill(r.counts, { n: count });
      labelEl.appendChild(rich("span", lang === "en" ? `${name} (${counted})` : `${name}（${counted}）`));
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
      // The print view marks those rows with ※ and says it once under the table.
      section.querySelector<HTMLElement>("[data-check-note]")!.hidden = !entries.some((e) => e.ok && e.action.check);
      applyFilter();
      section.hidden = false;
    },
    hide() {
      section.hidden = true;
    },
  };
}
