/**
 * @module
 * Português (Brasil) dates, as CLDR writes them: "14 de novembro de 2026", with the weekday
 * "sábado, 14 de novembro de 2026", short "14 de nov. de 2026". Never "14/11/2026": beside the
 * Japanese year-first numeric dates a resident also sees, a numeric date could be read either
 * way. The era in rōmaji ("Reiwa 8").
 */
import { dateForms } from "./forms";

export const ptBR = dateForms({
  day: "{d} de {MMMM} de {y}",
  dayWithWeekday: "{EEEE}, {date}",
  month: "{MMMM} de {y}",
  short: "{d} de {MMM} de {y}",
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
});
