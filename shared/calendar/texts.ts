/**
 * @module
 * The calendar's own sentences. Event titles for milestones come from shared/messages
 * (`milestoneLabel`); these are the calendar's name, the reminder event and the link line.
 */
type Texts = { ja: string; en: string };

export const CALENDAR_TEXTS = {
  calendarName: { ja: "マイナ保険証・電子証明書の期限", en: "My Number Card certificate dates" },
  reminderSummary: { ja: "電子証明書の有効期限まであと約2か月", en: "About two months until the certificate expires" },
  renewalDetail: {
    ja: "今日から、お住まいの市区町村の窓口で電子証明書を無料で更新できます。カードを持って行き、暗証番号を確認しておいてください。",
    en: "From today you can renew the certificate free of charge at your municipal office. Bring the card and know its PINs.",
  },
  graceDetail: {
    ja: "この日を過ぎると、マイナ保険証として使えなくなります。電子証明書の再発行は窓口でいつでもできます。",
    en: "After this day the card no longer works as a health-insurance card. The certificate can be re-issued at the office at any time.",
  },
  reminderDetail: {
    ja: "まだなら、市区町村の窓口で電子証明書を更新してください（カードと暗証番号を持って）。有効期限通知書が届いていなくても更新できます。",
    en: "If you have not yet, renew the certificate at your municipal office (bring the card and know its PINs). You can renew without the notice letter.",
  },
  /** R-COUNTER-1: the 「窓口へ」 event on the last counter day before the expiry. */
  lastCounterDaySummary: { ja: "窓口へ：電子証明書を更新できる最後の日", en: "Go to the counter: last day to renew the certificate" },
  lastCounterDayDetail: {
    ja: "有効期限の前に、市区町村の窓口で電子証明書を更新できる最後の日です（窓口は土日・祝日・12月29日〜1月3日は閉まっています。休日に開く窓口や受付時間は市区町村で確かめてください）。カードを持って行き、暗証番号を確認しておいてください。",
    en: "The last day before the expiry on which municipal counters are open (they close on weekends, national holidays and 29 December–3 January; check your own office for weekend openings and hours). Bring the card and know its PINs.",
  },
  linkLine: { ja: "詳しくはマイナ期限ナビで：", en: "Details on マイナ期限ナビ (My Number expiry navigator):" },
  alarm: { ja: "マイナ保険証の期限のお知らせ", en: "My Number Card certificate reminder" },
  /** Between a person's label and an event title in the list page's calendar. */
  labelJoiner: { ja: "：", en: ": " },
} as const satisfies Record<string, Texts>;
