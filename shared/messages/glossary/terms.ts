/**
 * @module
 * The Japanese terms a resident meets at the counter, on the card and in letters, once. Every
 * translated catalog keeps the Japanese term beside its own word (issue 13: a person who reads
 * 「資格確認書」 on a form must recognise it in our answer), and takes both from its language's
 * glossary (`glossary/<lang>.ts`), so a term is translated in one place and stays fixed.
 */

/** The Japanese term, exactly as offices, the card and the MHLW leaflet print it. */
export const JA_TERMS = {
  myNumberCard: "マイナンバーカード",
  /** The certificate this service is about (R-CERT-1): 利用者証明用電子証明書, PIN of 4 digits. */
  certificate: "電子証明書",
  userCertificate: "利用者証明用電子証明書",
  signatureCertificate: "署名用電子証明書",
  certificateExpiry: "電子証明書の有効期限",
  cardExpiry: "カードの有効期限",
  /** The card used as a health-insurance card (R-INS-1). */
  mynaInsuranceCard: "マイナ保険証",
  healthInsuranceCard: "健康保険証",
  /** R-INS-4: the paper that lets a person without a usable card see a doctor. */
  eligibilityCertificate: "資格確認書",
  periodOfStay: "在留期間",
  periodOfStayEnd: "在留期間の満了日",
  residenceCard: "在留カード",
  /** R-CARD-4: no such letter for a period-of-stay expiry. */
  noticeLetter: "有効期限通知書",
  municipalOffice: "市区町村の窓口",
  immigration: "出入国在留管理局",
  pin: "暗証番号",
  mynaPortal: "マイナポータル",
  renewal: "更新",
  reissue: "再発行",
  /** R-CARD-4: the card's validity changed after a stay extension, at the municipal office. */
  cardValidityExtension: "カードの有効期間の変更",
  birthDate: "生年月日",
} as const;

export type TermKey = keyof typeof JA_TERMS;

/**
 * One language's glossary: its word for each term (a translation, never a transliteration
 * alone), and how the pair is written in running text, e.g. "资格确认书（資格確認書）".
 */
export interface Glossary {
  /** The language's word for each term. */
  term: Record<TermKey, string>;
  /** The translation with the Japanese term beside it, as the language writes a gloss. */
  withJa: (key: TermKey) => string;
}
