/**
 * @module
 * Nepali (नेपाली) glossary: one word for each term a resident meets at the counter, on the card
 * and in letters (JA_TERMS), written with the Japanese term beside it in running text, so a
 * person who reads 「資格確認書」 on a form finds the same word in our answer (issue 13).
 *
 * Why these words: plain Nepali that a resident reads without a dictionary, with the English
 * loanwords Nepalis in Japan use every day where Nepali has no plainer one (कार्ड, पिन नम्बर,
 * काउन्टर).
 * - 電子証明書 → "इलेक्ट्रोनिक प्रमाणपत्र": better known than the legal "विद्युतीय".
 * - 有効期限 → "म्याद सकिने मिति" (the day the validity ends), the everyday way to say expiry.
 * - 猶予期間 (grace, R-INS-1) → "थप अवधि" (extra period): "छुट" would read as a discount or an
 *   exemption.
 * - 在留期間 / 在留カード → "निवास अवधि" / "निवास कार्ड", the words of the immigration
 *   agency's Nepali guides; the Japanese beside them is what the card itself says.
 * - 市区町村の窓口 → "नगरपालिका कार्यालयको काउन्टर": the Japanese beside it covers the ward,
 *   town and village offices too.
 * - Devanagari has no capitals; digits stay Latin, as dates and the card print them.
 */
import type { Stage } from "../../rules/result.ts";
import { type Glossary, JA_TERMS, type TermKey } from "./terms.ts";

const term: Record<TermKey, string> = {
  myNumberCard: "माइ नम्बर कार्ड",
  certificate: "इलेक्ट्रोनिक प्रमाणपत्र",
  userCertificate: "प्रयोगकर्ता पुष्टि गर्ने इलेक्ट्रोनिक प्रमाणपत्र",
  signatureCertificate: "हस्ताक्षरको लागि इलेक्ट्रोनिक प्रमाणपत्र",
  certificateExpiry: "इलेक्ट्रोनिक प्रमाणपत्रको म्याद सकिने मिति",
  cardExpiry: "कार्डको म्याद सकिने मिति",
  mynaInsuranceCard: "माइ नम्बर स्वास्थ्य बीमा कार्ड",
  healthInsuranceCard: "स्वास्थ्य बीमा कार्ड",
  eligibilityCertificate: "स्वास्थ्य बीमा योग्यता पुष्टि पत्र",
  periodOfStay: "निवास अवधि",
  periodOfStayEnd: "निवास अवधि सकिने मिति",
  residenceCard: "निवास कार्ड",
  noticeLetter: "म्याद सकिने सूचना पत्र",
  municipalOffice: "नगरपालिका कार्यालयको काउन्टर",
  immigration: "अध्यागमन कार्यालय",
  pin: "पिन नम्बर",
  mynaPortal: "माइना पोर्टल",
  renewal: "नवीकरण",
  reissue: "पुनः जारी",
  cardValidityExtension: "कार्डको म्याद परिवर्तन",
  birthDate: "जन्म मिति",
};

export const glossary: Glossary = {
  term,
  withJa: (key) => `${term[key]} (${JA_TERMS[key]})`,
};

/**
 * Stage names (R-INS-2), after the reasoning in stages.ts: say what the person can do or what is
 * happening, no brackets, words in the order of events. "नवीकरण गर्न सकिने" says renewal is
 * possible from this day (R-RENEW-1), not yet due; "म्याद सकिएपछिको थप अवधि" names the expiry
 * first, then the extra period (R-INS-1); "अमान्य" answers "मान्य" as 失効 answers 有効. They
 * read as labels and, quoted, inside a sentence.
 */
export const stageNames: Record<Stage, string> = {
  valid: "मान्य",
  renewal: "नवीकरण गर्न सकिने",
  grace: "म्याद सकिएपछिको थप अवधि",
  lapsed: "अमान्य",
};
