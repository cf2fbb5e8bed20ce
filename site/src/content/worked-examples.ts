/**
 * @module
 * The dates of the worked examples that the resident pages write out in every language
 * (renew.ts, stages.ts and their translations, faq.ts), as data. worked-examples.test.ts runs
 * each through `evaluate` and checks that every language's page states these dates, so a change
 * of a rule (the grace Decision, a next-generation window) fails there until the sentences say
 * the new dates. The sentence across the year names February's last day both ways:
 * 「翌年2月の末日（2月28日、うるう年は2月29日）」 (an expiry on 2027-11-14 works until 2028-02-29).
 */
export const WORKED_EXAMPLES = {
  /** R-RENEW-1: 「有効期限が6月15日なら、3月16日から」 (renew, stages). */
  renewalOpens: { expiry: "2027-06-15", opens: "2027-03-16" },
  /** R-RENEW-1, a month end: 「2027年5月31日が期限なら、2月28日の翌日の3月1日から」 (renew). */
  renewalOpensAtMonthEnd: { expiry: "2027-05-31", opens: "2027-03-01" },
  /** R-INS-1: 「2月10日に切れたら5月31日まで」 (stages). */
  graceEnds: { expiry: "2027-02-10", graceEnds: "2027-05-31" },
  /** R-INS-1, across the year: 「11月14日に切れたら翌年2月の末日（2月28日…）まで」 (stages). */
  graceEndsNextYear: { expiry: "2026-11-14", graceEnds: "2027-02-28" },
  /** …and into a leap year: 「…うるう年は2月29日」 (stages; until session 7 it said 2月28日 only). */
  graceEndsIntoLeapYear: { expiry: "2027-11-14", graceEnds: "2028-02-29" },
  /** R-INFER-2: an adult's card 「2031年11月14日まで有効」 (it ends on a birthday, R-CARD-1), its
   *  first certificate 2026-11-14 (faq). */
  firstCertificate: { birthDate: "1980-11-14", cardExpiry: "2031-11-14", certificateExpiry: "2026-11-14" },
} as const;
