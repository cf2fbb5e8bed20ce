/**
 * @module
 * The widget's own words in Filipino, a translation of the Japanese (texts.ts, authoritative);
 * terms from the glossary (shared/messages/glossary/tl.ts), the field label with the Japanese
 * words printed on the card beside it.
 */
import { capitalize } from "#shared/messages/glossary/case.ts";
import { glossary } from "#shared/messages/glossary/tl.ts";
import type { WidgetTexts } from "../texts.ts";

const { term: w, withJa: j } = glossary;

export const texts: WidgetTexts = {
  caption: `${capitalize(w.certificate)} ng ${w.mynaInsuranceCard}`,
  label: capitalize(j("certificateExpiry")),
  hint: "Puwede ang petsa sa kalendaryong Hapon o sa karaniwang kalendaryo. Halimbawa: 令和8年3月15日, 2026-03-15",
  submit: "Alamin",
  loading: "Sinusuri…",
  expiresOn: "Expiration date",
  until: " – ",
  graceEndsOn: `Huling araw na magagamit ang ${w.mynaInsuranceCard}`,
  asOf: (date) => `Ayon sa petsang ${date}`,
  details: "Mga detalye sa マイナ期限ナビ",
  checkOnSite: "Alamin sa マイナ期限ナビ",
  newTab: " (magbubukas sa bagong tab)",
  unreachable:
    "Hindi makakonekta sa マイナ期限ナビ. Pakisubukan ulit pagkalipas ng ilang sandali, o alamin sa website.",
  unavailable: "Walang makuhang sagot sa ngayon. Pakisubukan ulit pagkalipas ng ilang sandali, o alamin sa website.",
  errorPrefix: "Error: ",
};
