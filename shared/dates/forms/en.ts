/**
 * @module
 * English dates: day, month name, year ("14 November 2026"), never a numeric date that reads
 * differently in the US and the UK; the weekday spelled out ("Saturday"), as GOV.UK does,
 * because an abbreviation is harder to read aloud and to translate; the era in rōmaji
 * ("Reiwa 8") so a resident can match it to the Japanese on their card.
 */
import { type DateForms, dateParts, romajiEra, withEraInBrackets } from "./forms";

const MONTHS = [
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
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const day = (iso: string) => {
  const p = dateParts(iso);
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
};
const dayWithWeekday = (iso: string) => `${WEEKDAYS[dateParts(iso).weekday]} ${day(iso)}`;

/** "14 November 2026", "Saturday 14 November 2026", "14 Nov 2026", "Reiwa 8". */
export const en: DateForms = {
  day,
  month: (iso) => {
    const p = dateParts(iso);
    return `${MONTHS[p.month - 1]} ${p.year}`;
  },
  dayWithWeekday,
  short: (iso) => {
    const p = dateParts(iso);
    return `${p.day} ${MONTHS[p.month - 1]!.slice(0, 3)} ${p.year}`;
  },
  era: romajiEra,
  dayWithEra: (iso) => withEraInBrackets(day(iso), romajiEra(iso)),
  letter: dayWithWeekday,
};
