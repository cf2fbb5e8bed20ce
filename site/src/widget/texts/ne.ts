/**
 * @module
 * The widget's own words in Nepali, a translation of the Japanese (texts.ts, the authoritative
 * text); the answer itself comes from the API in the same language. Terms come from the glossary,
 * with the Japanese beside the field the person types in.
 */
import { glossary } from "#shared/messages/glossary/ne.ts";
import type { WidgetTexts } from "../texts.ts";

const { term } = glossary;

export const texts: WidgetTexts = {
  caption: `${term.mynaInsuranceCard}को ${term.certificate}`,
  label: glossary.withJa("certificateExpiry"),
  hint: "जापानी सम्वत् वा इस्वी सम्वत् दुवैमा लेख्न सकिन्छ। उदाहरण: 2026-03-15, 令和8年3月15日",
  submit: "जाँच गर्नुहोस्",
  loading: "जाँच गर्दै…",
  expiresOn: "म्याद सकिने मिति",
  until: " – ",
  graceEndsOn: `${term.mynaInsuranceCard} प्रयोग गर्न सकिने अन्तिम दिन`,
  asOf: (date) => `${date}को अवस्था`,
  details: "थप जानकारी マイナ期限ナビ मा",
  checkOnSite: "マイナ期限ナビ मा जाँच गर्नुहोस्",
  newTab: " (नयाँ ट्याबमा खुल्छ)",
  unreachable: "マイナ期限ナビ सँग जोडिन सकिएन। केही समयपछि फेरि प्रयास गर्नुहोस्, वा साइटमा जाँच गर्नुहोस्।",
  unavailable: "अहिले उत्तर दिन सकिएन। केही समयपछि फेरि प्रयास गर्नुहोस्, वा साइटमा जाँच गर्नुहोस्।",
  errorPrefix: "त्रुटि: ",
};
