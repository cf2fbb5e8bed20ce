/**
 * @module
 * Which column of a spreadsheet holds what, from its header: Japanese or English, as offices
 * and care facilities write them (氏名, 部屋番号, 生年月日, カードの有効期限, 電子証明書の有効期限,
 * 発行日, "Birth date", …). A header is compared as a whole after normalising it, so
 * "電子証明書の有効期限（結果）" or a sentence that merely contains 有効期限 is not taken for a column.
 */
import { COLUMNS, type Column, emptyRow, type Row } from "./row";

/** How a header reads once normalised (see {@link normaliseHeader}). */
const ALIASES: Record<Column, readonly string[]> = {
  label: [
    "氏名",
    "名前",
    "お名前",
    "なまえ",
    "部屋",
    "部屋番号",
    "居室",
    "居室番号",
    "号室",
    "利用者",
    "利用者名",
    "入居者",
    "入居者名",
    "名前部屋番号",
    "名前または部屋番号",
    "name",
    "fullname",
    "label",
    "room",
    "roomnumber",
    "nameorroom",
    "nameorroomnumber",
  ],
  birthDate: ["生年月日", "誕生日", "生まれた日", "birthdate", "dateofbirth", "dob", "birthday"],
  // The card face prints only the card's own expiry, so a bare 有効期限 is the card's (R-INFER-2).
  cardExpiry: [
    "カード有効期限",
    "カード本体有効期限",
    "マイナンバーカード有効期限",
    "個人番号カード有効期限",
    "カード期限",
    "有効期限",
    "cardexpiry",
    "cardexpires",
    "cardexpirydate",
    "cardvaliduntil",
  ],
  certificateExpiry: [
    "電子証明書有効期限",
    "証明書有効期限",
    "利用者証明用電子証明書有効期限",
    "電子証明書期限",
    "certificateexpiry",
    "certificateexpires",
    "certificateexpirydate",
    "certexpiry",
  ],
  cardIssuedOn: [
    "発行日",
    "カード発行日",
    "交付日",
    "カード交付日",
    "発行年月日",
    "交付年月日",
    "カードを作った日",
    "cardissuedon",
    "cardissuedate",
    "cardissued",
    "issuedate",
    "issuedon",
    "dateofissue",
  ],
  // 在留期間満了日 as the residence card and immigration write it (R-CARD-4). Not a bare 在留期間
  // or "period of stay", which may hold a length (「5年」), nor 在留カードの有効期限: a permanent
  // resident's residence card has an expiry of its own, not a stay end.
  periodOfStayEndsOn: [
    "在留期間満了日",
    "在留期間満了",
    "在留期限",
    "在留満了日",
    "periodofstayends",
    "periodofstayendson",
    "periodofstayend",
    "periodofstayexpiry",
    "endofperiodofstay",
    "stayends",
    "stayendson",
    "stayexpiry",
  ],
};

/**
 * NFKC (full-width letters), lower case, without spaces, bracketed notes ("（和暦）", "(YYYY/MM/DD)"),
 * the particle の, and separators (・ _ - / :).
 * @example normaliseHeader("カードの有効期限（和暦）") // "カード有効期限"
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]|【.*?】|「|」/g, "")
    .replace(/[\s・_\-/:：.]/g, "")
    .replace(/の/g, "");
}

const LOOKUP = new Map<string, Column>(
  (Object.entries(ALIASES) as [Column, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [normaliseHeader(name), column] as const),
  ),
);

export const columnOfHeader = (header: string): Column | null => LOOKUP.get(normaliseHeader(header)) ?? null;

/**
 * Review7 finding 3: a column about the stay (在留カードの有効期限, 在留資格, …). Left unread
 * while no column is read as the stay's end, the preview says so and how to read it (R-INFER-6).
 */
export const isStayHeader = (header: string): boolean =>
  /在留|periodofstay|residencecard/.test(normaliseHeader(header));

/** A column's reading: what it holds, or null when it is not read. */
export type Mapping = (Column | null)[];

/**
 * What a label column holds: a room (居室, 部屋番号), a name (氏名, 利用者), or either
 * (名前・部屋番号, the list's own header). A facility's sheet often has a room and a name.
 */
type LabelKind = "room" | "name" | "either";
const ROOM_HEADERS = new Set(
  ["部屋", "部屋番号", "居室", "居室番号", "号室", "room", "roomnumber"].map(normaliseHeader),
);
const NAME_HEADERS = new Set(
  ["氏名", "名前", "お名前", "なまえ", "利用者", "利用者名", "入居者", "入居者名", "name", "fullname"].map(
    normaliseHeader,
  ),
);
const labelKind = (header: string): LabelKind => {
  const normal = normaliseHeader(header);
  return ROOM_HEADERS.has(normal) ? "room" : NAME_HEADERS.has(normal) ? "name" : "either";
};

/**
 * The mapping of a header row, each date taken once (the first column that names it), or null
 * when no cell is a header we know: then the row is data. The label may take two columns, a
 * room and a name (「居室」「氏名」), which are joined (review A6); a second name or room, or
 * another column beside 「名前・部屋番号」, is not read.
 */
export function mappingFromHeader(cells: readonly string[]): Mapping | null {
  const seen = new Set<Column>();
  const kinds = new Set<LabelKind>();
  const mapping = cells.map((cell) => {
    const column = columnOfHeader(cell);
    if (column === null) return null;
    if (column === "label") {
      const kind = labelKind(cell);
      if (kinds.has(kind) || kinds.has("either") || (kind === "either" && kinds.size > 0)) return null;
      kinds.add(kind);
    } else if (seen.has(column)) return null;
    seen.add(column);
    return column;
  });
  return seen.size > 0 ? mapping : null;
}

/** The positions read as the label: more than one when a room and a name are joined. */
export const labelColumns = (mapping: Mapping): number[] =>
  mapping.flatMap((column, i) => (column === "label" ? [i] : []));

/**
 * One line of cells read with a mapping. The label columns are joined with a space, in the
 * sheet's order (「201」「岡田 政子」 → 「201 岡田 政子」); a date read from two columns takes
 * the first that is filled in.
 */
export function rowFromCells(cells: readonly string[], mapping: Mapping): Row {
  const row = emptyRow();
  const labels: string[] = [];
  mapping.forEach((column, c) => {
    const cell = (cells[c] ?? "").trim();
    if (column === null || cell === "") return;
    if (column === "label") labels.push(cell);
    else if (row[column] === "") row[column] = cell;
  });
  row.label = labels.join(" ");
  return row;
}

/** Without a header: the order of the list page's own table (label, birth date, card expiry). */
export function positionalMapping(width: number): Mapping {
  return Array.from({ length: width }, (_, i) => COLUMNS[i] ?? null);
}
