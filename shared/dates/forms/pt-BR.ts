/**
 * @module
 * Português (Brasil) dates, as CLDR writes them: "14 de novembro de 2026", with the weekday
 * "sábado, 14 de novembro de 2026", short "14 de nov. de 2026". Never "14/11/2026": beside the
 * Japanese year-first numeric dates a resident also sees, a numeric date could be read either
 * way. The era in rōmaji ("Reiwa 8"). The first day of a month is an ordinal, as Brazilians
 * write it and CLDR does not: "1º de janeiro de 2027" (º is U+00BA, the ordinal indicator, not
 * the degree sign), every other day a cardinal ("2 de janeiro").
 */
import { type DatePatterns, dateForms } from "./forms";

export const PT_BR_DATES: DatePatterns = {
  day: "{d} de {MMMM} de {y}",
  dayWithWeekday: "{EEEE}, {date}",
  month: "{MMMM} de {y}",
  short: "{d} de {MMM} de {y}",
  dayNumber: (day) => (day === 1 ? "1\u00BA" : String(day)),
  months: [
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
  ],
  shortMonths: ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
  weekdays: ["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"],
};

export const ptBR = dateForms(PT_BR_DATES);
