/**
 * @module
 * /foreign-residents/: residents whose card ends with a period of stay (R-CARD-4, R-INFER-6):
 * what the card and the certificates do when the stay ends or is extended, the order of steps,
 * what to bring, why no letter comes (so a reminder matters), and the 資格確認書 (R-INS-*).
 *
 * Translations (site/src/content/translations/<code>/foreign-residents.ts) fill the same
 * {@link ForeignResidentsContent}: the same sections with the same ids, in the same order, so
 * an address like `/vi/foreign-residents/#steps` means the same in every language.
 */

import { JA_TERMS as JA } from "#shared/messages/glossary/terms.ts";
import type { LangWithPage } from "../i18n/site";
import { list, note, p } from "./blocks";
import { CHECK } from "./check";
import {
  FOREIGN_RESIDENTS_SECTIONS,
  FOREIGN_RESIDENTS_SOURCES,
  type ForeignResidentsContent,
} from "./foreign-residents-shape";
import { sourceBlock } from "./sources";
import { content as koForeignResidents } from "./translations/ko/foreign-residents";
import { content as neForeignResidents } from "./translations/ne/foreign-residents";
import { content as ptBRForeignResidents } from "./translations/pt-BR/foreign-residents";
import { content as tlForeignResidents } from "./translations/tl/foreign-residents";
import { content as viForeignResidents } from "./translations/vi/foreign-residents";
import { content as zhHansForeignResidents } from "./translations/zh-Hans/foreign-residents";

export { FOREIGN_RESIDENTS_SECTIONS, FOREIGN_RESIDENTS_SOURCES, type ForeignResidentsContent };

export const FOREIGN_RESIDENTS: Record<LangWithPage<"foreignResidents">, ForeignResidentsContent> = {
  ja: {
    title: "在留期間がある方のマイナンバーカードと電子証明書",
    description:
      "在留期間が決まっている方へ。在留期間が終わるときや更新したときに、マイナンバーカードと電子証明書がどうなるか、手続きの順番、持ち物、資格確認書について説明します。",
    lead: [
      // R-CARD-4
      "在留期間が決まっている方のマイナンバーカードは、**在留期間の満了日**に有効期限が来ます。在留期間を更新しても、カードも電子証明書も**自動では延びません**。",
      // R-CARD-4, R-RENEW-3
      "期限が近いことを知らせる**有効期限通知書**も届きません。このページで手続きの順番を確かめて、日付を自分で残しておいてください。",
    ],
    contentsLabel: "このページの内容",
    sections: [
      {
        id: "who",
        heading: "このページの対象の方",
        blocks: [
          p("在留カードに**在留期間**の満了日が書いてある方のためのページです。"),
          // R-CARD-4: these are treated like nationals.
          p(
            "**永住者**、**高度専門職2号**、**特別永住者**の方のカードは、日本国籍の方と同じ決まりです。このページではなく、「[更新のしかた](/renew/)」と「[期限を調べる](/check/)」を見てください。",
          ),
        ],
      },
      {
        id: "card",
        heading: "カードと電子証明書はいつまでか",
        blocks: [
          list(
            // R-CARD-4, R-CARD-1
            "**マイナンバーカード**：在留期間の満了日までです。ただし、ふつうのカードの期限（発行日から10回目の誕生日。未成年のときに発行されたカードは5回目）のほうが早ければ、その日までです。",
            // R-CERT-1, R-CARD-5
            "**電子証明書**：発行日から5回目の誕生日までです。ただし、カードの有効期限より後にはなりません。カードが切れると、電子証明書も同じ日に切れます。",
          ),
          // R-INFER-6
          p(
            "電子証明書は、カードより先に、誕生日に切れていることがあります。カードの表の「電子証明書の有効期限」の欄か、マイナポータルで確かめてください。",
          ),
          // R-CARD-4
          note(
            "warning",
            "在留期間を更新しても、カードと電子証明書は延びません",
            "出入国在留管理局で在留期間が更新されても、マイナンバーカードの有効期限は変わりません。お住まいの市区町村の窓口で、**カードの有効期間の変更**をしてください。変更しても、ふつうのカードの期限（10回目または5回目の誕生日）より後にはなりません。",
            "カードの有効期間を変更しても、**電子証明書の有効期限は延びません**。電子証明書は、同じ窓口で新しくします（次の「手続きの順番」）。",
          ),
          // R-CARD-4, R-CARD-5
          p("在留期間を更新しないまま満了日が来ると、その日でカードと電子証明書の両方が切れます。"),
        ],
      },
      {
        id: "steps",
        heading: "在留期間を更新するときの手続きの順番",
        blocks: [
          {
            kind: "steps",
            items: [
              {
                title: "出入国在留管理局で、在留期間を更新する",
                text: [
                  "新しい在留期間が書かれた**在留カード**を受け取ります。いつから申請できるかは、出入国在留管理局に確かめてください（このサイトは入管の手続きを扱っていません）。",
                ],
              },
              {
                // R-CARD-4
                title: "市区町村の窓口で、マイナンバーカードの有効期間を変更する",
                text: [
                  "新しい在留カードとマイナンバーカードを持って、お住まいの市区町村の窓口に行きます。新しいカードの申請ではありません。カードの有効期限が来る前に行ってください。",
                  "変更したあとのカードの期限は、新しい在留期間の満了日です（ふつうのカードの期限のほうが早ければ、その日）。",
                ],
              },
              {
                // R-RENEW-1, R-RENEW-2, R-CERT-3, R-CERT-4, R-CERT-8
                title: "電子証明書を、同じ窓口で新しくする",
                text: [
                  "電子証明書の有効期限は延びていません。期限まで3カ月を切っていれば、同じ窓口で**更新**できます。もう切れていれば**再発行**です。どちらも無料です。期限がまだ3カ月より先なら、3カ月を切ってから窓口で更新します。",
                  "新しい電子証明書がマイナ保険証で使えるようになるのは、手続きから24時間ほどあとです。",
                ],
              },
            ],
          },
        ],
      },
      {
        id: "bring",
        heading: "窓口に持っていくもの",
        blocks: [
          // R-RENEW-2, R-CARD-4
          list(
            "マイナンバーカード",
            "**新しい在留カード**（更新された在留期間が書かれたもの）",
            "利用者証明用電子証明書の**暗証番号（数字4桁）**",
            "署名用電子証明書の**暗証番号（英数字6〜16文字）**（署名用電子証明書も新しくする方）",
          ),
          p(
            "暗証番号を忘れたときは、同じ窓口で設定し直せます。ほかに必要な書類があるか、行く前に市区町村に確かめてください。",
          ),
          // R-COUNTER-1
          p(
            "市区町村の窓口は、土曜・日曜・祝日と年末年始（12月29日〜1月3日）は閉まっています。休日に開けている窓口もあるので、お住まいの市区町村で確かめてください。",
          ),
        ],
      },
      {
        id: "reminder",
        heading: "有効期限通知書は届きません",
        blocks: [
          // R-RENEW-3, R-CARD-4
          p(
            "ふつうは、電子証明書の期限の2〜3カ月前ごろに、J-LISから**有効期限通知書**が届きます。でも、在留期間の満了でカードが切れるときは、この通知書は**送られません**。",
          ),
          // R-INFER-6: the checker asks for periodOfStayEndsOn.
          p(
            "「[期限を調べる](/check/#periodOfStayEndsOn)」で、生年月日、カードの有効期限、在留期間の満了日を入力すると、電子証明書の有効期限と今の段階がわかります。",
          ),
          // The checker's calendar links (its words: CHECK.result.calendarHeading); promise no more than they do.
          p(
            `答えの下の「${CHECK.ja.result.calendarHeading}」から、電子証明書の日付をカレンダーに入れられます（カレンダーファイルかGoogleカレンダー）。在留期間の満了日も、ご自分のカレンダーに入れておくと安心です。`,
          ),
        ],
      },
      {
        id: "insurance",
        heading: "マイナ保険証が使えなくなったら：資格確認書",
        blocks: [
          // R-INS-1, R-INS-2
          p(
            "電子証明書が切れても、切れた月の末日から3カ月間（猶予期間）は、マイナ保険証で受診できます。ただし、診療情報や薬剤情報は病院に提供されません。そのあとは、マイナ保険証として使えません（[4つの段階](/stages/)）。",
          ),
          // R-INS-5
          p(
            "電子証明書を新しくしないままでも、医療は受けられます。加入している健康保険から**資格確認書**が届きます。資格確認書は、病院や薬局の受付で保険証の代わりに見せる書類です。",
          ),
          p(
            "届く時期は保険者によって違います。たとえば協会けんぽは、期限が切れた月の末日から2カ月ほどあとに、勤め先を通して送ります。市区町村の国民健康保険は、猶予期間が終わる前に送ります。",
          ),
          // R-INS-4
          p(
            "猶予期間を過ぎてから電子証明書を新しくした方は、マイナ保険証の**利用登録をもう一度**してください（医療機関のカードリーダーやマイナポータルでできます）。",
          ),
        ],
      },
      {
        id: "sources",
        heading: "出典と、わからないこと",
        blocks: [
          sourceBlock("ja", FOREIGN_RESIDENTS_SOURCES),
          p("ほかの資料は[出典](/sources/)にあります。"),
          note(
            "info",
            "このサイトの資料に書かれていないこと",
            "在留期間の更新をいつから申請できるか、審査の間に満了日が過ぎたときにカードがどうなるか。出入国在留管理局とお住まいの市区町村に確かめてください。",
            "カードの有効期限が過ぎたあとでも、カードの有効期間の変更ができるか。期限の前に窓口に行くのが確実です。",
          ),
        ],
      },
    ],
  },
  en: {
    title: "My Number Card and certificates for residents with a period of stay",
    description:
      "For residents with a period of stay: what happens to the My Number Card and its certificates when the stay ends or is extended, the order of steps, what to bring, and the eligibility certificate.",
    lead: [
      `If you have a period of stay (${JA.periodOfStay}), your My Number Card ends on **the last day of your period of stay**. When your stay is extended, the card and its electronic certificates (${JA.certificate}) are **not extended automatically**.`,
      `You will also **not** get an expiry notice letter (${JA.noticeLetter}). Read the order of steps on this page, and make a note of the dates yourself.`,
    ],
    contentsLabel: "On this page",
    sections: [
      {
        id: "who",
        heading: "Who this page is for",
        blocks: [
          p(
            `This page is for you if your residence card (${JA.residenceCard}) shows the end date of a period of stay.`,
          ),
          p(
            "If you are a **permanent resident** (永住者), a **Highly Skilled Professional (ii)** (高度専門職2号) or a **special permanent resident** (特別永住者), your card follows the same rules as a Japanese citizen's card. Please read [How to renew](/en/renew/) and [Check your dates](/en/check/) instead.",
          ),
        ],
      },
      {
        id: "card",
        heading: "How long the card and the certificates last",
        blocks: [
          list(
            "**The My Number Card**: until the last day of your period of stay. But if the usual card date comes first, the card ends on that date. The usual date is the 10th birthday after the card was made (the 5th birthday for a card made for a child).",
            `**The electronic certificates** (${JA.certificate}): until the 5th birthday after they were made, and never after the card's end date. When the card ends, the certificates end on the same day.`,
          ),
          p(
            "So the certificate can end **before** the card, on a birthday. Check the box “電子証明書の有効期限” on the front of the card, or log in to Mynaportal (マイナポータル).",
          ),
          note(
            "warning",
            "A stay extension does not extend the card or the certificates",
            `When the immigration office (${JA.immigration}) extends your stay, the end date of your My Number Card does not change. Go to your city, ward, town or village office (${JA.municipalOffice}) and ask them to **change the card's validity** (${JA.cardValidityExtension}). Even then, the new end date is never later than the usual card date (the 10th or 5th birthday).`,
            "Changing the card's validity **does not extend the electronic certificates**. You get new certificates at the same office (see “The order of steps”).",
          ),
          p("If your period of stay ends and it is not extended, the card and both certificates end on that day."),
        ],
      },
      {
        id: "steps",
        heading: "The order of steps when you extend your stay",
        blocks: [
          {
            kind: "steps",
            items: [
              {
                title: `Extend your period of stay at the immigration office (${JA.immigration})`,
                text: [
                  `You receive a new **residence card** (${JA.residenceCard}) with the new end date. Ask the immigration office when you can apply. This site does not cover immigration procedures.`,
                ],
              },
              {
                title: `Change the card's validity at the municipal office (${JA.municipalOffice})`,
                text: [
                  "Take the new residence card and your My Number Card to the office of the city, ward, town or village where you live. This is not an application for a new card. Go **before your card's end date**.",
                  "After the change, the card ends on the last day of your new period of stay (or on the usual card date, if that comes first).",
                ],
              },
              {
                title: "Get new electronic certificates at the same office",
                text: [
                  `The certificates keep their old end date. If fewer than three months are left, you can **renew** them (${JA.renewal}) at the same counter. If they have already ended, they are **re-issued** (${JA.reissue}). Both are free. If more than three months are left, renew them at the office once fewer than three months remain.`,
                  "The new certificate works as a health-insurance card about 24 hours after the procedure.",
                ],
              },
            ],
          },
        ],
      },
      {
        id: "bring",
        heading: "What to bring to the office",
        blocks: [
          list(
            `Your My Number Card (${JA.myNumberCard})`,
            `Your **new residence card** (${JA.residenceCard}) with the new period of stay`,
            `The **4-digit PIN** (${JA.pin}) of the user certificate (${JA.userCertificate})`,
            `The **password of 6 to 16 letters and numbers** for the signature certificate (${JA.signatureCertificate}), if you renew that one too`,
          ),
          p(
            "If you have forgotten a PIN, the same counter can set a new one. Before you go, ask your office if you need any other documents.",
          ),
          p(
            "Municipal offices are closed on Saturdays, Sundays, national holidays and from 29 December to 3 January. Some offices open on some weekends: ask your own office.",
          ),
        ],
      },
      {
        id: "reminder",
        heading: "No letter comes: make a note of the date yourself",
        blocks: [
          p(
            `Usually, J-LIS sends an **expiry notice letter** (${JA.noticeLetter}) about two to three months before a certificate ends. But when your card ends because your period of stay ends, this letter is **not sent**.`,
          ),
          p(
            "On [Check your dates](/en/check/#periodOfStayEndsOn), enter your date of birth, the card's end date and the last day of your period of stay. You will see when your certificate ends and what stage it is in now.",
          ),
          p(
            `Under the answer, use “${CHECK.en.result.calendarHeading}” to put the certificate's dates in your calendar (as a calendar file, or in Google Calendar). It is also a good idea to put the last day of your period of stay in your calendar.`,
          ),
        ],
      },
      {
        id: "insurance",
        heading: `If your card stops working as a health-insurance card: the eligibility certificate (${JA.eligibilityCertificate})`,
        blocks: [
          p(
            `After the certificate ends, you can still use the card at clinics (${JA.mynaInsuranceCard}) for three more months, counted from the end of the month it ended in (the grace period). But your treatment and medicine records are not shared with the clinic. After that, the card does not work as a health-insurance card (see [the four stages](/en/stages/)).`,
          ),
          p(
            `Even if you do not get a new certificate, you can still see a doctor. Your health insurer sends you an **eligibility certificate** (${JA.eligibilityCertificate}). You show it at the reception of a clinic or pharmacy, in place of the card.`,
          ),
          p(
            "When it arrives depends on your insurer. For example, 協会けんぽ (Japan Health Insurance Association) sends it through your employer about two months after the end of the month the certificate ended in. The National Health Insurance of your city or town (国民健康保険) sends it before the grace period ends.",
          ),
          p(
            "If you get a new certificate after the grace period has ended, **register the card for health insurance again** (at a clinic's card reader or on Mynaportal).",
          ),
        ],
      },
      {
        id: "sources",
        heading: "Sources, and what we do not know",
        blocks: [
          sourceBlock("en", FOREIGN_RESIDENTS_SOURCES),
          p("More sources are on the [Sources](/en/sources/) page. Most of them are in Japanese."),
          note(
            "info",
            "What our sources do not say",
            "When you can apply to extend your stay, and what happens to the card if your period of stay ends while immigration is still deciding. Ask the immigration office and your municipal office.",
            "Whether the card's validity can still be changed after the card's end date has passed. The safe way is to go to the office before that date.",
          ),
        ],
      },
    ],
  },
  "ja-easy": {
    title: "{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}の マイナンバーカードと {電子証明書|でんししょうめいしょ}",
    description:
      "{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}の マイナンバーカードと {電子証明書|でんししょうめいしょ}の {期限|きげん}、{手続|てつづ}きの {順番|じゅんばん}、{持|も}って いく もの、{資格確認書|しかくかくにんしょ}に ついて、やさしい {日本語|にほんご}で {説明|せつめい}します。",
    lead: [
      "{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}の マイナンバーカードは、{在留|ざいりゅう}{期間|きかん}が {終|お}わる {日|ひ}に {終|お}わります。{在留|ざいりゅう}{期間|きかん}が {延|の}びても、カードと {電子証明書|でんししょうめいしょ}は {自動|じどう}では {延|の}びません。",
      "{期限|きげん}を {知|し}らせる {手紙|てがみ}（{有効期限通知書|ゆうこうきげんつうちしょ}）も {来|き}ません。{日|ひ}にちを {自分|じぶん}で {覚|おぼ}えて おいて ください。",
    ],
    contentsLabel: "この ページに ある こと",
    sections: [
      {
        id: "who",
        heading: "この ページを {読|よ}む {人|ひと}",
        blocks: [
          p(
            "{在留|ざいりゅう}カードに、{在留|ざいりゅう}{期間|きかん}が {終|お}わる {日|ひ}が {書|か}いて ある {人|ひと}の ページです。",
          ),
          p(
            "{永住者|えいじゅうしゃ}、{高度専門職|こうどせんもんしょく}2{号|ごう}、{特別永住者|とくべつえいじゅうしゃ}の {人|ひと}の カードは、{日本人|にほんじん}と {同|おな}じです。「[{更新|こうしん}の しかた](/easy/renew/)」と「[{期限|きげん}を {調|しら}べる](/easy/check/)」を {見|み}て ください。",
          ),
        ],
      },
      {
        id: "card",
        heading: "カードと {電子証明書|でんししょうめいしょ}は いつまで？",
        blocks: [
          list(
            "**マイナンバーカード**：{在留|ざいりゅう}{期間|きかん}が {終|お}わる {日|ひ}までです。でも、ふつうの カードの {期限|きげん}（カードを {作|つく}ってから 10{回目|かいめ}の {誕生日|たんじょうび}。{子|こ}どもの ときに {作|つく}った カードは 5{回目|かいめ}）の ほうが {早|はや}ければ、その {日|ひ}までです。",
            "**{電子証明書|でんししょうめいしょ}**：{作|つく}ってから 5{回目|かいめ}の {誕生日|たんじょうび}までです。カードより {長|なが}くは {使|つか}えません。カードが {終|お}わると、{電子証明書|でんししょうめいしょ}も {同|おな}じ {日|ひ}に {終|お}わります。",
          ),
          p(
            "{電子証明書|でんししょうめいしょ}は、カードより {先|さき}に {終|お}わる ことが あります。カードの {表|おもて}の「{電子証明書|でんししょうめいしょ}の {有効期限|ゆうこうきげん}」か、マイナポータルで {見|み}て ください。",
          ),
          note(
            "warning",
            "{在留|ざいりゅう}{期間|きかん}が {延|の}びても、カードは {延|の}びません",
            "{入管|にゅうかん}（{出入国在留管理局|しゅつにゅうこくざいりゅうかんりきょく}）で {在留|ざいりゅう}{期間|きかん}が {延|の}びても、マイナンバーカードの {期限|きげん}は {変|か}わりません。{市役所|しやくしょ}・{区役所|くやくしょ}・{町村役場|ちょうそんやくば}で、カードの {期限|きげん}を {延|の}ばして もらって ください。ふつうの カードの {期限|きげん}より {後|あと}には なりません。",
            "カードの {期限|きげん}を {延|の}ばしても、**{電子証明書|でんししょうめいしょ}は {延|の}びません**。{電子証明書|でんししょうめいしょ}は、{同|おな}じ {窓口|まどぐち}で {新|あたら}しく します。",
          ),
          p(
            "{在留|ざいりゅう}{期間|きかん}が {延|の}びないで {終|お}わると、その {日|ひ}に カードと {電子証明書|でんししょうめいしょ}が {終|お}わります。",
          ),
        ],
      },
      {
        id: "steps",
        heading: "{手続|てつづ}きの {順番|じゅんばん}",
        blocks: [
          {
            kind: "steps",
            items: [
              {
                title: "{入管|にゅうかん}で {在留|ざいりゅう}{期間|きかん}を {延|の}ばす",
                text: [
                  "{新|あたら}しい {在留|ざいりゅう}カードを もらいます。いつから {申請|しんせい}できるかは、{入管|にゅうかん}で {聞|き}いて ください。",
                ],
              },
              {
                title: "{市役所|しやくしょ}などで、マイナンバーカードの {期限|きげん}を {延|の}ばす",
                text: [
                  "{新|あたら}しい {在留|ざいりゅう}カードと マイナンバーカードを {持|も}って、{住|す}んで いる {市役所|しやくしょ}・{区役所|くやくしょ}・{町村役場|ちょうそんやくば}に {行|い}きます。カードの {期限|きげん}が {来|く}る {前|まえ}に {行|い}って ください。",
                ],
              },
              {
                title: "{同|おな}じ {窓口|まどぐち}で、{電子証明書|でんししょうめいしょ}を {新|あたら}しく する",
                text: [
                  "{電子証明書|でんししょうめいしょ}の {期限|きげん}まで 3か{月|げつ}より {短|みじか}ければ、{更新|こうしん}できます。もう {終|お}わって いれば、{再発行|さいはっこう}です。お{金|かね}は かかりません。3か{月|げつ}より {長|なが}ければ、3か{月|げつ}より {短|みじか}く なってから {更新|こうしん}します。",
                  "{病院|びょういん}で {使|つか}えるのは、{手続|てつづ}きの 1{日|にち}ぐらい {後|あと}からです。",
                ],
              },
            ],
          },
        ],
      },
      {
        id: "bring",
        heading: "{持|も}って いく もの",
        blocks: [
          list(
            "マイナンバーカード",
            "{新|あたら}しい {在留|ざいりゅう}カード",
            "{暗証番号|あんしょうばんごう}（{数字|すうじ} 4つ）",
            "{署名用電子証明書|しょめいようでんししょうめいしょ}の {暗証番号|あんしょうばんごう}（6〜16{文字|もじ}）：{署名用|しょめいよう}も {新|あたら}しく する {人|ひと}",
          ),
          p(
            "{暗証番号|あんしょうばんごう}を {忘|わす}れたら、{窓口|まどぐち}で {新|あたら}しく できます。ほかに {要|い}る ものが あるか、{行|い}く {前|まえ}に {市役所|しやくしょ}などに {聞|き}いて ください。",
          ),
          p(
            "{土曜日|どようび}・{日曜日|にちようび}・{祝日|しゅくじつ}と、12{月|がつ}29{日|にち}から 1{月|がつ}{3日|みっか}までは、{窓口|まどぐち}は {休|やす}みです。",
          ),
        ],
      },
      {
        id: "reminder",
        heading: "{手紙|てがみ}は {来|き}ません",
        blocks: [
          p(
            "ふつうは、{電子証明書|でんししょうめいしょ}の {期限|きげん}の 2〜3か{月|げつ}{前|まえ}に、{手紙|てがみ}（{有効期限通知書|ゆうこうきげんつうちしょ}）が {来|き}ます。でも、{在留|ざいりゅう}{期間|きかん}で カードが {終|お}わる ときは、この {手紙|てがみ}は {来|き}ません。",
          ),
          p(
            "「[{期限|きげん}を {調|しら}べる](/easy/check/#periodOfStayEndsOn)」で、{生|う}まれた {日|ひ}、カードの {期限|きげん}、{在留|ざいりゅう}{期間|きかん}が {終|お}わる {日|ひ}を {入|い}れると、{電子証明書|でんししょうめいしょ}の {期限|きげん}が わかります。",
          ),
          p(
            `{答|こた}えの {下|した}の「${CHECK["ja-easy"].result.calendarHeading}」から、{電子証明書|でんししょうめいしょ}の {日|ひ}にちを カレンダーに {入|い}れられます。{在留|ざいりゅう}{期間|きかん}が {終|お}わる {日|ひ}も、カレンダーに {入|い}れて おきましょう。`,
          ),
        ],
      },
      {
        id: "insurance",
        heading: "マイナ{保険証|ほけんしょう}が {使|つか}えなく なったら：{資格確認書|しかくかくにんしょ}",
        blocks: [
          p(
            "{電子証明書|でんししょうめいしょ}が {終|お}わっても、3か{月|げつ}ぐらいは {病院|びょういん}で マイナ{保険証|ほけんしょう}が {使|つか}えます。でも、{前|まえ}の {病気|びょうき}や {薬|くすり}の {情報|じょうほう}は {病院|びょういん}に {渡|わた}りません。そのあとは {使|つか}えません（[4つの {段階|だんかい}](/easy/stages/)）。",
          ),
          p(
            "{電子証明書|でんししょうめいしょ}を {新|あたら}しく しなくても、{病院|びょういん}には {行|い}けます。{健康保険|けんこうほけん}から「**{資格確認書|しかくかくにんしょ}**」が {届|とど}きます。{病院|びょういん}や {薬局|やっきょく}の {受付|うけつけ}で、{保険証|ほけんしょう}の かわりに {見|み}せて ください。",
          ),
          p("いつ {届|とど}くかは、{健康保険|けんこうほけん}に よって {違|ちが}います。"),
          p(
            "マイナ{保険証|ほけんしょう}が {使|つか}えなく なった {後|あと}に {電子証明書|でんししょうめいしょ}を {新|あたら}しく した {人|ひと}は、マイナ{保険証|ほけんしょう}の {登録|とうろく}を もう {一度|いちど} して ください。",
          ),
        ],
      },
      {
        id: "sources",
        heading: "{出典|しゅってん}と、わからない こと",
        blocks: [
          p(
            "この ページは、{市役所|しやくしょ}などの {資料|しりょう}を もとに {書|か}きました。[{出典|しゅってん}（{日本語|にほんご}）](/sources/)に {資料|しりょう}が あります。",
          ),
          note(
            "info",
            "{資料|しりょう}に {書|か}いて ない こと",
            "{入管|にゅうかん}の {手続|てつづ}きの {間|あいだ}に {在留|ざいりゅう}{期間|きかん}が {終|お}わったら どう なるか。{入管|にゅうかん}と {市役所|しやくしょ}で {聞|き}いて ください。",
            "カードの {期限|きげん}が {過|す}ぎてからでも {期限|きげん}を {延|の}ばせるか。{期限|きげん}の {前|まえ}に {行|い}って ください。",
          ),
        ],
      },
    ],
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansForeignResidents,
  ko: koForeignResidents,
  vi: viForeignResidents,
  "pt-BR": ptBRForeignResidents,
  tl: tlForeignResidents,
  ne: neForeignResidents,
};
