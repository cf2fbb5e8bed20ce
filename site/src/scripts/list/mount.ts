/**
 * @module
 * The list page's island (/list/, /en/list/, /easy/list/): the table of people, the CSV import,
 * keeping the list on this device when asked, the batch request with dates only (labels never
 * leave the browser: the API gets the dates and answers by index), the results and the exports
 * (CSV, one .ics for everyone, print).
 */

import type { CalendarWords } from "#shared/calendar/events.ts";
import { parseTypedDate } from "#shared/dates/index.ts";
import { type Lang, punctuation } from "#shared/lang/index.ts";
import type { Stage } from "#shared/rules/result.ts";
import type { ListContent } from "../../content/list";
import { inlineHtml, readingText } from "../../lib/inline";
import { markJapaneseInDomFor } from "../../lib/language-of-parts";
import { conversionText } from "../date-text";
import { el, rich, richWithText } from "../dom";
import { notCheckedText } from "./action-text";
import { BatchError, evaluateItems } from "./batch";
import { mountEditor } from "./editor";
import { type ListEntry, sortEntries, toEntries, uncheckedEntry, unreadableEntry } from "./entries";
import { resultsCsv } from "./export-csv";
import { listCalendar } from "./export-ics";
import { mountImport } from "./import-preview";
import { problemText } from "./problems";
import { mountResults } from "./results-view";
import { type BatchItem, type Column, checkRow, hasNoCardDates, isBlank, type Row, type RowProblem } from "./row";
import { canStore, forgetRows, loadRows, saveRows } from "./storage";
import { fill } from "./text";

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el("a", { href: url, download: name, hidden: "" });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountList(root: HTMLElement): void {
  const lang = root.dataset.lang as Lang;
  const apiLang = root.dataset.apiLang ?? "ja";
  const text = JSON.parse(root.dataset.text ?? "{}") as ListContent;
  const words = JSON.parse(root.dataset.calendarWords ?? "{}") as CalendarWords;
  const stageNames = JSON.parse(root.dataset.stageNames ?? "{}") as Record<Stage, string>;
  const checkPath = root.dataset.checkPath ?? "/check/";
  const app = root.querySelector<HTMLElement>("[data-app]")!;
  const summary = root.querySelector<HTMLElement>("[data-error-summary]")!;
  const submit = root.querySelector<HTMLButtonElement>("[data-submit]")!;
  const submitTop = root.querySelector<HTMLButtonElement>("[data-submit-top]")!;
  const status = root.querySelector<HTMLElement>("[data-status]")!;
  const todayInput = root.querySelector<HTMLInputElement>("#today")!;
  const todayConversion = root.querySelector<HTMLElement>("#today-conversion")!;
  const keep = root.querySelector<HTMLInputElement>("[data-keep]")!;
  const forget = root.querySelector<HTMLButtonElement>("[data-forget]")!;
  const storageStatus = root.querySelector<HTMLElement>("[data-storage-status]")!;
  const baseTitle = document.title;

  root.querySelector<HTMLElement>("[data-no-script]")!.hidden = true;
  // The chosen day, converted as it is typed (R-PARSE-4), like the checker's fields.
  todayInput.addEventListener("input", () => {
    const parsed = parseTypedDate(todayInput.value.trim());
    todayConversion.innerHTML = parsed.ok ? inlineHtml(conversionText(parsed.iso, lang)) : "";
  });
  app.hidden = false;

  let computed: { entries: ListEntry[]; today: string; key: string } | null = null;
  const sayStorage = (message: string) => storageStatus.replaceChildren(rich("span", message));
  const editor = mountEditor(root.querySelector<HTMLElement>("[data-editor]")!, text, lang, (rows) => {
    if (keep.checked && !saveRows(rows)) sayStorage(text.storage.unavailable);
    markStale();
  });
  mountImport(root.querySelector<HTMLElement>("[data-import]")!, text, lang, {
    rows: () => editor.rows(),
    add: (rows) => editor.append(rows),
    replace: (rows) => editor.replace(rows),
  });
  const section = root.querySelector<HTMLElement>("[data-results]")!;
  const results = mountResults(section, { text, lang, stageNames, checkPath });

  // Stale results (review A4): once the list or the chosen day differs from what was computed,
  // the results say so (politely, in a status region that is always in the page) and the
  // exports wait for the next computation, so a file never carries answers for another list.
  // Going back to the computed list (an undo) makes them current again.
  const staleStatus = section.querySelector<HTMLElement>("[data-stale-status]")!;
  const staleAgain = section.querySelector<HTMLElement>("[data-stale-again]")!;
  const exportButtons = [
    ...section.querySelectorAll<HTMLButtonElement>("[data-export-csv], [data-export-ics], [data-print]"),
  ];
  const listKey = () => JSON.stringify([editor.rows().filter((row) => !isBlank(row)), todayInput.value.trim()]);
  let stale = false;
  const setStale = (next: boolean) => {
    if (next === stale) return;
    stale = next;
    section.toggleAttribute("data-stale", next);
    staleAgain.hidden = !next;
    staleStatus.replaceChildren(...(next ? [rich("span", text.stale.notice)] : []));
    for (const button of exportButtons) button.disabled = next;
  };
  function markStale(): void {
    if (computed) setStale(listKey() !== computed.key);
  }
  todayInput.addEventListener("input", markStale);

  // Nothing is stored unless asked; what was kept on an earlier visit is loaded and says so.
  const kept = loadRows();
  if (kept) {
    editor.setRows(kept);
    keep.checked = true;
    forget.hidden = false;
    sayStorage(text.storage.restored);
  }
  if (!canStore()) keep.disabled = true;
  keep.addEventListener("change", () => {
    if (keep.checked) {
      const ok = saveRows(editor.rows());
      forget.hidden = !ok;
      sayStorage(ok ? text.storage.saved : text.storage.unavailable);
      if (!ok) keep.checked = false;
    } else {
      forgetRows();
      forget.hidden = true;
      sayStorage(text.storage.forgotten);
    }
  });
  forget.addEventListener("click", () => {
    forgetRows();
    keep.checked = false;
    forget.hidden = true;
    sayStorage(text.storage.forgotten);
    keep.focus();
  });

  const clearErrors = () => {
    summary.hidden = true;
    document.title = baseTitle;
    editor.showProblems(new Map());
    todayInput.removeAttribute("aria-invalid");
  };

  type ErrorLine = { message: string; values?: Record<string, string>; focus: () => void };
  const showErrors = (errors: ErrorLine[]) => {
    const list = summary.querySelector<HTMLElement>("[data-error-list]")!;
    list.replaceChildren(
      ...errors.map((error) => {
        const link = el("a", { href: "#list-editor" });
        link.appendChild(richWithText("span", error.message, error.values ?? {}));
        link.addEventListener("click", (event) => {
          event.preventDefault();
          error.focus();
        });
        return el("li", {}, link);
      }),
    );
    document.title = readingText(text.errors.titlePrefix) + baseTitle;
    summary.hidden = false;
    markJapaneseInDomFor(lang, summary); // WCAG 3.1.2
    summary.focus();
  };

  const chosenDay = (): { ok: true; iso?: string } | { ok: false } => {
    const typed = todayInput.value.trim();
    if (!typed) return { ok: true };
    const parsed = parseTypedDate(typed);
    return parsed.ok ? { ok: true, iso: parsed.iso } : { ok: false };
  };

  root.querySelector<HTMLFormElement>("[data-list-form]")!.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    const rows = editor.rows();
    const people: { index: number; row: Row; item: BatchItem }[] = [];
    const problems = new Map<number, { problems: RowProblem[]; messages: string[] }>();
    const errors: ErrorLine[] = [];
    const rowErrors: ErrorLine[] = [];
    // No card date (a lost card, none yet): not sent, shown as not checked (review finding 3).
    const unchecked: { index: number; row: Row; problems: RowProblem[] }[] = [];
    // A date that does not read (「不明」 from a file): not sent either; while anyone else can be
    // computed it does not stop them (review8 #2), it is listed as not computed, with why.
    const unreadable: { index: number; row: Row; messages: string[] }[] = [];
    rows.forEach((row, index) => {
      if (isBlank(row)) return;
      const checked = checkRow(row);
      if (!checked.ok && hasNoCardDates(checked)) {
        unchecked.push({ index, row, problems: checked.problems });
        return;
      }
      if (checked.ok) {
        people.push({ index, row, item: checked.item });
        return;
      }
      const messages = checked.problems.map((p) => problemText(p, text, lang));
      problems.set(index, { problems: checked.problems, messages });
      unreadable.push({ index, row, messages });
      // The row's label beside its number (review B12): 「2行目（山田 花子）：…」.
      const label = row.label.trim();
      checked.problems.forEach((p, i) => {
        rowErrors.push({
          message: fill(label ? text.errors.rowNamed : text.errors.row, { n: index + 1, message: messages[i]! }),
          values: { label },
          focus: () => editor.focusCell(index, p.column as Column),
        });
      });
    });
    const day = chosenDay();
    if (!day.ok) {
      todayInput.setAttribute("aria-invalid", "true");
      errors.push({
        message: fill(text.problems.unrecognised, { column: text.today.label }),
        focus: () => todayInput.focus(),
      });
    }
    // The rows to fix stop the computing only when nobody could be computed, or with the day.
    if (errors.length > 0 || people.length === 0) errors.unshift(...rowErrors);
    if (errors.length === 0 && people.length === 0) {
      // Nobody with dates: the names without any are what to fix, else the list is empty.
      for (const { index, row, problems: needDates } of unchecked) {
        const messages = needDates.map((p) => problemText(p, text, lang));
        problems.set(index, { problems: needDates, messages });
        errors.push({
          message: fill(text.errors.rowNamed, { n: index + 1, message: messages[0]! }),
          values: { label: row.label.trim() },
          focus: () => editor.focusCell(index, "certificateExpiry"),
        });
      }
      if (unchecked.length === 0)
        errors.push({ message: text.errors.empty, focus: () => editor.focusCell(0, "label") });
    }
    editor.showProblems(problems); // each date to fix, under its field (WCAG 3.3.1)
    if (errors.length > 0) {
      showErrors(errors);
      return;
    }
    submit.disabled = true;
    submitTop.disabled = true;
    const key = listKey();
    status.replaceChildren(rich("span", fill(text.checking, { n: people.length })));
    try {
      const answers = await evaluateItems(
        people.map((p) => p.item),
        apiLang,
        day.ok ? day.iso : undefined,
      );
      const notChecked = notCheckedText(text.results, punctuation(lang).space);
      const space = punctuation(lang).space;
      const entries = sortEntries([
        ...toEntries(people, answers),
        ...unchecked.map(({ index, row }) => uncheckedEntry(index, row, notChecked)),
        ...unreadable.map(({ index, row, messages }) =>
          unreadableEntry(index, row, [...messages, text.results.fixInTable].join(space)),
        ),
      ]);
      const first = entries.find((e): e is Extract<ListEntry, { ok: true }> => e.ok);
      const today = first?.evaluation.today ?? ((day.ok && day.iso) || "");
      computed = { entries, today, key };
      results.show(entries, today, day.ok ? day.iso : undefined);
      setStale(false);
      markStale(); // edited while the answers were on their way
      markJapaneseInDomFor(lang, section); // WCAG 3.1.2
      section.focus();
    } catch (error) {
      results.hide();
      computed = null;
      setStale(false);
      const kind = error instanceof BatchError ? error.kind : "server";
      showErrors([
        { message: kind === "network" ? text.errors.network : text.errors.server, focus: () => submit.focus() },
      ]);
    } finally {
      submit.disabled = false;
      submitTop.disabled = false;
      status.replaceChildren();
    }
  });

  root.querySelector<HTMLButtonElement>("[data-export-csv]")!.addEventListener("click", () => {
    if (computed && !stale)
      download("myna-expiry-list.csv", "text/csv;charset=utf-8", resultsCsv(computed.entries, text, stageNames, lang));
  });
  root.querySelector<HTMLButtonElement>("[data-export-ics]")!.addEventListener("click", () => {
    if (computed && !stale)
      download(
        "myna-expiry-list.ics",
        "text/calendar;charset=utf-8",
        listCalendar(computed.entries, words, location.origin, checkPath, text, lang),
      );
  });
  root.querySelector<HTMLButtonElement>("[data-print]")!.addEventListener("click", () => {
    if (!stale) window.print();
  });
}
