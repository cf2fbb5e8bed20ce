/**
 * @module
 * Importing a CSV file: read on this device (decode.ts finds the encoding), then a preview that
 * shows how each column was read (changeable), how many rows were read and which lines failed
 * and why, before anything is added to the list or computed.
 */

import { formatDay } from "#shared/dates/display.ts";
import { parseTypedDate } from "#shared/dates/index.ts";
import { type Lang, punctuation } from "#shared/lang/index.ts";
import type { ListContent } from "../../content/list";
import { plainText } from "../../lib/inline";
import { markJapaneseInDomFor } from "../../lib/language-of-parts";
import { el, rich, richLabel, richWithText } from "../dom";
import { cardExpiryNotBirthday } from "./card-expiry-check";
import { isStayHeader, labelColumns, type Mapping } from "./columns";
import { decodeCsv } from "./decode";
import { repeatedLines, splitDuplicates } from "./duplicates";
import { type ImportedLine, type ImportedTable, importTable } from "./import-table";
import { problemText } from "./problems";
import { COLUMNS, type Column, isBlank, type Row } from "./row";
import { fill, quoteList, withEraReadings } from "./text";

/** What the preview needs of the list: its rows now, and adding to or replacing them. */
export interface ImportTarget {
  rows(): Row[];
  add(rows: Row[]): void;
  replace(rows: Row[]): void;
}

export function mountImport(root: HTMLElement, text: ListContent, lang: Lang, list: ImportTarget): void {
  const t = text.import;
  const file = root.querySelector<HTMLInputElement>("[data-import-file]")!;
  const preview = root.querySelector<HTMLElement>("[data-import-preview]")!;
  const status = root.querySelector<HTMLElement>("[data-import-status]")!;
  let source = "";
  let encodingName = "";
  let table: ImportedTable | null = null;

  const say = (message: string) => status.replaceChildren(rich("span", message));
  const p = punctuation(lang);
  /**
   * A line of the file by its number and, when it has one, its label as typed (set as text, never
   * as markup): 「4行目（303 平野 実）」. Forty lines named by number alone send the reader back
   * to the spreadsheet to find whose they are.
   */
  const lineName = (line: ImportedLine) => {
    const name = rich("strong", fill(t.line, { n: line.line }));
    const label = line.row.label.trim();
    if (label) name.appendChild(document.createTextNode(`${p.open}${label}${p.close}`));
    return name;
  };
  /** One line of the file and what is said of it: 「4行目（…）：…」. */
  const lineItem = (line: ImportedLine, sentences: readonly string[]) =>
    el("li", { "data-line": String(line.line) }, lineName(line), p.colon, rich("span", sentences.join(p.space)));

  const columnSelect = (index: number, chosen: Column | null) => {
    const select = el("select", {
      "aria-labelledby": `import-read-as import-column-${index}`,
      "data-import-column": String(index),
    });
    select.appendChild(el("option", { value: "" }, plainText(t.ignore)));
    for (const column of COLUMNS) {
      const option = el("option", { value: column }, plainText(text.columns[column]));
      option.selected = column === chosen;
      select.appendChild(option);
    }
    select.addEventListener("change", () => {
      const mapping: Mapping = table!.mapping.map((m, i) =>
        i === index ? ((select.value || null) as Column | null) : m,
      );
      table = importTable(source, mapping);
      render();
      (preview.querySelector(`[data-import-column="${index}"]`) as HTMLElement | null)?.focus();
    });
    return select;
  };

  const render = () => {
    const current = table!;
    const good = current.lines.filter((line) => line.problems.length === 0);
    const columnName = (i: number) => current.header?.[i] || plainText(fill(t.columnN, { n: i + 1 }));
    // A room and a name both kept (review A6): said, with the first line's label as it will be.
    const joinedColumns = labelColumns(current.mapping);
    const joined =
      joinedColumns.length > 1
        ? [
            richWithText(
              "p",
              t.joined,
              {
                columns: quoteList(joinedColumns.map(columnName), lang),
                example: current.lines[0]?.row.label ?? "",
              },
              { "data-import-joined": "" },
            ),
          ]
        : [];
    // Review7 finding 3: a column about the stay left unread, while none is read as its end, is
    // said, with how to read it (R-INFER-6).
    const stayRead = current.mapping.includes("periodOfStayEndsOn");
    const stayColumns = (current.header ?? []).flatMap((cell, i) =>
      !stayRead && isStayHeader(cell) && current.mapping[i] === null ? [columnName(i)] : [],
    );
    const stay = stayColumns.length
      ? [richWithText("p", t.stayNotRead, { columns: quoteList(stayColumns, lang) }, { "data-import-stay": "" })]
      : [];
    const failed = current.lines.filter((line) => line.problems.length > 0);
    const columns = el(
      "table",
      { class: "preview-columns" },
      rich("caption", t.columnsCaption),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          rich("th", t.columnHeader, { scope: "col" }),
          rich("th", t.firstRow, { scope: "col" }),
          rich("th", t.readAs, { scope: "col", id: "import-read-as" }),
        ),
      ),
      el(
        "tbody",
        {},
        ...current.mapping.map((chosen, i) =>
          el(
            "tr",
            {},
            el("th", { scope: "row", id: `import-column-${i}` }, columnName(i)),
            el("td", {}, current.sample[i] ?? ""),
            el("td", {}, columnSelect(i, chosen)),
          ),
        ),
      ),
    );
    const failedList = el("ul", { class: "preview-failed", "data-import-failed": "" });
    for (const line of failed) {
      const problems = line.problems.map((problem) => problemText(problem, text, lang));
      failedList.appendChild(lineItem(line, problems));
    }
    // What to look at before adding, line by line: dates read past their era's end (R-PARSE-3);
    // a card expiry that is no birthday, probably mistyped (R-INFER-4: said here as the results
    // would say it); a line that repeats an earlier one of the file (not added, like the rows
    // already in the list below).
    const repeats = repeatedLines(good);
    const stop = lang === "en" ? ". " : "。";
    const lineNotes = (line: (typeof good)[number]): string[] => {
      const said = line.notes.map((n) =>
        fill(t.note, { column: text.columns[n.column], date: withEraReadings(n.wareki, lang) }),
      );
      if (cardExpiryNotBirthday(line.row)) {
        const read = parseTypedDate(line.row.cardExpiry.trim());
        const date = read.ok ? formatDay(read.iso, lang) : line.row.cardExpiry;
        said.push(fill(text.results.relation.check, { date }) + stop + text.results.doubt.typo);
      }
      // No card date (review finding 3): added, not checked; the 資格確認書 said (R-INS-5).
      if (line.noDates) said.push(t.noDates + p.space + text.results.noCard);
      const first = repeats.get(line);
      if (first !== undefined) said.push(fill(t.repeated, { first }));
      return said;
    };
    const noted = good.map((line) => ({ line, said: lineNotes(line) })).filter((n) => n.said.length > 0);
    const notesList = el("ul", { class: "preview-notes", "data-import-notes": "" });
    for (const { line, said } of noted) {
      const item = el("li", { "data-line": String(line.line) });
      if (repeats.has(line)) item.dataset.repeats = String(repeats.get(line));
      if (cardExpiryNotBirthday(line.row)) item.dataset.notBirthday = "";
      if (line.noDates) item.dataset.noDates = "";
      item.appendChild(lineName(line));
      item.appendChild(document.createTextNode(lang === "en" ? ": " : "："));
      item.appendChild(rich("span", said.join(lang === "en" ? " " : "")));
      notesList.appendChild(item);
    }
    const unique = good.filter((line) => !repeats.has(line));
    // A file imported again, corrected (review B8): the rows already in the list (same label and
    // dates) are not added twice, and the list can be replaced by the file instead.
    const inList = list.rows().filter((row) => !isBlank(row));
    const { fresh, duplicates } = splitDuplicates(
      inList,
      unique.map((line) => line.row),
    );
    const listNote = inList.length
      ? [
          rich(
            "p",
            fill(t.inList, { m: inList.length }) +
              (duplicates.length ? fill(t.duplicates, { d: duplicates.length }) : ""),
            { "data-import-duplicates": String(duplicates.length) },
          ),
        ]
      : [];
    // With their ふりがな on the easy page, like the page's own buttons (issue 12); names without
    // the readings (richLabel).
    const add = richLabel("button", t.add, {
      type: "button",
      class: "button",
      "data-import-add": "",
      ...(fresh.length === 0 && { disabled: "" }),
    });
    const replace = inList.length
      ? richLabel("button", t.replace, {
          type: "button",
          class: "button secondary",
          "data-import-replace": "",
          ...(unique.length === 0 && { disabled: "" }),
        })
      : null;
    replace?.addEventListener("click", () => {
      list.replace(unique.map((line) => line.row));
      close();
      say(fill(t.replaced, { n: unique.length }) + (repeats.size ? fill(t.repeatedSkipped, { d: repeats.size }) : ""));
    });
    const cancel = richLabel("button", t.cancel, {
      type: "button",
      class: "button secondary",
      "data-import-cancel": "",
    });
    add.addEventListener("click", () => {
      list.add(fresh);
      close();
      say(
        fill(t.addedRows, { n: fresh.length }) +
          (duplicates.length ? fill(t.skipped, { d: duplicates.length }) : "") +
          (repeats.size ? fill(t.repeatedSkipped, { d: repeats.size }) : ""),
      );
    });
    // Review7 finding 7: the lines that cannot be read go in too when asked, to be fixed in the
    // table (the results list each as not computed, with why, until it is), so nobody drops out
    // of the list unseen.
    const failedRows = splitDuplicates(
      [...inList, ...fresh],
      failed.map((line) => line.row),
    ).fresh;
    const addAll = failedRows.length
      ? richLabel("button", t.addAll, { type: "button", class: "button secondary", "data-import-add-all": "" })
      : null;
    addAll?.addEventListener("click", () => {
      // In the file's order (review8 #2): the lines the preview named keep their places.
      const chosen = new Set([...fresh, ...failedRows]);
      list.add(current.lines.map((line) => line.row).filter((row) => chosen.has(row)));
      close();
      say(
        fill(t.addedAll, { n: fresh.length, m: failedRows.length }) +
          (duplicates.length ? fill(t.skipped, { d: duplicates.length }) : "") +
          (repeats.size ? fill(t.repeatedSkipped, { d: repeats.size }) : ""),
      );
    });
    cancel.addEventListener("click", () => {
      close();
      file.focus();
    });
    preview.replaceChildren(
      rich("h3", t.previewHeading, { id: "import-preview-heading", tabindex: "-1" }),
      rich("p", fill(t.encoding, { encoding: encodingName }), { "data-import-encoding": "" }),
      rich("p", current.header ? t.headerFound : t.headerMissing),
      columns,
      ...joined,
      ...stay,
      rich("p", good.length ? fill(t.readCount, { n: good.length }) : t.nothing, {
        "data-import-count": String(good.length),
        "data-import-repeats": String(repeats.size),
      }),
      rich("h4", fill(t.failedHeading, { n: failed.length })),
      failed.length ? failedList : rich("p", t.failedNone),
      ...(noted.length ? [rich("h4", t.notesHeading), notesList] : []),
      ...listNote,
      el("p", { class: "button-row" }, add, addAll, replace, cancel),
    );
    markJapaneseInDomFor(lang, preview); // WCAG 3.1.2: 和暦 and headers in the file
    preview.hidden = false;
  };

  const close = () => {
    preview.hidden = true;
    preview.replaceChildren();
    table = null;
    file.value = "";
  };

  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const decoded = decodeCsv(new Uint8Array(await chosen.arrayBuffer()));
      source = decoded.text;
      encodingName = plainText(t.encodings[decoded.encoding]);
      table = importTable(source);
      say("");
      render();
      preview.querySelector<HTMLElement>("#import-preview-heading")?.focus();
    } catch {
      close();
      say(t.unreadable);
    }
  });
}
