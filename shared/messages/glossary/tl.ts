/**
 * @module
 * Filipino glossary: one word for each term a resident meets at the counter (JA_TERMS), written
 * with the Japanese term beside it in running text, so a person who reads 「資格確認書」 on a
 * form finds the same word in our answer (issue 13).
 *
 * Why these words: Filipino public notices keep the English loanwords people actually use
 * (card, PIN, i-renew, health insurance, residence card, city hall), and Filipino where it is
 * the everyday word (palugit, petsa ng kapanganakan, panahon ng pananatili).
 * - 資格確認書 → "sertipiko ng kwalipikasyon sa health insurance", never "certificate of
 *   eligibility": to a resident that is the immigration document (在留資格認定証明書, "COE").
 * - 市区町村の窓口 → "counter ng city hall": the Japanese beside it covers ward, town and
 *   village offices too.
 * - 更新 → "pag-renew"; the card's validity change after a stay extension (R-CARD-4) is a
 *   different procedure, "pagpapalit ng validity period ng card".
 * - マイナ保険証 → "My Number health insurance card": the card itself, used as the insurance
 *   card, in the words people in the community use for both halves.
 * - Words are lower case where Filipino writes them so; a label that starts with one
 *   capitalises it (case.ts).
 */
import type { Stage } from "../../rules/result.ts";
import { type Glossary, JA_TERMS, type TermKey } from "./terms.ts";

const term: Record<TermKey, string> = {
  myNumberCard: "My Number Card",
  certificate: "electronic certificate",
  userCertificate: "electronic certificate para sa pagpapatunay ng user",
  signatureCertificate: "electronic certificate para sa pirma",
  certificateExpiry: "expiration date ng electronic certificate",
  cardExpiry: "expiration date ng card",
  mynaInsuranceCard: "My Number health insurance card",
  healthInsuranceCard: "health insurance card",
  eligibilityCertificate: "sertipiko ng kwalipikasyon sa health insurance",
  periodOfStay: "panahon ng pananatili",
  periodOfStayEnd: "huling araw ng panahon ng pananatili",
  residenceCard: "residence card",
  noticeLetter: "sulat ng abiso sa expiration",
  municipalOffice: "counter ng city hall",
  immigration: "Immigration Services Bureau",
  pin: "PIN",
  mynaPortal: "Mynaportal",
  renewal: "pag-renew",
  reissue: "muling pag-isyu",
  cardValidityExtension: "pagpapalit ng validity period ng card",
  birthDate: "petsa ng kapanganakan",
};

export const glossary: Glossary = {
  term,
  withJa: (key) => `${term[key]} (${JA_TERMS[key]})`,
};

/**
 * Stage names (R-INS-2), after the reasoning in stages.ts: say what the person can do or what
 * is happening, no brackets, words in the order of events. "Puwede nang i-renew" says renewal
 * is possible (R-RENEW-1), not due; "Palugit matapos mag-expire" names the expiry, then the
 * grace (R-INS-1). Capitalised, since they stand alone as labels; inside a sentence they are
 * quoted.
 */
export const stageNames: Record<Stage, string> = {
  valid: "May bisa",
  renewal: "Puwede nang i-renew",
  grace: "Palugit matapos mag-expire",
  lapsed: "Wala nang bisa",
};
