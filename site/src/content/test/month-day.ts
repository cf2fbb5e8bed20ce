// Test helpers: the content's sentences as a resident reads them, and a day of the month as
// each language's pages write it (no year), for the tests that read dates in the prose.
import type { Lang } from "#shared/lang/index.ts";

// How each language's pages write a day of the month, as their sentences do (no year: the
// examples hold for any year but the leap-year one, see worked-examples.ts).
const EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const PT = [
  "janeiro",
  "fevereiro",
  "março",
  "abril",
  "maio",
  "junho",
  "julho",
  "agosto",
  "setembro",
  "outubro",
  "novembro",
  "dezembro",
];
const TL = [
  "Enero",
  "Pebrero",
  "Marso",
  "Abril",
  "Mayo",
  "Hunyo",
  "Hulyo",
  "Agosto",
  "Setyembre",
  "Oktubre",
  "Nobyembre",
  "Disyembre",
];
const NE = ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"];
const han = (m: number, d: number | string) => `${m}月${d}日`;
export const MONTH_DAY: Record<Lang, (m: number, d: number | string) => string> = {
  ja: han,
  "ja-easy": han,
  "zh-Hans": han,
  en: (m, d) => `${d} ${EN[m - 1]}`,
  ko: (m, d) => `${m}월 ${d}일`,
  vi: (m, d) => `${d} tháng ${m}`,
  "pt-BR": (m, d) => `${d === 1 ? "1º" : d} de ${PT[m - 1]}`,
  tl: (m, d) => `${TL[m - 1]} ${d}`,
  ne: (m, d) => `${NE[m - 1]} ${d}`,
};
export const monthDay = (lang: Lang, iso: string) => MONTH_DAY[lang](Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Every sentence of a content object, without ruby readings ({月|がつ} → 月) or bold. */
export function sentences(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/\{([^|{}]+)\|[^{}]+\}/g, "$1").replaceAll("**", "")];
  if (Array.isArray(value)) return value.flatMap(sentences);
  if (value && typeof value === "object") return Object.values(value).flatMap(sentences);
  return [];
}
