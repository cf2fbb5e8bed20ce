/**
 * @module
 * 中文（简体）的术语表：每个日语术语在中文里只译一次，并在正文中把日语原词写在括号里
 * （「资格确认书（資格確認書）」），让人在窗口、卡片和信件上看到日语时能认出来（issue 13）。
 * Full-width brackets, as Chinese writes a gloss. Where the Chinese word is written with the same
 * characters as the Japanese one (更新), the gloss is left out: it would only repeat the word.
 */
import type { Stage } from "../../rules/result.ts";
import { type Glossary, JA_TERMS, type TermKey } from "./terms.ts";

const term: Record<TermKey, string> = {
  myNumberCard: "个人编号卡",
  certificate: "电子证明书",
  userCertificate: "用户证明用电子证明书",
  signatureCertificate: "签名用电子证明书",
  certificateExpiry: "电子证明书的有效期限",
  cardExpiry: "卡的有效期限",
  mynaInsuranceCard: "个人编号卡健康保险证",
  healthInsuranceCard: "健康保险证",
  eligibilityCertificate: "资格确认书",
  periodOfStay: "在留期间",
  periodOfStayEnd: "在留期间到期日",
  residenceCard: "在留卡",
  noticeLetter: "有效期限通知书",
  municipalOffice: "市区町村政府窗口",
  immigration: "出入境在留管理局",
  pin: "密码",
  mynaPortal: "个人编号门户网站",
  renewal: "更新",
  reissue: "重新发行",
  cardValidityExtension: "卡的有效期间变更",
  birthDate: "出生日期",
};

export const glossary: Glossary = {
  term,
  withJa: (key) => (term[key] === JA_TERMS[key] ? term[key] : `${term[key]}（${JA_TERMS[key]}）`),
};

/**
 * Short names that work as a label (the badge, a tag) and inside a sentence
 * （「今天的阶段是“可以更新的期间”」）, by the reasoning of stages.ts:
 * - renewal 「可以更新的期间」: renewal is possible from this day (R-RENEW-1), not yet due.
 * - grace 「过期后的宽限期」: no brackets inside a name that is itself quoted, and the words in
 *   the order of events (expired, then a grace period, R-INS-1).
 * - lapsed 「失效」: the word the card reader itself shows (「失効しています」, R-INS-2).
 */
export const stageNames: Record<Stage, string> = {
  valid: "有效",
  renewal: "可以更新的期间",
  grace: "过期后的宽限期",
  lapsed: "失效",
};
