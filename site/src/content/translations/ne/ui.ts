/**
 * @module
 * Words used on every page (header, navigation, footer) in Nepali, a translation of UI.ja (the
 * Japanese is authoritative). The footer says so, with the catalog's translationNote (one home
 * for that sentence), and points to the feedback link.
 */
import { glossary } from "#shared/messages/glossary/ne.ts";
import { feedbackLabel, translationNote } from "#shared/messages/ne.ts";
import { LANGUAGE_NAMES } from "../../language-names";
import type { SiteUi } from "../../ui";

const w = glossary.term;

export const content: SiteUi = {
  siteName: "マイナ期限ナビ",
  tagline: `${w.myNumberCard}को ${w.certificate}को म्याद, र अस्पतालमा त्यसले पार्ने फरक`,
  skipLink: "मुख्य भागमा जानुहोस्",
  navLabel: "यो साइटका पेजहरू",
  menu: "मेनु",
  nav: [
    { page: "check", label: "म्याद जाँच गर्नुहोस्" },
    { page: "stages", label: "4 चरण" },
    { page: "renew", label: "नवीकरण गर्ने तरिका" },
    { page: "foreignResidents", label: `${w.periodOfStay} भएका व्यक्तिहरूको लागि` },
  ],
  languageLabel: "भाषा",
  languageMenuHome: "गृहपृष्ठमा (यो पेज नेपालीमा छैन)",
  untranslatedMark: " (नेपालीमा छैन)",
  untranslatedNotice: "यो पेज नेपालीमा उपलब्ध छैन।",
  homeLink: "नेपाली गृहपृष्ठमा जानुहोस्",
  languageNames: LANGUAGE_NAMES,
  footerLabel: "यो साइटको बारेमा",
  footerLinks: [
    { page: "foreignResidents", label: `${w.periodOfStay} भएका व्यक्तिहरूको लागि` },
    { page: "sources", label: "स्रोत (सार्वजनिक कागजात)" },
    { page: "privacy", label: "गोपनीयता" },
    { page: "accessibility", label: "पहुँचयोग्यता" },
  ],
  unofficial:
    "यो साइट आधिकारिक होइन। यो जापान सरकार (डिजिटल एजेन्सी, स्वास्थ्य, श्रम तथा कल्याण मन्त्रालय) वा नगरपालिकाको सेवा होइन।",
  feedback: feedbackLabel,
  footerNote: `マイナ期限ナビ (माइना म्याद गाइड) जापानको स्वास्थ्य, श्रम तथा कल्याण मन्त्रालय (厚生労働省) को ${w.certificate}को म्यादसम्बन्धी पर्चामा आधारित, सार्वजनिक कागजातहरूसँग भिडाएर बनाइएको अनौपचारिक जानकारी हो। प्रक्रियाबारे तपाईं बस्ने ठाउँको ${w.municipalOffice}मा सोध्नुहोस्। ${translationNote}`,
  external: " (अर्को साइट)",
};
