/**
 * @module
 * Filipino dates, as CLDR's `fil` writes them and Philippine offices do: month first,
 * "Nobyembre 14, 2026", with the weekday "Sabado, Nobyembre 14, 2026", short "Nob 14, 2026".
 * The month is a word, never a number (11/14/2026 would read as a different day to someone used
 * to day-first or Japanese year-first dates). The era in rōmaji ("Reiwa 8").
 */
import { type DatePatterns, dateForms } from "./forms";

export const TL_DATES: DatePatterns = {
  day: "{MMMM} {d}, {y}",
  dayWithWeekday: "{EEEE}, {date}",
  month: "{MMMM} {y}",
  short: "{MMM} {d}, {y}",
  months: [
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
  ],
  shortMonths: ["Ene", "Peb", "Mar", "Abr", "May", "Hun", "Hul", "Ago", "Set", "Okt", "Nob", "Dis"],
  weekdays: ["Linggo", "Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado"],
};

export const tl = dateForms(TL_DATES);
