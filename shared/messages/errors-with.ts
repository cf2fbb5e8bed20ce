/**
 * @module
 * One actionable sentence per field error (R-INPUT-1), in the request's language: errors in what
 * was asked from the catalog, the Worker's own (transport, size, syntax) from the API texts.
 * Only values we computed (a suggested date, an age, an expected expiry) are quoted, never the
 * raw input. The language's texts are passed in (`LangTexts`); `errorMessage(error, lang)`, with
 * every language built in, is in errors.ts.
 */

import { formatDayWithWeekday as formatDate, formatDayWithEra, formatWeekday } from "../dates/display.ts";
import { LANGS, type Lang } from "../lang/index.ts";
import { isRequestErrorCode } from "../problem/index.ts";
import type { FieldError } from "../rules/result.ts";
import type { LangTexts } from "./catalog.ts";

/** How a param's value is written in the language; any other param as it is. The dates with
 *  their weekday; `weekday` (0 = Sunday, review7 #2) a weekday's name; `dateWithEra` a date with
 *  its era year (R-PARSE-4). */
const FORMATTED: Record<string, (value: string, lang: Lang) => string> = {
  ...Object.fromEntries(
    ["expected", "earliest", "earliestIssue", "cardFrom", "date"].map((name) => [name, formatDate]),
  ),
  weekday: (value, lang) => (/^[0-6]$/.test(value) ? formatWeekday(Number(value), lang) : ""),
  dateWithEra: formatDayWithEra,
};

/** Slots every template may use: `{field}` (its label) and `{langs}`, the codes `lang` accepts
 *  (`unsupported_lang`), from their one home (shared/lang), so no catalog lists them itself. */
const ALWAYS = { field: "", langs: LANGS.join(", ") };

/** The sentence for `error` in `lang`, worded from `texts`, that language's texts. */
export function errorMessageWith(texts: LangTexts, error: FieldError, lang: Lang): string {
  if (isRequestErrorCode(error.code)) return texts.api.requestError[error.code];
  const { catalog } = texts;
  const template =
    error.code === "missing_input"
      ? (catalog.missingInput[error.field] ?? catalog.missingInput.certificateExpiry!)
      : catalog.error[error.code];
  const field = Object.hasOwn(catalog.field, error.field) ? catalog.field[error.field]! : catalog.field.body!;
  // A part in [[…]] is said only when every value it quotes is known (e.g. the earliest issue day
  // of an impossible card face, R-INFER-1, exists only for some faces).
  const known = (name: string) => name in ALWAYS || error.params?.[name] !== undefined;
  const said = template.replace(/\[\[(.*?)\]\]/g, (_, part: string) =>
    [...part.matchAll(/\{(\w+)\}/g)].every(([, name]) => known(name!)) ? part : "",
  );
  return said.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "field") return field;
    if (name === "langs") return ALWAYS.langs;
    const value = error.params?.[name] ?? "";
    if (!value) return value;
    return Object.hasOwn(FORMATTED, name) ? FORMATTED[name]!(value, lang) : value;
  });
}
