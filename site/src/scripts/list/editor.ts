/**
 * @module
 * The list's table of people: one row a person, a text field per column, and buttons to move a
 * row up or down and to remove it. Everything is a native control, so the keyboard alone does
 * it all (Tab, Enter/Space); after a move or a removal focus stays with the row that moved, and
 * a status line says what happened. A block pasted from a spreadsheet (tab-separated, maybe
 * with a header line) fills the table from the cell it is pasted into.
 */
import type { Lang } from "#shared/lang/index.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { el, rich, richLabel } from "../dom";
import { mappingFromHeader } from "./columns";
import { splitCells } from "./import-table";
import { COLUMNS, type Column, emptyRow, isBlank, type Row, type RowProblem } from "./row";
import { fill } from "./text";

export interface Editor {
  rows(): Row[];
  setRows(rows: readonly Row[]): void;
  /** Adds rows after the last filled one (an empty first row is replaced). */
  append(rows: readonly Row[]): void;
  showProblems(problems: ReadonlyMap<number, { problems: RowProblem[]; messages: string[] }>): void;
  focusCell(index: number, column: Column): void;
}

type Control = "up" | "down" | "remove";

export function mountEditor(root: HTMLElement, text: ListContent, lang: Lang, onChange: (rows: Row[]) => void): Editor {
  const body = root.querySelector<HTMLElement>("[data-rows]")!;
  const status = root.querySelector<HTMLElement>("[data-editor-status]")!;
  const t = text.editor;
  const around = (s: string) => (lang === "en" ? ` (${s})` : `（${s}）`);
  let rows: Row[] = [emptyRow()];

  const announce = (message: string) => {
    status.innerHTML = "";
    status.appendChild(rich("span", message));
  };
  const changed = () => onChange(rows.map((row) => ({ ...row })));

  const cellId = (index: number, column: Column) => `row-${index}-${column}`;

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
          const input = el("input", {
            type: "text",
            id: cellId(index, column),
            "data-column": column,
            "aria-label": plainText(text.columns[column]) + around(name),
            autocomplete: "off",
            spellcheck: "false",
          });
          input.value = row[column];
          input.addEventListener("input", () => {
            rows[index]![column] = input.value;
            changed();
          });
          tr.appendChild(
            el(
              "td",
              { "data-label": plainText(text.columns[column]) },
              input,
              el("p", { class: "cell-error", id: `${cellId(index, column)}-error`, hidden: "" }),
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
      rows.splice(index, 1);
      render();
      changed();
      announce(t.removed);
      focusControl(Math.min(index, rows.length - 1), "remove");
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
    const header = mappingFromHeader(cells[0] ?? []);
    const from = COLUMNS.indexOf(input.dataset.column as Column);
    const mapping = header ?? COLUMNS.slice(from);
    if (header) cells = cells.slice(1);
    cells.forEach((line, i) => {
      if (!rows[start + i]) rows[start + i] = emptyRow();
      const row = rows[start + i]!;
      mapping.forEach((column, c) => {
        if (column && line[c] !== undefined) row[column] = line[c]!;
      });
    });
    render();
    changed();
    announce(fill(t.pasted, { n: cells.length }));
    document.getElementById(cellId(start, header ? "label" : COLUMNS[from]!))?.focus();
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
        input.removeAttribute("aria-describedby");
      });
      for (const p of body.querySelectorAll<HTMLElement>(".cell-error")) p.hidden = true;
      for (const [index, { problems: list, messages }] of problems) {
        list.forEach((problem, i) => {
          const id = cellId(index, problem.column);
          const input = document.getElementById(id);
          const message = document.getElementById(`${id}-error`);
          if (!input || !message) return;
          input.setAttribute("aria-invalid", "true");
          input.setAttribute("aria-describedby", `${id}-error`);
          message.replaceChildren(rich("span", messages[i]!));
          message.hidden = false;
        });
      }
    },
    focusCell,
  };
}
