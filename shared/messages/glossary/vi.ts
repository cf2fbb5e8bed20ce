/**
 * @module
 * Vietnamese (Tiếng Việt) glossary: one word for each term a resident meets at the counter
 * (JA_TERMS), written with the Japanese term beside it in running text, so a person who reads
 * 「資格確認書」 on a form finds the same word in our answer (issue 13).
 *
 * Why these words:
 * - 電子証明書 → "chứng thư điện tử", the term of Vietnam's Law on Electronic Transactions for a
 *   document issued to confirm an identity; "chứng chỉ" would read as a diploma.
 * - 更新 → "gia hạn" (what Vietnamese residents say for renewing a card or a visa); the card's
 *   validity change after a stay extension (R-CARD-4) is "thay đổi thời hạn hiệu lực", a
 *   different procedure, so it gets a different word.
 * - 市区町村の窓口 → "quầy thủ tục ở tòa thị chính": "tòa thị chính" is the word the community
 *   uses for 市役所・区役所; the Japanese beside it covers towns and villages too.
 * - Words are lower case; a sentence that starts with one capitalises it (case.ts).
 */
import type { Stage } from "../../rules/result.ts";
import { type Glossary, JA_TERMS, type TermKey } from "./terms.ts";

const term: Record<TermKey, string> = {
  myNumberCard: "thẻ My Number",
  certificate: "chứng thư điện tử",
  userCertificate: "chứng thư điện tử dùng để xác thực người dùng",
  signatureCertificate: "chứng thư điện tử dùng để ký",
  certificateExpiry: "hạn hiệu lực của chứng thư điện tử",
  cardExpiry: "hạn hiệu lực của thẻ",
  mynaInsuranceCard: "thẻ bảo hiểm My Number",
  healthInsuranceCard: "thẻ bảo hiểm y tế",
  eligibilityCertificate: "giấy xác nhận tư cách bảo hiểm",
  periodOfStay: "thời hạn lưu trú",
  periodOfStayEnd: "ngày hết thời hạn lưu trú",
  residenceCard: "thẻ lưu trú",
  noticeLetter: "thư thông báo hết hạn",
  municipalOffice: "quầy thủ tục ở tòa thị chính",
  immigration: "Cục Quản lý Xuất nhập cảnh và Lưu trú",
  pin: "mã PIN",
  mynaPortal: "Mynaportal",
  renewal: "gia hạn",
  reissue: "cấp lại",
  cardValidityExtension: "thay đổi thời hạn hiệu lực của thẻ",
  birthDate: "ngày sinh",
};

export const glossary: Glossary = {
  term,
  withJa: (key) => `${term[key]} (${JA_TERMS[key]})`,
};

/**
 * Stage names (R-INS-2), after the reasoning in stages.ts: say what the person can do or what
 * is happening, no brackets, words in the order of events. "Có thể gia hạn" says renewal is
 * possible (R-RENEW-1), not due; "Ân hạn sau khi hết hạn" names the expiry, then the grace
 * (R-INS-1). Capitalised, since they stand alone as labels; inside a sentence they are quoted.
 */
export const stageNames: Record<Stage, string> = {
  valid: "Còn hiệu lực",
  renewal: "Có thể gia hạn",
  grace: "Ân hạn sau khi hết hạn",
  lapsed: "Mất hiệu lực",
};
