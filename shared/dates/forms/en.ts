/**
 * @module
 * English dates: day, month name, year ("14 November 2026"), never a numeric date that reads
 * differently in the US and the UK; the weekday spelled out ("Saturday"), as GOV.UK does,
 * because an abbreviation is harder to read aloud and to translate; the era in rōmaji
 * ("Reiwa 8") so a resident can match it to the Japanese on their card.
 */
import { type DatePatterns, dateForms } from "./forms";

/** "14 November 2026", "Saturday 14 November 2026", "14 Nov 2026", "Reiwa 8". */
export const EN_DATES: DatePatterns = {
  day: "{d} {MMMM} {y}",
  dayWithWeekday: "{EEEE} {date}",
  month: "{MMMM} {y}",
  short: "{d} {MMM} {y}",
  months: [
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
  ],
  shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};

export const en = dateForms(EN_DATES);
