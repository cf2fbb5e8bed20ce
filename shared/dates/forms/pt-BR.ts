/**
 * @module
 * Português (Brasil) dates, as CLDR writes them: "14 de novembro de 2026", with the weekday
 * "sábado, 14 de novembro de 2026", short "14 de nov. de 2026". Never "14/11/2026": beside the
 * Japanese year-first numeric dates a resident also sees, a numeric date could be read either
 * way. The era in rōmaji ("Reiwa 8").
 */
import { type DateForms, dateParts, romajiEra, withEraInBrackets } from "./forms";

const MONTHS = [
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
const SHORT_MONTHS = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."];
const WEEKDAYS = ["domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado"];

const day = (iso: string) => {
  const p = dateParts(iso);
  return `${p.day} de ${MONTHS[p.month - 1]} de ${p.year}`;
};
const dayWithWeekday = (iso: string) => `${WEEKDAYS[dateParts(iso).weekday]}, ${day(iso)}`;

export const ptBR: DateForms = {
  day,
  month: (iso) => {
    const p = dateParts(iso);
    return `${MONTHS[p.month - 1]} de ${p.year}`;
  },
  dayWithWeekday,
  short: (iso) => {
    const p = dateParts(iso);
    return `${p.day} de ${SHORT_MONTHS[p.month - 1]} de ${p.year}`;
  },
  era: romajiEra,
  dayWithEra: (iso) => withEraInBrackets(day(iso), romajiEra(iso)),
  letter: dayWithWeekday,
};
