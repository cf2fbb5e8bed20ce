/**
 * @module
 * The names of the stages (R-INS-2) in Japanese, English and やさしい日本語; the other
 * languages name them in their glossaries (glossary/<code>.ts). Apart from stages.ts, which
 * gathers every language, so the widget can take the Japanese and English names alone.
 *
 * Why these words: a name should say what the person can do or what is happening, in words
 * that also work inside a sentence (「今日の段階は「更新できる期間」です」).
 * - renewal 「更新できる期間」, not 「更新の時期」: it says that renewal is *possible* from this
 *   day (R-RENEW-1), not that it is already due.
 * - grace 「期限切れ後の猶予」, not 「期限切れ（猶予期間）」: no brackets inside a name that is
 *   itself quoted in 「」, and the order of the words is the order of events (expired, then a
 *   grace period, R-INS-1).
 * - English follows the same split: "Renewal window", "Grace period"; a capital letter because
 *   names stand alone as labels (the badge, the tag) more often than inside a sentence.
 * - やさしい日本語 uses short verbs a learner knows (使える・更新できる・期限が切れた・使えない),
 *   with ふりがな in the shared ruby markup (ruby.ts); the API sends it without the readings.
 */
import type { Stage } from "../rules/result.ts";

export const JA_STAGE_NAMES = {
  valid: "有効",
  renewal: "更新できる期間",
  grace: "期限切れ後の猶予",
  lapsed: "失効",
} as const satisfies Record<Stage, string>;

export const EN_STAGE_NAMES = {
  valid: "Valid",
  renewal: "Renewal window",
  grace: "Grace period",
  lapsed: "Lapsed",
} as const satisfies Record<Stage, string>;

export const JA_EASY_STAGE_NAMES = {
  valid: "{使|つか}える",
  renewal: "{更新|こうしん}できる",
  grace: "{期限|きげん}が {切|き}れた",
  lapsed: "{使|つか}えない",
} as const satisfies Record<Stage, string>;
