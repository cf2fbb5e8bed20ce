/**
 * @module
 * The 404 page's words in Filipino, a translation of NOT_FOUND.ja (the Japanese is authoritative).
 */
import { glossary } from "#shared/messages/glossary/tl.ts";
import type { NotFoundText } from "../../not-found";

const { term: w } = glossary;

export const content: NotFoundText = {
  heading: "Hindi nahanap ang pahina",
  text: "Baka mali ang address, o nailipat na ang pahina. Pakisuri ang address na inilagay ninyo, o magsimula sa isa sa mga pahina sa ibaba.",
  linksLabel: "Mga pahinang madalas gamitin",
  links: [
    { page: "home", label: "Home (ang dapat malaman sa 30 segundo)" },
    { page: "check", label: `Alamin ang expiration ng ${w.certificate}` },
    { page: "foreignResidents", label: `Para sa may ${w.periodOfStay}` },
    { page: "stages", label: `Ang 4 na yugto ng ${w.mynaInsuranceCard}` },
    { page: "renew", label: "Paano mag-renew" },
  ],
};
