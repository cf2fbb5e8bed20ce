/**
 * @module
 * 한국어 용어집: 일본어 용어마다 한국어 번역은 여기에서 한 번만 정하고, 본문에서는 일본어를
 * 괄호 안에 함께 적습니다（「자격확인서(資格確認書)」）. 창구·카드·우편물에서 일본어를 보았을 때
 * 알아볼 수 있도록 하기 위해서입니다 (issue 13). Half-width brackets without a space, as Korean
 * writes a hanja gloss.
 */
import type { Stage } from "../../rules/result.ts";
import { type Glossary, JA_TERMS, type TermKey } from "./terms.ts";

const term: Record<TermKey, string> = {
  myNumberCard: "마이넘버 카드",
  certificate: "전자증명서",
  userCertificate: "이용자 증명용 전자증명서",
  signatureCertificate: "서명용 전자증명서",
  certificateExpiry: "전자증명서 유효기한",
  cardExpiry: "카드 유효기한",
  mynaInsuranceCard: "마이나 보험증",
  healthInsuranceCard: "건강보험증",
  eligibilityCertificate: "자격확인서",
  periodOfStay: "재류기간",
  periodOfStayEnd: "재류기간 만료일",
  residenceCard: "재류카드",
  noticeLetter: "유효기한 통지서",
  municipalOffice: "시구정촌 창구",
  immigration: "출입국재류관리국",
  pin: "비밀번호",
  mynaPortal: "마이나포털",
  renewal: "갱신",
  reissue: "재발급",
  cardValidityExtension: "카드 유효기간 변경",
  birthDate: "생년월일",
};

export const glossary: Glossary = {
  term,
  withJa: (key) => `${term[key]}(${JA_TERMS[key]})`,
};

/**
 * Short names that work as a label (the badge, a tag) and inside a sentence
 * (「오늘의 단계는 '갱신 가능 기간'입니다」), by the reasoning of stages.ts:
 * - renewal 「갱신 가능 기간」: renewal is possible from this day (R-RENEW-1), not yet due.
 * - grace 「만료 후 유예기간」: the words in the order of events (expired, then a grace period,
 *   R-INS-1), no brackets inside a name that is itself quoted.
 * - lapsed 「효력 상실」 rather than 실효 (失効), which a Korean reader also reads as
 *   "effectiveness"; the reader's own word 失効 is quoted where the screen is.
 */
export const stageNames: Record<Stage, string> = {
  valid: "유효",
  renewal: "갱신 가능 기간",
  grace: "만료 후 유예기간",
  lapsed: "효력 상실",
};
