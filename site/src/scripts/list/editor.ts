/**
 * @module
 * The list's table of people: one row a person, a text field per column, and buttons to move a
 * row up or down and to remove it. Everything is a native control, so the keyboard alone does
 * it all (Tab, Enter/Space); after a move or a removal focus stays with the row that moved, and
 * a status line says what happened. A block pasted from a spreadsheet (tab-separated, maybe
 * with a header line) fills the table from the cell it is pasted into.
 */
import { parseTypedDate } from "#shared/dates/index.ts";
import { type Lang, punctuation } from "#shared/lang/index.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { markJapaneseInDomFor } from "../../lib/language-of-parts";
import { conversionText } from "../date-text";
import { el, rich, richLabel, richWithText } from "../dom";
import { labelColumns, type Mapping, mappingFromHeader, rowFromCells } from "./columns";
import { splitCells } from "./import-table";
import { COLUMNS, type Column, type DateColumn, emptyRow, isBlank, type Row, type RowProblem } from "./row";
import { fill, quoteList, withEraReadings } from "./text";

export interface Editor {
  rows(): Row[];
  setRows(rows: readonly Row[]): void;
  /** Adds rows after the last filled one (an empty first row is replaced). */
  append(rows: readonly Row[]): void;
  /** The list becomes these rows (an import chosen to replace it). */
  replace(rows: readonly Row[]): void;
  showProblems(problems: ReadonlyMap<number, { problems: RowProblem[]; messages: string[] }>): void;
  focusCell(index: number, column: Column): void;
}

type Control = "up" | "down" | "remove";

export function mountEditor(root: HTMLElement, text: ListContent, lang: Lang, onChange: (rows: Row[]) => void): Editor {
  const body = root.querySelector<HTMLElement>("[data-rows]")!;
  const status = root.querySelector<HTMLElement>("[data-editor-status]")!;
  const t = text.editor;
  const { open, close } = punctuation(lang);
  const around = (s: string) => `${open}${s}${close}`;
  let rows: Row[] = [emptyRow()];

  const announce = (message: string, values: Record<string, string> = {}) => {
    status.replaceChildren(richWithText("span", message, values));
  };
  // The last removal can be undone from the status line (review B9) until the list changes
  // otherwise; undoing puts the row back where it was.
  // With 40 rows the status line below the table is off screen (item 5): while a removal can be
  // undone, the undo and what was removed stand in a row of their own where the row was, focus
  // goes to that undo, and Tab goes on to the next row; the status line still announces it.
  const undo = root.querySelector<HTMLElement>("[data-undo-remove]")!;
  const undoHome = undo.parentElement!;
  let removed: { row: Row; index: number; message: HTMLElement } | null = null;
  const setRemoved = (next: typeof removed) => {
    removed = next;
    body.querySelector("tr.undo-row")?.remove();
    if (next === null) {
      undoHome.appendChild(undo);
      undo.hidden = true;
      return;
    }
    const cell = el("td", { colspan: String(COLUMNS.length + 2) }, next.message, undo);
    body.insertBefore(el("tr", { class: "undo-row" }, cell), body.children[next.index] ?? null);
    undo.hidden = false;
  };
  const changed = () => {
    setRemoved(null);
    onChange(rows.map((row) => ({ ...row })));
  };

  const cellId = (index: number, column: Column) => `row-${index}-${column}`;

  // Each date as it was read, under its cell, like the checker's fields (R-PARSE-4), and the
  // note of a date past its era's end, as the import preview says it (R-PARSE-3, review A7).
  // Nothing for a date that does not read (yet): that is said on submit. Not while an IME is
  // composing (「しょうわ60」 on its way to 「昭和60」).
  let composing = false;
  const showRead = (read: HTMLElement, column: DateColumn, value: string) => {
    const parsed = parseTypedDate(value.trim());
    if (!parsed.ok) {
      read.replaceChildren();
      return;
    }
    read.replaceChildren(rich("span", withEraReadings(conversionText(parsed.iso, lang), lang)));
    if (parsed.note) {
      const note = fill(text.import.note, {
        column: text.columns[column],
        date: withEraReadings(parsed.note.wareki, lang),
      });
      read.appendChild(rich("span", note, { class: "cell-note", "data-cell-note": "" }));
    }
    markJapaneseInDomFor(lang, read); // WCAG 3.1.2
  };
  // Enter computes (the form's implicit submission), but not the Enter that confirms an IME
  // conversion: some browsers (Safari) send it as a keydown after compositionend, keyCode 229.
  body.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.isComposing || event.keyCode === 229 || composing)) event.preventDefault();
  });
  body.addEventListener("compositionstart", () => {
    composing = true;
  });
  body.addEventListener("compositionend", (event) => {
    composing = false;
    const input = (event.target as Element).closest<HTMLInputElement>("input[data-column]");
    if (input) input.dispatchEvent(new Event("input", { bubbles: true }));
  });

  const render = () => {
    body.replaceChildren(
      ...rows.map((row, index) => {
        const name = plainText(fill(t.rowName, { n: index + 1 }));
        const tr = el(
          "tr",
          { "data-index": String(index) },
          el("th", { scope: "row", class: "row-number" }, String(index + 1)),
        );
        for (const column of COLUMNS) {
          const id = cellId(index, column);
          const input = el("input", {
            type: "text",
            id,
            form: "list-form", // Enter in a cell computes (review B7): the form is below the table
            "data-column": column,
            "aria-label": plainText(text.columns[column]) + around(name),
            ...(column !== "label" && { "aria-describedby": `${id}-read` }),
            autocomplete: "off",
            spellcheck: "false",
          });
          input.value = row[column];
          const read = column === "label" ? null : el("p", { class: "cell-read", id: `${id}-read` });
          if (read) showRead(read, column as DateColumn, row[column]);
          input.addEventListener("input", () => {
            rows[index]![column] = input.value;
            if (read && !composing) showRead(read, column as DateColumn, input.value);
            changed();
          });
          tr.appendChild(
            el(
              "td",
              { "data-label": plainText(text.columns[column]) },
              richLabel("span", text.columns[column], { class: "cell-label" }), // narrow screens (B6)
              input,
              read,
              el("p", { class: "cell-error", id: `${id}-error`, hidden: "" }),
            ),
          );
        }
        // The label with its ふりがな on the easy page (issue 12); the name is the label's words
        // and the row (「上へ（1行目）」), from the content: see richLabel.
        const button = (control: Control, label: string, disabled: boolean) => {
          const node = richLabel("button", label, {
            type: "button",
            class: "row-button",
            "data-control": control,
            ...(disabled && { disabled: "" }),
          });
          node.appendChild(el("span", { class: "visually-hidden" }, around(name)));
          return node;
        };
        tr.appendChild(
          el(
            "td",
            { class: "row-controls" },
            button("up", t.moveUp, index === 0),
            button("down", t.moveDown, index === rows.length - 1),
            button("remove", t.remove, false),
          ),
        );
        return tr;
      }),
    );
  };

  const focusControl = (index: number, control: Control) => {
    const tr = body.querySelector(`tr[data-index="${index}"]`);
    const wanted = tr?.querySelector<HTMLButtonElement>(`[data-control="${control}"]:not([disabled])`);
    (
      wanted ??
      tr?.querySelector<HTMLButtonElement>("button:not([disabled])") ??
      root.querySelector<HTMLButtonElement>("[data-add-row]")
    )?.focus();
  };

  body.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-control]");
    if (!button) return;
    const index = Number(button.closest("tr")!.dataset.index);
    const control = button.dataset.control as Control;
    if (control === "remove") {
      const [row] = rows.splice(index, 1);
      if (rows.length === 0) rows = [emptyRow()];
      render();
      changed();
      const label = row!.label.trim();
      const message = fill(label ? t.removedNamed : t.removed, { n: index + 1 });
      announce(message, { label });
      if (!isBlank(row!))
        setRemoved({ row: row!, index, message: richWithText("span", message, { label }, { class: "undo-message" }) });
      // Focus stays where the row was: on its undo (Tab goes on to the next row), else the next row.
      if (removed) undo.querySelector("button")!.focus();
      else focusControl(Math.min(index, rows.length - 1), "remove");
      return;
    }
    const to = control === "up" ? index - 1 : index + 1;
    if (to < 0 || to >= rows.length) return;
    [rows[index], rows[to]] = [rows[to]!, rows[index]!];
    render();
    changed();
    announce(fill(t.moved, { n: to + 1 }));
    focusControl(to, control);
  });

  // A block from a spreadsheet: tab-separated lines. A single value is an ordinary paste.
  body.addEventListener("paste", (event) => {
    const input = (event.target as Element).closest<HTMLInputElement>("input[data-column]");
    const pasted = event.clipboardData?.getData("text/plain") ?? "";
    if (!input || !/[\t\n]/.test(pasted.trim())) return;
    event.preventDefault();
    let cells = splitCells(pasted, "\t");
    const start = Number(input.closest("tr")!.dataset.index);
    const headerCells = cells[0] ?? [];
    const header = mappingFromHeader(headerCells);
    const from = COLUMNS.indexOf(input.dataset.column as Column);
    const mapping: Mapping = header ?? COLUMNS.slice(from);
    if (header) cells = cells.slice(1);
    cells.forEach((line, i) => {
      if (!rows[start + i]) rows[start + i] = emptyRow();
      const row = rows[start + i]!;
      const read = rowFromCells(line, mapping);
      // Only the columns the line reaches: a short line leaves the cells after it as they were.
      mapping.forEach((column, c) => {
        if (column && line[c] !== undefined) row[column] = read[column];
      });
    });
    render();
    changed();
    // A room and a name both kept (review A6), and said so.
    const joined = header ? labelColumns(header) : [];
    if (joined.length > 1)
      announce(fill(t.pasted, { n: cells.length }) + t.pastedJoined, {
        columns: quoteList(
          joined.map((i) => headerCells[i]!),
          lang,
        ),
      });
    else announce(fill(t.pasted, { n: cells.length }));
    document.getElementById(cellId(start, header ? "label" : COLUMNS[from]!))?.focus();
  });

  undo.querySelector("button")!.addEventListener("click", () => {
    if (!removed) return;
    const { row, index } = removed;
    if (rows.length === 1 && isBlank(rows[0]!)) rows = [];
    rows.splice(index, 0, row);
    render();
    changed();
    announce(fill(t.restored, { n: index + 1 }));
    document.getElementById(cellId(index, "label"))?.focus();
  });

  root.querySelector<HTMLButtonElement>("[data-add-row]")!.addEventListener("click", () => {
    rows.push(emptyRow());
    render();
    changed();
    announce(fill(t.added, { n: rows.length }));
    document.getElementById(cellId(rows.length - 1, "label"))?.focus();
  });

  const focusCell = (index: number, column: Column) => {
    const input = document.getElementById(cellId(index, column));
    input?.scrollIntoView({ block: "center" });
    input?.focus({ preventScroll: true });
  };

  render();
  return {
    rows: () => rows.map((row) => ({ ...row })),
    setRows(next) {
      rows = next.length ? next.map((row) => ({ ...row })) : [emptyRow()];
      render();
      setRemoved(null);
    },
    replace(next) {
      this.setRows(next);
      changed();
    },
    append(next) {
      const kept = rows.filter((row) => !isBlank(row));
      rows = [...kept, ...next.map((row) => ({ ...row }))];
      if (rows.length === 0) rows = [emptyRow()];
      render();
      changed();
    },
    showProblems(problems) {
      body.querySelectorAll<HTMLInputElement>("input[data-column]").forEach((input) => {
        input.removeAttribute("aria-invalid");
        if (input.dataset.column === "label") input.removeAttribute("aria-describedby");
        else input.setAttribute("aria-describedby", `${input.id}-read`);
      });
      for (const p of body.querySelectorAll<HTMLElement>(".cell-error")) p.hidden = true;
      for (const [index, { problems: list, messages }] of problems) {
        list.forEach((problem, i) => {
          const id = cellId(index, problem.column);
          const input = document.getElementById(id);
          const message = document.getElementById(`${id}-error`);
          if (!input || !message) return;
          input.setAttribute("aria-invalid", "true");
          input.setAttribute("aria-describedby", `${id}-error ${id}-read`);
          message.replaceChildren(rich("span", messages[i]!));
          message.hidden = false;
        });
      }
    },
    focusCell,
  };
}
