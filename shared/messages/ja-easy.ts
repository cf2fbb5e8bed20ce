/**
 * @module
 * やさしい日本語: 短い文、ひとつの文にひとつのこと、むずかしいことばは言いかえる。
 * Dates are written 「11月14日」, never with slashes (R-PARSE-4). What is not rewritten here
 * (the leaflet's reader texts, rare errors and caveats) falls back to the standard Japanese.
 */
import type { Catalog } from "./catalog.ts";
import { ja } from "./ja.ts";

export const jaEasy: Catalog = {
  ...ja,
  error: {
    ...ja.error,
    empty: "{field}を 書いてください。",
    invalid_date: "{field}が 日付として 読めません。「2026年3月15日」や「令和8年3月15日」のように 書いてください。",
    not_a_real_date: "{field}の 日付は ありません。月と 日を もう一度 見てください。",
    past_era_end: "{field}の 年が 合っていません。「{suggestionWareki}」ですか。",
    before_era_start: "{field}の 年が 合っていません。「{suggestionWareki}」ですか。",
  },
  missingInput: {
    certificateExpiry: "電子証明書の 期限か、生年月日と カードの 期限を 書いてください。",
    cardExpiry: "カードに 書いてある 期限も 書いてください。",
    birthDate: "生年月日も 書いてください。",
  },
  stage: {
    valid: ({ dates }) => `電子証明書は ${dates.expiry}まで 使えます。マイナ保険証も 使えます。`,
    renewal: ({ dates }) => `電子証明書の 期限は ${dates.expiry}です。もうすぐ 期限です。今、新しくする 手続きが できます。`,
    grace: ({ dates }) =>
      `電子証明書の 期限が 過ぎました。${dates.graceEnds}までは マイナ保険証で 病院に かかれます。でも、病院は あなたの 薬や 病気の 記録を 見ることが できません。`,
    lapsed: ({ dates }) => `電子証明書の 期限が 過ぎて 3か月 たちました。${dates.lapses}から マイナ保険証は 使えません。`,
  },
  daysLeft: {
    valid: (days) => `手続きが できるまで、あと ${days}日です。`,
    renewal: (days) => (days === 0 ? "今日が 期限の 最後の 日です。" : `期限まで あと ${days}日です。`),
    grace: (days) => (days === 0 ? "今日が マイナ保険証を 使える 最後の 日です。" : `マイナ保険証を 使えるのは、あと ${days}日です。`),
    lapsed: (days) => (days === 0 ? "今日から マイナ保険証が 使えません。" : `マイナ保険証が 使えなくなってから ${days}日です。`),
  },
  capability: {
    insuranceFull: "マイナ保険証で 病院に かかる（薬や 病気の 記録も 使える）",
    insuranceQualificationOnly: "マイナ保険証で 保険に 入っていることを 見せる",
    myNaPortalLogin: "マイナポータルに 入る",
    convenienceStoreCopies: "コンビニで 住民票を 出す",
    eTaxSignature: "e-Taxで 税金の 申告を する",
    photoId: "顔写真の ある 身分証明書として 使う",
  },
  works: { yes: "できます", no: "できません", unknown: "わかりません", joiner: "：" },
  nextStep: {
    ...ja.nextStep,
    nothingYet: ({ dates }) => ({ title: "今は 何も しなくて いいです", detail: `${dates.renewalOpens}から 手続きが できます。` }),
    expectNoticeLetter: ({ dates }) => ({
      title: "手紙が 来ます",
      detail: `${dates.noticeFrom}ごろから、水色の 封筒で「有効期限通知書」が 来ます。引っ越した 人には 来ないことが あります。手紙が なくても 手続きが できます。`,
    }),
    addReminder: () => ({ title: "カレンダーに 書きましょう", detail: "大切な 日を 忘れないように、カレンダーに 入れましょう。" }),
    renewCertificateAtOffice: ({ dates }) => ({
      title: "市役所・区役所・町村役場で 手続きを する",
      detail: `${dates.expiry}までに、住んでいる 市区町村の 窓口へ 行きます。お金は かかりません。インターネットでは できません。マイナンバーカードを 持って 行きます。4けたの 暗証番号が 必要です。`,
    }),
    reissueCertificateAtOffice: () => ({
      title: "市役所・区役所・町村役場で 新しく してもらう",
      detail: "期限が 過ぎても、窓口で 新しく できます。お金は かかりません。マイナンバーカードを 持って 行きます。暗証番号が 必要です。",
    }),
    wait24Hours: () => ({ title: "次の 日から 使えます", detail: "手続きの あと、使えるまで 1日ぐらい かかります。" }),
    setUpSmartphoneAgain: () => ({ title: "スマホも もう一度 設定します", detail: "スマホに マイナンバーカードを 入れている 人は、もう一度 設定してください。" }),
    registerInsuranceAgain: () => ({
      title: "マイナ保険証の 登録を もう一度 する",
      detail: "3か月 過ぎると、マイナ保険証の 登録が 消えます。手続きの あと、病院の 機械や マイナポータルで もう一度 登録してください。",
    }),
    eligibilityCertificate: () => ({
      title: "「資格確認書」で 病院に かかれます",
      detail: "手続きを しなかった 人には、保険から「資格確認書」が 届きます。それで 病院に かかれます。",
    }),
    showCardAtReception: () => ({ title: "受付で カードを 見せる", detail: "機械に「失効しています」と 出たら、受付の 人に 言ってください。" }),
  },
  milestone: {
    noticeExpected: "手紙が 来はじめる 日",
    renewalOpens: "手続きが できるように なる 日",
    certificateExpires: "電子証明書の 期限",
    graceStarts: "期限切れ（記録は 見られない）",
    graceEnds: "マイナ保険証を 使える 最後の 日",
    lapses: "マイナ保険証が 使えなくなる 日",
    cardRenewalOpens: "カードの 手続きが できるように なる 日",
    cardExpires: "カードの 期限",
  },
  weekdays: ["日", "月", "火", "水", "木", "金", "土"],
  formatDate: (y, m, d, w) => `${y}年${m}月${d}日（${w}曜日）`,
};
