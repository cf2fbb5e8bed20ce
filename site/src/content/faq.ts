/**
 * @module
 * /faq/: questions residents ask, answered with the rules (R-INS-1, R-INS-5, R-RENEW-1..3,
 * R-CERT-3, R-CERT-8, R-CERT-9, R-CARD-4, R-INFER-2, R-DATE-4).
 */
import type { ProsePageContent } from "./blocks";

export const FAQ: Record<"ja" | "en", ProsePageContent> = {
  ja: {
    title: "よくある質問",
    description: "マイナ保険証の電子証明書の有効期限について、よくある質問と答え。",
    lead: ["マイナ保険証と電子証明書の期限について、よく聞かれることをまとめました。"],
    sections: [
      {
        id: "questions",
        heading: "質問と答え",
        blocks: [
          {
            kind: "qa",
            items: [
              {
                q: "カードに「2031年11月14日まで有効」と書いてあります。これが電子証明書の期限ですか？",
                a: [
                  "いいえ。印刷されているのは**カード本体の期限**です。大人のカードでは、電子証明書はその5年前の同じ日（この例では2026年11月14日）に期限が来ます。一度更新していれば、カード本体と同じ日までです。",
                ],
              },
              {
                q: "期限が切れたまま病院に行ったら、どうなりますか？",
                a: [
                  "期限が切れた月の末日から3カ月後の月末までは、マイナ保険証で受診できます。ただし、保険の資格が確認されるだけで、過去の診療情報や薬の情報は医療機関に提供されません。",
                  "それを過ぎると、マイナ保険証としては使えません。届いた「資格確認書」を見せるか、カードを持って受付に相談してください。",
                ],
              },
              {
                q: "猶予の「3カ月間」はいつまでですか？",
                a: [
                  "期限の日から3カ月ではなく、**期限の日がある月の末日から3カ月**です。たとえば2月10日に切れたら5月31日まで、11月14日に切れたら翌年2月28日（うるう年は29日）まで使えます。",
                ],
              },
              {
                q: "通知書が届きません。更新できませんか？",
                a: [
                  "更新できます。通知書は転送されないため、引っ越した人などには届かないことがあります。期限まで3カ月を切っていれば、カードと暗証番号を持って市区町村の窓口へ行ってください。",
                ],
              },
              {
                q: "早く更新すると、期限が短くなりませんか？",
                a: [
                  "なりません。更新できる期間（期限まで3カ月未満）に更新すると、新しい期限は今の期限の5年後です（カード本体の期限まで）。",
                ],
              },
              {
                q: "オンラインで更新できますか？",
                a: ["できません。電子証明書の更新と再発行は、お住まいの市区町村の窓口だけです。"],
              },
              {
                q: "更新したのに、病院のカードリーダーにまだお知らせが出ます。",
                a: [
                  "新しい電子証明書が使えるようになるまで、手続きから24時間ほどかかります。翌日以降にもう一度試してください。",
                ],
              },
              {
                q: "2月29日生まれです。誕生日はどう数えますか？",
                a: [
                  "うるう年でない年の「誕生日」がどの日になるかは、公的な資料にはっきり書かれていません。このサイトは早いほうの2月28日として計算し、結果に注意書きを出します。市区町村の窓口で確かめてください。",
                ],
              },
              {
                // R-CARD-4
                q: "在留期間がある外国人住民のカードは？",
                a: [
                  "カードの有効期限は、在留期間の満了日と、ふつうの決まり（誕生日で数える日）の早いほうです。カードが終わると電子証明書も同じ日に終わります。在留期間で期限が来るときは、有効期限通知書は送られません。",
                  "在留期間を更新したらカードの期限も延ばせますが、電子証明書は延びません。市区町村の窓口で電子証明書も手続きしてください。永住者、高度専門職2号、特別永住者のカードは、日本人と同じ決まりです。",
                ],
              },
              {
                // R-CERT-9
                q: "スマートフォンのマイナンバーカード機能（スマホ用電子証明書）は？",
                a: [
                  "スマホ用電子証明書は、カードの電子証明書の期限に合わせて終わります。カードの電子証明書を更新したら、スマートフォンでもう一度設定してください。",
                ],
              },
              {
                q: "子どものカードはどうなりますか？",
                a: [
                  "18歳未満で作ったカードは、カード本体も電子証明書も5回目の誕生日までです。15歳未満の人には、署名用電子証明書は原則として発行されません。",
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  en: {
    title: "Questions and answers",
    description:
      "Common questions about the expiry of the electronic certificate on a My Number Card used as a health-insurance card.",
    lead: ["What people most often ask about the certificate's expiry and the health-insurance card."],
    sections: [
      {
        id: "questions",
        heading: "Questions",
        blocks: [
          {
            kind: "qa",
            items: [
              {
                q: "My card says “2031年11月14日まで有効”. Is that the certificate's expiry?",
                a: [
                  "No. The printed date is **the card's** expiry. On an adult's card, the certificate expires five years earlier on the same day (here 14 November 2026), unless it has been renewed once, in which case it runs to the card's date.",
                ],
              },
              {
                q: "What happens if I go to a clinic with an expired certificate?",
                a: [
                  "Until the end of the third month after the month it expired, the card still works as a health-insurance card, but only your eligibility is confirmed: your past treatment and medicine records are not shared with the clinic.",
                  "After that it no longer works as a health-insurance card. Show the eligibility certificate (資格確認書) your insurer sends, or ask at reception.",
                ],
              },
              {
                q: "When exactly does the three-month grace period end?",
                a: [
                  "Not three months after the expiry day, but **three months after the end of the month** containing it: an expiry on 10 February runs to 31 May; one on 14 November runs to 28 February (29 in a leap year).",
                ],
              },
              {
                q: "No notice letter came. Can I still renew?",
                a: [
                  "Yes. The letter is not forwarded after a move, so it may never arrive. Once fewer than three months remain, go to your municipal office with the card and your PINs.",
                ],
              },
              {
                q: "Does renewing early shorten the certificate?",
                a: [
                  "No. Renewed inside the window, the new certificate runs five years from the old expiry (never past the card's expiry).",
                ],
              },
              {
                q: "Can I renew online?",
                a: ["No. Renewal and re-issue are done only at the office of the municipality you live in."],
              },
              {
                q: "I renewed, but the clinic's reader still shows the alert.",
                a: ["A new certificate takes about 24 hours to reach the system. Try again the next day."],
              },
              {
                q: "I was born on 29 February. How is my birthday counted?",
                a: [
                  "The public sources do not say clearly which day counts in a common year. This site takes the earlier day, 28 February, and adds a note to the result. Please confirm at your office.",
                ],
              },
              {
                q: "What about cards of foreign residents with a period of stay?",
                a: [
                  "The card expires on the earlier of the end of your period of stay and the usual birthday rule, and its certificates end with it. No expiry notice letter is sent when the period of stay ends the card.",
                  "After extending your stay you can extend the card, but not the certificates: renew them at your municipal office too. Cards of permanent residents, Highly Skilled Professionals (ii) and special permanent residents follow the same rules as Japanese nationals.",
                ],
              },
              {
                q: "What about the smartphone certificate?",
                a: [
                  "The smartphone certificate follows the card's certificate. After renewing the card's certificate, set it up on your phone again.",
                ],
              },
              {
                q: "What about children's cards?",
                a: [
                  "A card made for someone under 18 runs, with its certificates, to the fifth birthday after issue. People under 15 normally get no signature certificate.",
                ],
              },
            ],
          },
        ],
      },
    ],
  },
};
