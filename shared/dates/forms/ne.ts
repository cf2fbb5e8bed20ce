/**
 * @module
 * नेपाली dates, as CLDR's `ne` writes them, year first: "2026 नोभेम्बर 14", with the weekday
 * "2026 नोभेम्बर 14, शनिबार". Gregorian months (not Bikram Sambat: every date here is a Japanese
 * office's date).
 *
 * Digits are Latin, not Devanagari (CLDR's default for `ne` is ०-९): the person compares these
 * dates with the ones printed on the card, the 在留カード and the municipal letters, all in Latin
 * digits, and types dates into the checker in Latin digits; Nepali readers read both. The era in
 * rōmaji, as CLDR's `ne` names it ("Reiwa 8").
 */
import { type DatePatterns, dateForms } from "./forms";

export const NE_DATES: DatePatterns = {
  day: "{y} {MMMM} {d}",
  dayWithWeekday: "{date}, {EEEE}",
  month: "{y} {MMMM}",
  months: ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"],
  weekdays: ["आइतबार", "सोमबार", "मङ्गलबार", "बुधबार", "बिहिबार", "शुक्रबार", "शनिबार"],
};

export const ne = dateForms(NE_DATES);
