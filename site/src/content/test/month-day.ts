// Test helpers: the content's sentences as a resident reads them, and a day of the month as
// each language's pages write it (no year), for the tests that read dates in the prose.
import { DATE_FORMS } from "#shared/dates/display.ts";
import { LANGS, type Lang } from "#shared/lang/index.ts";
import { withoutRuby } from "#shared/messages/ruby.ts";

// How each language's pages write a day of the month, as their sentences do (no year: the
// examples hold for any year): the language's own date form (shared/dates, one home for the
// month names) with its year taken out. A leap year, so that February 29 can be written too.
const YEAR = 2028;
const pad = (n: number) => String(n).padStart(2, "0");
/** "2028年11月14日" → "11月14日", "14 November 2028" → "14 November", "Nobyembre 14, 2028" → "Nobyembre 14". */
const withoutYear = (text: string) => text.replace(new RegExp(`\\s*(?:de |năm |, )?${YEAR}(?:年|년)?\\s*`), " ").trim();
/** Day 28 stands in for a pattern: every month has it, and no month reads "28" (the year is gone). */
const STAND_IN = 28;
export const MONTH_DAY = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    (m: number, d: number | string) => {
      const day = (n: number) => withoutYear(DATE_FORMS[lang].day(`${YEAR}-${pad(m)}-${pad(n)}`));
      return typeof d === "number" ? day(d) : day(STAND_IN).replace(String(STAND_IN), d);
    },
  ]),
) as Record<Lang, (m: number, d: number | string) => string>;
export const monthDay = (lang: Lang, iso: string) => MONTH_DAY[lang](Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Every sentence of a content object, without ruby readings ({月|がつ} → 月) or bold. */
export function sentences(value: unknown): string[] {
  if (typeof value === "string") return [withoutRuby(value).replaceAll("**", "")];
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (value && typeof value === "object") return Object.values(value).flatMap(sentences);
  return [];
}
