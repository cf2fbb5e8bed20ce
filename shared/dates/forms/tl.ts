/**
 * @module
 * Filipino dates, as CLDR's `fil` writes them and Philippine offices do: month first,
 * "Nobyembre 14, 2026", with the weekday "Sabado, Nobyembre 14, 2026", short "Nob 14, 2026".
 * The month is a word, never a number (11/14/2026 would read as a different day to someone used
 * to day-first or Japanese year-first dates). The era in rōmaji ("Reiwa 8").
 */
import { type DateForms, dateParts, romajiEra, withEraInBrackets } from "./forms";

const MONTHS = [
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
const SHORT_MONTHS = ["Ene", "Peb", "Mar", "Abr", "May", "Hun", "Hul", "Ago", "Set", "Okt", "Nob", "Dis"];
const WEEKDAYS = ["Linggo", "Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado"];

const day = (iso: string) => {
  const p = dateParts(iso);
  return `${MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
};
const dayWithWeekday = (iso: string) => `${WEEKDAYS[dateParts(iso).weekday]}, ${day(iso)}`;

export const tl: DateForms = {
  day,
  month: (iso) => {
    const p = dateParts(iso);
    return `${MONTHS[p.month - 1]} ${p.year}`;
  },
  dayWithWeekday,
  short: (iso) => {
    const p = dateParts(iso);
    return `${SHORT_MONTHS[p.month - 1]} ${p.day}, ${p.year}`;
  },
  era: romajiEra,
  dayWithEra: (iso) => withEraInBrackets(day(iso), romajiEra(iso)),
  letter: dayWithWeekday,
};
