/**
 * @module
 * Brazilian Portuguese glossary: one word for each term a resident meets at the counter, on the
 * card and in letters (JA_TERMS), written with the Japanese term beside it in running text, so a
 * person who reads 「資格確認書」 on a form finds the same word in our answer (issue 13).
 *
 * Why these words (plain words a Brazilian resident in Japan uses and recognises):
 * - 電子証明書 → "certificado eletrônico"; マイナンバーカード → "cartão My Number".
 * - マイナ保険証 → "cartão My Number como seguro de saúde": it says what the thing is (the
 *   card, used as the health-insurance card) and works inside a sentence ("use o … no hospital").
 * - 資格確認書 → "certificado de qualificação do seguro de saúde": the paper that proves the
 *   person is insured (R-INS-5); "do seguro de saúde" keeps it apart from the immigration
 *   certificate of eligibility (在留資格認定証明書) a resident already knows.
 * - 猶予期間 (grace) is "prazo extra", never "carência": in a Brazilian health plan "carência"
 *   is the waiting time *before* cover starts, the opposite of what R-INS-1 describes.
 * - 市区町村の窓口 → "balcão da prefeitura": "prefeitura" is what the community calls the
 *   市役所・区役所; the Japanese beside it covers wards, towns and villages too.
 * - 暗証番号 → "senha", the everyday word for a PIN in Brazil.
 * - Terms are lower case except names; a sentence starts with an article ("O certificado…").
 */
import type { Stage } from "../../rules/result.ts";
import { type Glossary, JA_TERMS, type TermKey } from "./terms.ts";

const term: Record<TermKey, string> = {
  myNumberCard: "cartão My Number",
  certificate: "certificado eletrônico",
  userCertificate: "certificado eletrônico de identificação do usuário",
  signatureCertificate: "certificado eletrônico para assinatura",
  certificateExpiry: "data de validade do certificado eletrônico",
  cardExpiry: "data de validade do cartão",
  mynaInsuranceCard: "cartão My Number como seguro de saúde",
  healthInsuranceCard: "cartão do seguro de saúde",
  eligibilityCertificate: "certificado de qualificação do seguro de saúde",
  periodOfStay: "período de permanência",
  periodOfStayEnd: "data de término do período de permanência",
  residenceCard: "cartão de residente",
  noticeLetter: "carta de aviso de vencimento",
  municipalOffice: "balcão da prefeitura",
  immigration: "Departamento Regional de Imigração",
  pin: "senha",
  mynaPortal: "Mynaportal",
  renewal: "renovação",
  reissue: "reemissão",
  cardValidityExtension: "alteração do prazo de validade do cartão",
  birthDate: "data de nascimento",
};

export const glossary: Glossary = {
  term,
  withJa: (key) => `${term[key]} (${JA_TERMS[key]})`,
};

/**
 * Stage names (R-INS-2), after the reasoning in stages.ts: say what the person can do or what is
 * happening, no brackets, words in the order of events. "Pode renovar" says renewal is possible
 * from this day (R-RENEW-1), not yet due; "Vencido, com prazo extra" names the expiry first, then
 * the grace period (R-INS-1); "Inválido" answers "Válido" as 失効 answers 有効. Capitalised,
 * since they stand alone as labels (badge, tag); inside a sentence they are quoted.
 */
export const stageNames: Record<Stage, string> = {
  valid: "Válido",
  renewal: "Pode renovar",
  grace: "Vencido, com prazo extra",
  lapsed: "Inválido",
};
