/**
 * @module
 * /certificates/: the user certificate vs the signature certificate (R-CERT-1, R-CERT-2,
 * R-CERT-6, R-CERT-7, R-CARD-1, R-CARD-2, R-INS-3).
 */
import { list, note, type ProsePageContent, p } from "./blocks";

export const CERTIFICATES: Record<"ja" | "en", ProsePageContent> = {
  ja: {
    title: "カードに入っている2つの電子証明書",
    description:
      "マイナンバーカードの利用者証明用電子証明書と署名用電子証明書のちがい、暗証番号、有効期限、15歳未満の場合。",
    lead: [
      "マイナンバーカードのICチップには、2つの電子証明書が入っています。マイナ保険証に使うのは「**利用者証明用電子証明書**」です。",
    ],
    contentsLabel: "このページの内容",
    sections: [
      {
        id: "compare",
        heading: "2つの証明書のちがい",
        blocks: [
          {
            kind: "table",
            caption: "利用者証明用と署名用のちがい",
            head: ["項目", "利用者証明用電子証明書", "署名用電子証明書"],
            rows: [
              ["何を証明するか", "ログインした人が本人であること", "書類を作ったのが本人であること"],
              ["暗証番号", "数字4桁", "英数字6〜16文字"],
              [
                "使う場面",
                "マイナ保険証、マイナポータルへのログイン、コンビニでの住民票の写しなどの交付",
                "e-Taxなどの電子申請、民間のオンライン契約",
              ],
              [
                "有効期限",
                "発行日の後の5回目の誕生日（カード本体の期限が先ならその日）",
                "同じ。ただし利用者証明用より後にはならない",
              ],
              ["15歳未満", "発行される（暗証番号は法定代理人が設定）", "原則として発行されない"],
              ["引っ越し・結婚など", "そのまま使える", "住所・氏名などが変わると失効する"],
            ],
          },
        ],
      },
      {
        id: "expiry",
        heading: "有効期限の決まり方",
        blocks: [
          // R-CERT-1, R-DATE-3
          p(
            "電子証明書の有効期限は、**年齢に関係なく、発行日の後の5回目の誕生日**です。発行日がちょうど誕生日なら、その日は数えません。",
          ),
          // R-CARD-1, R-CARD-2
          p(
            "カード本体は、発行日の後の**10回目の誕生日**まで有効です。ただし発行日に18歳未満だった人のカードは5回目の誕生日までです（2022年3月31日までに申請が受け付けられたカードは、20歳未満なら5回目）。",
          ),
          p("電子証明書はカード本体より長くは使えません。カード本体が期限を迎えると、電子証明書も同じ日に終わります。"),
          note(
            "info",
            "大人のカードでは、電子証明書が先に切れます",
            "カードと同時に作られた電子証明書は、カード本体の期限の5年前（同じ誕生日）に期限が来ます。カードの表に印刷された「○年○月○日まで有効」は**カード本体の期限**で、電子証明書の期限ではありません。",
          ),
        ],
      },
      {
        id: "where",
        heading: "有効期限を確かめる場所",
        blocks: [
          list(
            "カードの表の「**電子証明書の有効期限**」欄：窓口で手書きされます。空欄のことも多いです。",
            "**マイナポータル**：ログインしてアカウント情報を見ると、電子証明書の有効期限が表示されます。",
            "**有効期限通知書**：期限の2〜3カ月前ごろに届く水色の封筒です。",
          ),
          p("わからないときは、[期限を調べる](/check/)で、生年月日とカードに印刷された有効期限から計算できます。"),
        ],
      },
      {
        id: "stops",
        heading: "期限が切れると使えなくなるもの",
        blocks: [
          // R-INS-3
          p(
            "利用者証明用電子証明書が切れると、マイナポータルへのログインやコンビニ交付はすぐに使えなくなります。マイナ保険証は、期限切れの月の末日から3カ月間は資格の確認だけできます（[4つの段階](/stages/)）。",
          ),
          p("カード本体が有効なあいだは、写真付きの本人確認書類としては使えます。"),
        ],
      },
    ],
  },
  en: {
    title: "The two certificates on the card",
    description:
      "The user certificate and the signature certificate on a My Number Card: what each is for, their PINs, how long they last, and under-15s.",
    lead: [
      "The chip of a My Number Card holds two electronic certificates. The one used for the card as a health-insurance card (マイナ保険証) is the **user certificate** (利用者証明用電子証明書).",
    ],
    contentsLabel: "On this page",
    sections: [
      {
        id: "compare",
        heading: "How they differ",
        blocks: [
          {
            kind: "table",
            caption: "User certificate and signature certificate",
            head: ["Aspect", "User certificate (利用者証明用)", "Signature certificate (署名用)"],
            rows: [
              ["Proves", "that the person logging in is you", "that you made a document"],
              ["PIN", "4 digits", "6 to 16 letters and digits"],
              [
                "Used for",
                "マイナ保険証, Mynaportal (マイナポータル) login, certificates at convenience stores",
                "e-Tax and other online filings, some private contracts",
              ],
              [
                "Expires",
                "on the 5th birthday after issue (or the card's expiry if earlier)",
                "the same, never later than the user certificate",
              ],
              ["Under 15", "issued (a guardian sets the PIN)", "normally not issued"],
              ["Moving, marriage", "keeps working", "lapses on a change of address, name and similar"],
            ],
          },
        ],
      },
      {
        id: "expiry",
        heading: "How the expiry is set",
        blocks: [
          p(
            "A certificate expires on the **fifth birthday after the day it was issued, at every age**. A birthday on the issue day itself does not count.",
          ),
          p(
            "The card itself runs to the **tenth birthday** after issue; for someone under 18 on the issue day, to the fifth (for applications received before 1 April 2022: under 20).",
          ),
          p("A certificate never outlives the card: when the card expires, its certificates end the same day."),
          note(
            "info",
            "On an adult's card the certificate expires first",
            "Certificates issued together with the card expire five years before the card, on the same birthday. The date printed on the card (“○年○月○日まで有効”) is **the card's** expiry, not the certificate's.",
          ),
        ],
      },
      {
        id: "where",
        heading: "Where to find the expiry",
        blocks: [
          list(
            "On the card face, the box “**電子証明書の有効期限**”: filled in by hand at the office, and often left blank.",
            "On **Mynaportal**: log in and open your account information.",
            "In the **expiry notice letter**, a light-blue envelope sent two to three months before.",
          ),
          p(
            "If you cannot find it, the [checker](/en/check/) works it out from your birth date and the card expiry printed on the card.",
          ),
        ],
      },
      {
        id: "stops",
        heading: "What stops working when it expires",
        blocks: [
          p(
            "When the user certificate expires, Mynaportal login and convenience-store certificates stop at once. As a health-insurance card it still confirms your eligibility for about three more months (see [the four stages](/en/stages/)).",
          ),
          p("While the card itself is valid, it still works as photo identification."),
        ],
      },
    ],
  },
};
