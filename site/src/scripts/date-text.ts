/**
 * @module
 * What the checker says about one typed date: its conversion ("= 1985年11月14日（昭和60年）",
 * R-PARSE-4) or why it cannot be read, with the parser's suggestion (R-PARSE-3). Pure, so the
 * unit tests can check the sentences.
 */

import { formatDayWithEra, formatDayWithWeekday, formatWeekday } from "#shared/dates/display.ts";
import type { Mismatch, ParsedDate } from "#shared/dates/index.ts";
import type { Lang } from "#shared/lang/index.ts";
import type { CheckContent, DateFieldName } from "../content/check";

/** "= 1985年11月14日（昭和60年）" / "= 14 November 1985 (Shōwa 60)". */
export const conversionText = (iso: string, lang: Lang): string => `= ${formatDayWithEra(iso, lang)}`;

/**
 * Review7 #2: both sides of a bracket that disagrees with its date, in `lang` — the date with its
 * weekday and the weekday written, or the year written and the date with its era year.
 */
export const mismatchSlots = (m: Mismatch, lang: Lang): Record<string, string> =>
  "weekday" in m
    ? { date: formatDayWithWeekday(m.iso, lang), weekday: formatWeekday(m.weekday, lang) }
    : { year: m.year, dateWithEra: formatDayWithEra(m.iso, lang) };

/**
 * A sentence for a date the parser rejected, naming the field and giving an example that fits
 * it (issue 10), with the parser's suggestion (R-PARSE-3) or both sides of a disagreeing
 * bracket (review7 #2), whose dates are written in `lang` (by default as Japanese writes them,
 * like the date typed).
 */
export function parseProblem(
  parsed: Extract<ParsedDate, { ok: false }>,
  text: CheckContent,
  field: DateFieldName,
  lang: Lang = "ja",
): string {
  const template = parsed.code === "empty" ? text.parse.unrecognised : text.parse[parsed.code];
  const { label, example } = text.fields[field];
  const slots: Record<string, string> = {
    field: label,
    example,
    ...(parsed.mismatch && mismatchSlots(parsed.mismatch, lang)),
  };
  const base = template.replace(
    /\{(field|example|date|weekday|year|dateWithEra)\}/g,
    (whole, name: string) => slots[name] ?? whole,
  );
  if (!parsed.suggestion) return base;
  const gap = /[\u3000-\u30ff\u4e00-\u9fff]$/.test(base) ? "" : " "; // no space between Japanese sentences
  return `${base}${gap}${text.parse.suggestion.replace("{date}", parsed.suggestion.wareki)}`;
}
