/**
 * @module
 * /renew/ (and /en/renew/, /easy/renew/): how to renew or re-issue the certificates
 * (R-RENEW-1..3, R-CERT-3, R-CERT-4, R-CERT-8, R-CERT-9, R-INS-4, R-INS-5, R-CARD-6).
 */
import type { LangWithPage } from "../i18n/site";
import { list, note, type ProsePageContent, p } from "./blocks";
import { content as koRenew } from "./translations/ko/renew";
import { content as neRenew } from "./translations/ne/renew";
import { content as ptBRRenew } from "./translations/pt-BR/renew";
import { content as tlRenew } from "./translations/tl/renew";
import { content as viRenew } from "./translations/vi/renew";
import { content as zhHansRenew } from "./translations/zh-Hans/renew";

export const RENEW: Record<LangWithPage<"renew">, ProsePageContent> = {
  ja: {
    title: "電子証明書の更新のしかた",
    description:
      "マイナンバーカードの電子証明書は、いつから、どこで、何を持って更新するのか。期限が切れたあとの再発行も説明します。",
    lead: [
      "電子証明書の更新は、**お住まいの市区町村の窓口**で行います。無料です。オンラインや郵送ではできません。期限が切れてしまっても、同じ窓口で再発行できます。",
    ],
    contentsLabel: "このページの内容",
    sections: [
      {
        id: "when",
        heading: "いつから更新できるか",
        blocks: [
          // R-RENEW-1
          p(
            "有効期限まで**3カ月を切った日**から、有効期限の日まで更新できます。たとえば有効期限が6月15日なら、3月16日から更新できます。",
          ),
          note(
            "precise",
            "リーフレットの「3カ月前から」を正確に言うと",
            "リーフレットは「有効期限の3カ月前から更新ができます」と書いています。正確には、有効期限の日から3カ月さかのぼった日の**翌日**からです（6月15日が期限なら3月15日ではなく3月16日）。",
            "期限が5月31日のように月末で、3カ月前の月にその日がないときは、その月の末日の翌日からです（2027年5月31日が期限なら、2月28日の翌日の3月1日から）。",
          ),
          // R-COUNTER-1: the counter's closed days; an expiry on one does not move.
          p(
            "市区町村の窓口は、土曜・日曜・祝日と年末年始（12月29日〜1月3日）は閉まっています。有効期限の日が閉まっている日でも、期限は次の開いている日に延びません。その前の、窓口が開いている日までに行ってください。一部の土日に「休日窓口」を開く市区町村もあるので、確かめてください。",
          ),
          // R-CERT-3
          p(
            "早めに更新しても損はしません。更新期間の中で更新すると、新しい電子証明書は**今の有効期限から5年後**（ただしカード本体の有効期限まで）になります。",
          ),
          // R-RENEW-3
          p(
            "有効期限の2〜3カ月前ごろに、地方公共団体情報システム機構（J-LIS）から「有効期限通知書」が水色の封筒で届きます。ただし転送されないので、引っ越した人などには届かないことがあります。**通知書がなくても更新できます。**",
          ),
          // R-CARD-4: no letter for a card that ends with the period of stay.
          p(
            "在留期間の満了日で切れるカードには、通知書は届きません。在留期間がある方は[在留期間がある方のページ](/foreign-residents/)も読んでください。",
          ),
        ],
      },
      {
        id: "bring",
        heading: "持っていくもの",
        blocks: [
          // R-RENEW-2
          list(
            "マイナンバーカード",
            "利用者証明用電子証明書の**暗証番号（数字4桁）**",
            "署名用電子証明書の**暗証番号（英数字6〜16文字）**（署名用も更新する人）",
            "有効期限通知書（届いていれば。なくても手続きできます）",
          ),
          p(
            "暗証番号を忘れたときは、同じ窓口で再設定できます。本人確認のため、カードのほかに書類が要ることがあるので、事前に市区町村に確かめてください。",
          ),
          note(
            "info",
            "本人が行けないとき",
            "代理人でも手続きできますが、市区町村から本人あての照会書を使うため、窓口に2回行くのが基本です。方法は市区町村によって違うので、先に問い合わせてください。",
          ),
        ],
      },
      {
        id: "after",
        heading: "更新したあと",
        blocks: [
          // R-CERT-8, R-CERT-9, R-INS-4
          list(
            "新しい電子証明書が病院や薬局で使えるようになるまで、**手続きから24時間ほど**かかります。すぐに受診する予定があるときは、前日までに済ませると安心です。",
            "スマートフォン用電子証明書を使っている人は、スマートフォンでもう一度設定が必要です。",
            "有効期限が切れてから3カ月の猶予期間を過ぎて再発行した人は、マイナ保険証の**利用登録をもう一度**してください（医療機関のカードリーダー、マイナポータルなどでできます）。",
          ),
        ],
      },
      {
        id: "expired",
        heading: "期限が切れてしまったら（再発行）",
        blocks: [
          // R-CERT-4, R-INS-5
          p(
            "有効期限が切れても、カード本体が有効なら、市区町村の窓口でいつでも**無料で再発行**できます。持ち物は更新と同じです。",
          ),
          p("再発行した電子証明書は、再発行した日から数えて5回目の誕生日まで（カード本体の期限まで）有効です。"),
          p(
            "再発行しないままでも、医療は受けられます。加入している健康保険から「**資格確認書**」が届くので、それを窓口で見せてください。届く時期は保険者によって違います。",
          ),
        ],
      },
      {
        id: "card",
        heading: "カード本体の更新とのちがい",
        blocks: [
          // R-CARD-6, R-CERT-5
          p(
            "マイナンバーカード本体にも有効期限があります（発行日から10回目の誕生日まで。18歳未満で発行されたカードは5回目。2022年3月までに申請されたカードは20歳未満なら5回目）。本体は、期限の3カ月を切った日から新しいカードを申請でき、申請はオンライン・郵送・証明写真機・窓口でできます。受け取りは窓口です。",
          ),
          p(
            "電子証明書は、本体と同時に作られた大人のカードでは**本体より5年早く**期限が来ます。一度更新すると、次は本体と同じ日まで有効になります。",
          ),
        ],
      },
    ],
  },
  en: {
    title: "How to renew the certificates",
    description:
      "When, where and with what to renew the electronic certificates on a My Number Card, and how to get a new one after they expire.",
    lead: [
      "You renew the electronic certificates **in person at your city, ward, town or village office** (市区町村の窓口). It is free. It cannot be done online or by post. If they have already expired, the same office re-issues them.",
    ],
    contentsLabel: "On this page",
    sections: [
      {
        id: "when",
        heading: "When you can renew",
        blocks: [
          p(
            "From the day on which **fewer than three months** remain until the expiry date, up to and including the expiry date. For an expiry on 15 June, renewal opens on 16 March.",
          ),
          note(
            "precise",
            "What “from three months before” means exactly",
            "The leaflet says renewal is possible “from three months before the expiry”. Precisely, it opens the **day after** the date three months before the expiry (expiry 15 June → 16 March, not 15 March).",
            "When that earlier month is shorter, the date is taken as its last day: for an expiry on 31 May 2027, renewal opens the day after 28 February, on 1 March.",
          ),
          // R-COUNTER-1: the counter's closed days; an expiry on one does not move.
          p(
            "Municipal counters are closed on Saturdays, Sundays, national holidays and from 29 December to 3 January. If the expiry falls on a closed day, it does not move to the next open day: go on an open day before it. Some municipalities open the counter on some weekends (休日窓口): check yours.",
          ),
          p(
            "Renewing early costs you nothing: a certificate renewed inside the window runs **five years from the old expiry date** (never past the card's own expiry).",
          ),
          p(
            "About two to three months before the expiry, J-LIS sends an expiry notice (有効期限通知書) in a light-blue envelope. It is not forwarded to a new address, so it may never reach you. **You can renew without it.**",
          ),
          p(
            "No notice is sent for a card that ends with a period of stay (在留期間). If you have one, read [the page for residents with a period of stay](/en/foreign-residents/) too.",
          ),
        ],
      },
      {
        id: "bring",
        heading: "What to bring",
        blocks: [
          list(
            "Your My Number Card",
            "The **4-digit PIN** of the user certificate",
            "The **password (6 to 16 letters and digits)** of the signature certificate, if you renew that one too",
            "The notice letter, if it arrived (not required)",
          ),
          p(
            "If you have forgotten a PIN, the office can reset it. Ask your office beforehand whether you need another identity document.",
          ),
          note(
            "info",
            "If you cannot go yourself",
            "A representative can do it, but the office first sends you an inquiry letter (照会書), so it usually takes two visits. Ask your office how they handle it.",
          ),
        ],
      },
      {
        id: "after",
        heading: "After renewing",
        blocks: [
          list(
            "The new certificate works at clinics and pharmacies about **24 hours** after the procedure. If you have an appointment, renew at least a day before.",
            "If you use the smartphone certificate, set it up on your phone again.",
            "If you re-issued after the three-month grace period, **register the card for insurance use again** (at a clinic's card reader, or online on Mynaportal, マイナポータル).",
          ),
        ],
      },
      {
        id: "expired",
        heading: "If the certificate has expired (re-issue)",
        blocks: [
          p(
            "While the card itself is valid, the office re-issues the certificates **at any time, free of charge**. Bring the same things as for a renewal.",
          ),
          p(
            "A re-issued certificate runs to the fifth birthday after the day it is issued (never past the card's expiry).",
          ),
          p(
            "Even if you do not re-issue, you can still get medical care: your health insurer sends you an **eligibility certificate (資格確認書)** to show at reception. When it arrives depends on the insurer.",
          ),
        ],
      },
      {
        id: "card",
        heading: "Renewing the card itself is different",
        blocks: [
          p(
            "The card has its own expiry: the tenth birthday after it was issued (the fifth for cards issued under 18, or under 20 when the application reached J-LIS before April 2022). A new card can be applied for once fewer than three months remain, online, by post, at a photo booth or at the office; you collect it at the office.",
          ),
          p(
            "For an adult whose certificates were issued with the card, the certificates expire **five years before the card**. After one renewal, they run to the card's expiry.",
          ),
        ],
      },
    ],
  },
  "ja-easy": {
    title: "{電子証明書|でんししょうめいしょ}の {更新|こうしん}の しかた",
    description:
      "マイナンバーカードの {電子証明書|でんししょうめいしょ}を、いつ、どこで、{何|なに}を {持|も}って {更新|こうしん}するか、やさしい {日本語|にほんご}で {説明|せつめい}します。",
    lead: [
      "{電子証明書|でんししょうめいしょ}の {更新|こうしん}は、{住|す}んで いる {市役所|しやくしょ}・{区役所|くやくしょ}・{町村役場|ちょうそんやくば}の {窓口|まどぐち}で します。お{金|かね}は かかりません。インターネットや {郵便|ゆうびん}では できません。{期限|きげん}が {切|き}れても、{同|おな}じ {窓口|まどぐち}で {再発行|さいはっこう}できます。",
    ],
    contentsLabel: "この ページに ある こと",
    sections: [
      {
        id: "when",
        heading: "いつから {更新|こうしん}できる？",
        blocks: [
          // R-RENEW-1
          p(
            "{期限|きげん}まで 3か{月|げつ}より {短|みじか}く なった {日|ひ}から、{期限|きげん}の {日|ひ}まで {更新|こうしん}できます。たとえば {期限|きげん}が 6{月|がつ}15{日|にち}なら、3{月|がつ}16{日|にち}から できます。",
          ),
          // R-COUNTER-1: the counter's closed days; an expiry on one does not move.
          p(
            "{窓口|まどぐち}は、{土曜日|どようび}・{日曜日|にちようび}・{祝日|しゅくじつ}と、12{月|がつ}29{日|にち}から 1{月|がつ}3{日|か}までは {休|やす}みです。{期限|きげん}の {日|ひ}が {休|やす}みの {日|ひ}でも、{期限|きげん}は のびません。その {前|まえ}の、{窓口|まどぐち}が {開|あ}いて いる {日|ひ}に {行|い}って ください。",
          ),
          // R-CERT-3
          p(
            "{早|はや}く {更新|こうしん}しても {損|そん}は しません。{新|あたら}しい {電子証明書|でんししょうめいしょ}は、{今|いま}の {期限|きげん}の 5{年|ねん}{後|ご}まで {使|つか}えます（カードの {期限|きげん}より {後|あと}には なりません）。",
          ),
          // R-RENEW-3
          p(
            "{期限|きげん}の 2〜3か{月|げつ}{前|まえ}に、{水色|みずいろ}の {封筒|ふうとう}で「{有効期限通知書|ゆうこうきげんつうちしょ}」が {来|き}ます。{引|ひ}っ{越|こ}した {人|ひと}には {来|こ}ない ことも あります。**{手紙|てがみ}が なくても {更新|こうしん}できます。**",
          ),
          // R-CARD-4
          p(
            "{在留|ざいりゅう}{期間|きかん}で {終|お}わる カードには、この {手紙|てがみ}は {来|き}ません。{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}は、[{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}の ページ](/easy/foreign-residents/)も {読|よ}んで ください。",
          ),
        ],
      },
      {
        id: "bring",
        heading: "{持|も}って いく もの",
        blocks: [
          // R-RENEW-2
          list(
            "マイナンバーカード",
            "{暗証番号|あんしょうばんごう}（{数字|すうじ} 4つ）",
            "{署名用電子証明書|しょめいようでんししょうめいしょ}の {暗証番号|あんしょうばんごう}（{英語|えいご}の {文字|もじ}と {数字|すうじ}で 6〜16{文字|もじ}）：{署名用|しょめいよう}も {更新|こうしん}する {人|ひと}",
            "{有効期限通知書|ゆうこうきげんつうちしょ}（{来|き}て いれば。なくても {大丈夫|だいじょうぶ}です）",
          ),
          p(
            "{暗証番号|あんしょうばんごう}を {忘|わす}れたら、{窓口|まどぐち}で {新|あたら}しく できます。ほかに {要|い}る ものが あるか、{行|い}く {前|まえ}に {市役所|しやくしょ}などに {聞|き}いて ください。",
          ),
          note(
            "info",
            "{自分|じぶん}で {行|い}けない とき",
            "{代|か}わりの {人|ひと}でも できます。でも、ふつうは {窓口|まどぐち}に 2{回|かい} {行|い}きます。{先|さき}に {市役所|しやくしょ}などに {聞|き}いて ください。",
          ),
        ],
      },
      {
        id: "after",
        heading: "{更新|こうしん}した あと",
        blocks: [
          // R-CERT-8, R-CERT-9, R-INS-4
          list(
            "{病院|びょういん}や {薬局|やっきょく}で {使|つか}えるのは、{手続|てつづ}きの 1{日|にち}（24{時間|じかん}）ぐらい {後|あと}からです。",
            "スマートフォンの {電子証明書|でんししょうめいしょ}を {使|つか}って いる {人|ひと}は、スマートフォンで もう {一度|いちど} {設定|せってい}して ください。",
            "マイナ{保険証|ほけんしょう}が {使|つか}えなく なった {後|あと}に {再発行|さいはっこう}した {人|ひと}は、マイナ{保険証|ほけんしょう}の {登録|とうろく}を もう {一度|いちど} して ください（{病院|びょういん}の カードリーダーや マイナポータルで できます）。",
          ),
        ],
      },
      {
        id: "expired",
        heading: "{期限|きげん}が {切|き}れて しまったら（{再発行|さいはっこう}）",
        blocks: [
          // R-CERT-4
          p(
            "カードの {期限|きげん}が まだ {来|き}て いなければ、{窓口|まどぐち}で いつでも {再発行|さいはっこう}できます。お{金|かね}は かかりません。{持|も}って いく ものは {更新|こうしん}と {同|おな}じです。",
          ),
          p(
            "{再発行|さいはっこう}した {電子証明書|でんししょうめいしょ}は、{再発行|さいはっこう}した {日|ひ}から 5{回目|かいめ}の {誕生日|たんじょうび}まで {使|つか}えます（カードの {期限|きげん}より {後|あと}には なりません）。",
          ),
          // R-INS-5
          p(
            "{再発行|さいはっこう}しなくても、{病院|びょういん}には {行|い}けます。{健康保険|けんこうほけん}から「**{資格確認書|しかくかくにんしょ}**」が {届|とど}きます。{病院|びょういん}の {受付|うけつけ}で {見|み}せて ください。いつ {届|とど}くかは、{健康保険|けんこうほけん}に よって {違|ちが}います。",
          ),
        ],
      },
      {
        id: "card",
        heading: "カードの {更新|こうしん}とは {違|ちが}います",
        blocks: [
          // R-CARD-1, R-CARD-6, R-CERT-5
          p(
            "マイナンバーカードにも {期限|きげん}が あります。カードを {作|つく}ってから 10{回目|かいめ}の {誕生日|たんじょうび}です（{子|こ}どもの ときに {作|つく}った カードは 5{回目|かいめ}）。{期限|きげん}まで 3か{月|げつ}より {短|みじか}く なったら、{新|あたら}しい カードを {申|もう}し{込|こ}めます。インターネット、{郵便|ゆうびん}、{写真|しゃしん}の {機械|きかい}、{窓口|まどぐち}で できます。{受|う}け{取|と}るのは {窓口|まどぐち}です。",
          ),
          p(
            "{大人|おとな}の カードでは、{電子証明書|でんししょうめいしょ}の {期限|きげん}が カードより 5{年|ねん} {早|はや}く {来|き}ます。1{回|かい} {更新|こうしん}すると、{次|つぎ}は カードと {同|おな}じ {日|ひ}まで {使|つか}えます。",
          ),
        ],
      },
    ],
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansRenew,
  ko: koRenew,
  vi: viRenew,
  "pt-BR": ptBRRenew,
  tl: tlRenew,
  ne: neRenew,
};
