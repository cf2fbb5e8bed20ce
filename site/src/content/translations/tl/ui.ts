/**
 * @module
 * The words on every page in Filipino: a translation of UI.ja (content/ui.ts), which is
 * authoritative. The footer says so with the catalog's translationNote (one home for that
 * sentence), and names the feedback link for corrections.
 */
import { glossary } from "#shared/messages/glossary/tl.ts";
import { feedbackLabel, translationNote } from "#shared/messages/tl.ts";
import { LANGUAGE_NAMES } from "../../language-names";
import type { SiteUi } from "../../ui";

const { term: w } = glossary;

export const content: SiteUi = {
  siteName: "マイナ期限ナビ",
  tagline: `Alamin ang expiration ng ${w.certificate} ng ${w.mynaInsuranceCard}`,
  skipLink: "Lumaktaw sa pangunahing nilalaman",
  navLabel: "Mga pahina sa site na ito",
  menu: "Menu",
  nav: [
    { page: "check", label: "Alamin ang expiration" },
    { page: "foreignResidents", label: `May ${w.periodOfStay}` },
    { page: "stages", label: "Ang 4 na yugto" },
    { page: "renew", label: "Paano mag-renew" },
    { page: "faq", label: "Mga madalas itanong" },
  ],
  languageLabel: "Wika",
  languageMenuHome: "home page (walang Filipino ang pahinang ito)",
  untranslatedMark: " (walang Filipino)",
  untranslatedNotice: "Walang bersyong Filipino ang pahinang ito.",
  homeLink: "Home page sa Filipino",
  languageNames: LANGUAGE_NAMES,
  footerLabel: "Tungkol sa site na ito",
  footerLinks: [
    { page: "foreignResidents", label: `Para sa may ${w.periodOfStay}` },
    { page: "sources", label: "Mga pinagkunan (opisyal na dokumento)" },
    { page: "privacy", label: "Privacy" },
    { page: "accessibility", label: "Accessibility" },
    { page: "embed", label: "Ipakita sa inyong website" },
  ],
  unofficial:
    "Hindi opisyal ang site na ito. Hindi ito serbisyo ng pamahalaan ng Japan (Digital Agency, Ministry of Health, Labour and Welfare) o ng inyong city hall.",
  feedback: feedbackLabel,
  footerNote: `Ang マイナ期限ナビ ay hindi opisyal na gabay na batay sa leaflet ng Ministry of Health, Labour and Welfare tungkol sa pagsuri sa expiration ng ${w.certificate} kapag ginagamit ang ${w.mynaInsuranceCard}, at sinuri laban sa mga opisyal na dokumento. Para sa mga proseso, magtanong sa ${w.municipalOffice} ng lungsod o bayan kung saan kayo nakatira (お住まいの市区町村の窓口). ${translationNote}`,
  external: " (ibang site)",
};
