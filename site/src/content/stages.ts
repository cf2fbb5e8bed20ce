/**
 * @module
 * /stages/: the leaflet's back side. Four stages (R-INS-2), what the clinic's reader shows
 * (shared/messages/reader.ts), what still works (R-INS-3), what to do, and where the leaflet simplifies
 * (R-RENEW-1, R-INS-1). The example dates are computed at build time by the rules
 * (pages use shared/rules/windows.ts), not written here.
 */

import type { Stage } from "#shared/rules/result.ts";
import type { LangWithPage } from "../i18n/site";
import { content as koStages } from "./translations/ko/stages";
import { content as neStages } from "./translations/ne/stages";
import { content as ptBRStages } from "./translations/pt-BR/stages";
import { content as tlStages } from "./translations/tl/stages";
import { content as viStages } from "./translations/vi/stages";
import { content as zhHansStages } from "./translations/zh-Hans/stages";

/** A stage's explanation; its name is shared (shared/messages/stages.ts). */
export interface StageText {
  /** When the stage runs, in general terms. */
  when: string;
  clinic: string;
  works: { text: string; works: boolean }[];
  todo: string[];
  precise?: { title: string; text: string[] };
}

export interface StagesContent {
  title: string;
  description: string;
  lead: string[];
  exampleHeading: string;
  /** "{expiry}" is replaced with the example's expiry date. */
  exampleIntro: string;
  timelineCaption: string;
  table: { caption: string; stage: string; period: string; insurance: string };
  insurance: Record<Stage, string>;
  fromWord: string;
  toWord: string;
  todayLabel: string;
  slider: { heading: string; help: string; label: string; stageIs: string; noScript: string };
  stagesHeading: string;
  whenLabel: string;
  clinicLabel: string;
  worksLabel: string;
  todoLabel: string;
  worksWord: string;
  notWorksWord: string;
  stages: Record<Stage, StageText>;
  /** R-COUNTER-1, once: counters close; the expiry does not move. "{expiry}" and
   *  "{lastCounterDay}" are replaced with the example's dates, computed by the rules. */
  counterDays: { title: string; text: string[] };
  eligibility: { title: string; text: string[] };
  checkLink: string;
}

export const STAGES_TEXT: Record<LangWithPage<"stages">, StagesContent> = {
  ja: {
    title: "マイナ保険証の4つの段階",
    description:
      "電子証明書の有効期限の前と後で、病院や薬局のカードリーダーに何が表示され、何ができるか。リーフレットの裏面を、日付を動かして確かめられます。",
    lead: [
      "電子証明書の有効期限の前後で、マイナ保険証は4つの段階を順に進みます。病院や薬局の顔認証付きカードリーダーにも、段階ごとに違う画面が出ます。",
    ],
    exampleHeading: "例で見る時間の流れ",
    exampleIntro: "電子証明書の有効期限が **{expiry}** の人の場合です。",
    timelineCaption: "4つの段階の時間軸（下の表と同じ内容です）",
    table: { caption: "段階ごとの期間（例）", stage: "段階", period: "期間", insurance: "マイナ保険証" },
    insurance: {
      valid: "使える",
      renewal: "使える（お知らせが出る）",
      grace: "使える（資格情報だけ。診療・薬剤情報は提供されない）",
      lapsed: "使えない",
    },
    fromWord: "から",
    toWord: "まで",
    todayLabel: "この日",
    slider: {
      heading: "日付を動かして確かめる",
      help: "スライダーを動かすと、その日の段階とカードリーダーの画面が変わります。矢印キーで1日ずつ、Page Up・Page Downで1カ月ほど動きます。",
      label: "調べる日",
      stageIs: "の段階：",
      noScript: "",
    },
    stagesHeading: "段階ごとの説明",
    whenLabel: "期間",
    clinicLabel: "病院・薬局では",
    worksLabel: "使えるもの・使えないもの",
    todoLabel: "すること",
    worksWord: "使える",
    notWorksWord: "使えない",
    stages: {
      valid: {
        when: "更新できる期間が始まる前の日まで",
        clinic: "マイナ保険証を、ふだんどおり使えます。同意すれば、過去の診療情報や薬の情報も医療機関に提供されます。",
        works: [
          { text: "マイナ保険証（診療情報・薬剤情報の提供も）", works: true },
          { text: "マイナポータルへのログイン", works: true },
          { text: "コンビニでの住民票の写しなどの交付", works: true },
        ],
        todo: ["有効期限を確かめて、カレンダーなどに書いておきましょう。"],
      },
      renewal: {
        when: "有効期限まで3カ月を切った日から、有効期限の日まで",
        clinic: "マイナ保険証は、ふだんどおり使えます。カードリーダーに、期限が近いというお知らせが出ます。",
        works: [
          { text: "マイナ保険証（診療情報・薬剤情報の提供も）", works: true },
          { text: "マイナポータルへのログイン", works: true },
          { text: "コンビニでの住民票の写しなどの交付", works: true },
        ],
        todo: [
          "お住まいの市区町村の窓口で更新してください。無料です。カードと暗証番号（数字4桁）を持っていきます。",
          "期限の2〜3カ月前ごろに、水色の封筒の「有効期限通知書」が届きます。届かなくても更新できます。",
          "更新してから使えるようになるまで、24時間ほどかかります。",
        ],
        precise: {
          title: "リーフレットの「3カ月前から」を正確に言うと",
          text: [
            "更新できるのは、有効期限の3カ月前の日の**翌日**からです。有効期限が6月15日なら3月16日から。「有効期限まで3カ月を切った日から」と考えると正確です。",
            "カードリーダーのお知らせがいつから出るかは公表されていないため、このサイトでは更新できる期間と同じ日からとしています。",
          ],
        },
      },
      grace: {
        when: "有効期限の翌日から、有効期限の月の末日から3カ月後の月末まで",
        clinic:
          "マイナ保険証で受診できます。ただし医療機関には保険の資格情報だけが提供され、**診療情報・薬剤情報は提供されません**。",
        works: [
          { text: "マイナ保険証（資格情報の確認だけ）", works: true },
          { text: "マイナポータルへのログイン", works: false },
          { text: "コンビニでの住民票の写しなどの交付", works: false },
        ],
        todo: [
          "すぐに、お住まいの市区町村の窓口で再発行してください。無料です。カードと暗証番号を持っていきます。",
          "カード本体が有効なら、写真付きの本人確認書類としては使えます。",
        ],
        precise: {
          title: "リーフレットの「有効期限切れから3カ月間」を正確に言うと",
          text: [
            "猶予は、期限の日から3カ月ではなく、**期限の日がある月の末日から3カ月**です。2月10日に切れたら5月31日まで、11月14日に切れたら翌年2月の末日（2月28日、うるう年は2月29日）まで使えます。",
            "保険者によっては「期限の日から3カ月」と案内していることがあり、その場合は少し早く終わります。",
          ],
        },
      },
      lapsed: {
        when: "猶予が終わった月の翌月1日から",
        clinic:
          "マイナ保険証としては使えません。カードを受付に出して相談するか、届いた「資格確認書」を見せてください。",
        works: [
          { text: "マイナ保険証", works: false },
          { text: "マイナポータルへのログイン", works: false },
          { text: "コンビニでの住民票の写しなどの交付", works: false },
        ],
        todo: [
          "お住まいの市区町村の窓口で再発行してください。カード本体が有効なら、いつでも無料でできます。",
          "再発行したら、マイナ保険証の利用登録をもう一度してください（カードリーダーやマイナポータルでできます）。",
        ],
      },
    },
    counterDays: {
      title: "期限の日に窓口が閉まっているとき",
      text: [
        "電子証明書の更新や再発行は、市区町村の窓口でしかできません。窓口は、土曜・日曜・祝日と12月29日〜1月3日は閉まっています。",
        "有効期限が窓口の閉まっている日でも、期限は次の開いている日に延びません（期限は繰り下げません）。たとえば有効期限が{expiry}なら、窓口で手続きできる最後の日は{lastCounterDay}です。チェッカーは、この日も表示します。",
        "土曜や日曜に開く窓口（休日窓口）や夜間に開く日がある市区町村も多く、受付時間もそれぞれです。お住まいの市区町村で確かめてください。",
      ],
    },
    eligibility: {
      title: "更新しなくても医療は受けられます",
      text: [
        "期限が切れても再発行しなかった人には、加入している健康保険から「**資格確認書**」が届きます。これを窓口で見せれば、これまでどおり保険で受診できます。届く時期は保険者によって違います（協会けんぽは期限の月末から2カ月ほど、市区町村の国民健康保険は猶予が終わる前まで）。",
      ],
    },
    checkLink: "あなたの期限と今の段階を調べる",
  },
  en: {
    title: "The four stages of マイナ保険証",
    description:
      "What the clinic's card reader shows, and what still works, before and after the certificate expires. The back of the leaflet, with a date you can move.",
    lead: [
      "Around the certificate's expiry, the card as a health-insurance card (マイナ保険証) passes through four stages in order. The face-recognition card reader at clinics and pharmacies shows a different screen in each.",
    ],
    exampleHeading: "The stages on an example",
    exampleIntro: "For someone whose user certificate expires on **{expiry}**:",
    timelineCaption: "Timeline of the four stages (the table below has the same facts)",
    table: {
      caption: "Stages and their dates (example)",
      stage: "Stage",
      period: "Dates",
      insurance: "Health-insurance card",
    },
    insurance: {
      valid: "works",
      renewal: "works (with an alert)",
      grace: "works for eligibility only; treatment and medicine records are not shared",
      lapsed: "does not work",
    },
    fromWord: "from",
    toWord: "until",
    todayLabel: "Day",
    slider: {
      heading: "Move the date",
      help: "Move the slider to see the stage and the reader screen on that day. Arrow keys move one day; Page Up and Page Down about a month.",
      label: "Day to look at",
      stageIs: " is in the stage:",
      noScript: "",
    },
    stagesHeading: "Each stage",
    whenLabel: "When",
    clinicLabel: "At the clinic or pharmacy",
    worksLabel: "What works",
    todoLabel: "What to do",
    worksWord: "works",
    notWorksWord: "does not work",
    stages: {
      valid: {
        when: "until the day before the renewal window opens",
        clinic:
          "The card works as usual. With your consent, your past treatment and medicine records are shared with the clinic.",
        works: [
          { text: "Health-insurance card, with treatment and medicine records", works: true },
          { text: "Mynaportal (マイナポータル) login", works: true },
          { text: "Certificates at convenience stores", works: true },
        ],
        todo: ["Find out your expiry date and put it in your calendar."],
      },
      renewal: {
        when: "from the day fewer than three months remain, through the expiry day",
        clinic: "The card works as usual. The reader shows an alert that the certificate expires soon.",
        works: [
          { text: "Health-insurance card, with treatment and medicine records", works: true },
          { text: "Mynaportal login", works: true },
          { text: "Certificates at convenience stores", works: true },
        ],
        todo: [
          "Renew at your municipal office. It is free. Bring the card and the 4-digit PIN.",
          "A notice letter in a light-blue envelope arrives about two to three months before. You can renew without it.",
          "The new certificate works about 24 hours after the procedure.",
        ],
        precise: {
          title: "What “from three months before” means exactly",
          text: [
            "Renewal opens the **day after** the date three months before the expiry: for an expiry on 15 June, on 16 March — the first day on which fewer than three months remain.",
            "When the reader starts showing its alert is not published; this site assumes the same day.",
          ],
        },
      },
      grace: {
        when: "from the day after expiry to the last day of the third month after the expiry month",
        clinic:
          "You can still be treated with the card, but only your eligibility is confirmed: **treatment and medicine records are not shared**.",
        works: [
          { text: "Health-insurance card, eligibility only", works: true },
          { text: "Mynaportal login", works: false },
          { text: "Certificates at convenience stores", works: false },
        ],
        todo: [
          "Get the certificate re-issued at your municipal office now. It is free. Bring the card and your PINs.",
          "While the card itself is valid, it still works as photo ID.",
        ],
        precise: {
          title: "What “three months after expiry” means exactly",
          text: [
            "The grace period runs not three months from the expiry day but **three months from the end of the expiry month**: expiry on 10 February → until 31 May; on 14 November → until the end of February (28 February, or 29 February in a leap year).",
            "Some insurers say “three months from the expiry date”, which ends a little earlier.",
          ],
        },
      },
      lapsed: {
        when: "from the first day of the month after the grace period ends",
        clinic:
          "The card no longer works as a health-insurance card. Show it at reception and ask, or show the eligibility certificate your insurer sent.",
        works: [
          { text: "Health-insurance card", works: false },
          { text: "Mynaportal login", works: false },
          { text: "Certificates at convenience stores", works: false },
        ],
        todo: [
          "Get the certificate re-issued at your municipal office: at any time while the card is valid, free of charge.",
          "After re-issue, register the card for insurance use again (at a clinic's reader or on Mynaportal).",
        ],
      },
    },
    counterDays: {
      title: "When the office is closed on the expiry",
      text: [
        "Certificates are renewed and re-issued only at the municipal counter, which is closed on Saturdays, Sundays, national holidays and from 29 December to 3 January.",
        "An expiry on a closed day does not move to the next open day. For example, if the certificate expires on {expiry}, the last day you can go to the counter is {lastCounterDay}. The checker shows that day too.",
        "Many offices open on some Saturdays or Sundays or in the evening, and hours differ: check your own office.",
      ],
    },
    eligibility: {
      title: "You can still get care without renewing",
      text: [
        "If you do not re-issue, your health insurer sends an **eligibility certificate (資格確認書)**. Show it at reception and you are treated under your insurance as before. When it arrives depends on the insurer (協会けんぽ: about two months after the end of the expiry month; municipal national health insurance: before the grace period ends).",
      ],
    },
    checkLink: "Check your own dates and stage",
  },
  "ja-easy": {
    title: "マイナ{保険証|ほけんしょう}の 4つの {段階|だんかい}",
    description:
      "{電子証明書|でんししょうめいしょ}の {期限|きげん}の {前|まえ}と {後|あと}で、{病院|びょういん}で {何|なに}が {起|お}きるか。",
    lead: [
      "{電子証明書|でんししょうめいしょ}の {期限|きげん}の {前|まえ}と {後|あと}で、マイナ{保険証|ほけんしょう}は 4つの {段階|だんかい}に {分|わ}かれます。{病院|びょういん}や {薬局|やっきょく}の カードリーダーの {画面|がめん}も {変|か}わります。",
    ],
    exampleHeading: "{例|れい}で {見|み}る",
    exampleIntro: "{電子証明書|でんししょうめいしょ}の {期限|きげん}が **{expiry}** の {人|ひと}の {例|れい}です。",
    timelineCaption: "4つの {段階|だんかい}（{下|した}の {表|ひょう}と {同|おな}じです）",
    table: {
      caption: "{段階|だんかい}と {日|ひ}にち（{例|れい}）",
      stage: "{段階|だんかい}",
      period: "いつ",
      insurance: "マイナ{保険証|ほけんしょう}",
    },
    insurance: {
      valid: "{使|つか}える",
      renewal: "{使|つか}える（お{知|し}らせが {出|で}る）",
      grace: "{使|つか}える（{保険|ほけん}の {情報|じょうほう}だけ）",
      lapsed: "{使|つか}えない",
    },
    fromWord: "から",
    toWord: "まで",
    todayLabel: "この{日|ひ}",
    slider: {
      heading: "{日|ひ}にちを {動|うご}かして みる",
      help: "スライダーを {動|うご}かすと、その {日|ひ}の {段階|だんかい}と {画面|がめん}が {変|か}わります。{矢印|やじるし}キーで 1{日|にち}ずつ {動|うご}きます。",
      label: "{調|しら}べる {日|ひ}",
      stageIs: "の {段階|だんかい}：",
      noScript: "",
    },
    stagesHeading: "それぞれの {段階|だんかい}",
    whenLabel: "いつ",
    clinicLabel: "{病院|びょういん}・{薬局|やっきょく}では",
    worksLabel: "{使|つか}えるもの",
    todoLabel: "すること",
    worksWord: "{使|つか}える",
    notWorksWord: "{使|つか}えない",
    stages: {
      valid: {
        when: "{期限|きげん}の 3か{月|げつ}{前|まえ}より {前|まえ}",
        clinic: "マイナ{保険証|ほけんしょう}が いつもどおり {使|つか}えます。",
        works: [
          { text: "マイナ{保険証|ほけんしょう}", works: true },
          { text: "マイナポータル", works: true },
          { text: "コンビニで {住民票|じゅうみんひょう}を とる", works: true },
        ],
        todo: ["{期限|きげん}の {日|ひ}を カレンダーに {書|か}いて おきましょう。"],
      },
      renewal: {
        when: "{期限|きげん}まで 3か{月|げつ}より {短|みじか}く なった {日|ひ}から、{期限|きげん}の {日|ひ}まで",
        clinic: "マイナ{保険証|ほけんしょう}が {使|つか}えます。カードリーダーに お{知|し}らせが {出|で}ます。",
        works: [
          { text: "マイナ{保険証|ほけんしょう}", works: true },
          { text: "マイナポータル", works: true },
          { text: "コンビニで {住民票|じゅうみんひょう}を とる", works: true },
        ],
        todo: [
          "{市役所|しやくしょ}・{区役所|くやくしょ}・{町村役場|ちょうそんやくば}で {更新|こうしん}して ください。お{金|かね}は かかりません。",
          "マイナンバーカードと、{数字|すうじ} 4つの {暗証番号|あんしょうばんごう}を {持|も}って {行|い}きます。",
          "{更新|こうしん}した あと、{使|つか}えるまで 1{日|にち}ぐらい かかります。",
        ],
      },
      grace: {
        when: "{期限|きげん}の {次|つぎ}の {日|ひ}から、3か{月|げつ}{後|ご}の {月|つき}の {終|お}わりまで",
        clinic:
          "マイナ{保険証|ほけんしょう}で {病院|びょういん}に かかれます。でも、{前|まえ}の {病気|びょうき}や {薬|くすり}の {情報|じょうほう}は {病院|びょういん}に {渡|わた}りません。",
        works: [
          { text: "マイナ{保険証|ほけんしょう}（{保険|ほけん}の {情報|じょうほう}だけ）", works: true },
          { text: "マイナポータル", works: false },
          { text: "コンビニで {住民票|じゅうみんひょう}を とる", works: false },
        ],
        todo: [
          "すぐに {市役所|しやくしょ}などで {新|あたら}しく して ください（{再発行|さいはっこう}）。お{金|かね}は かかりません。",
        ],
      },
      lapsed: {
        when: "{期限|きげん}の 3か{月|げつ}{後|ご}の {月|つき}が {終|お}わった {後|あと}",
        clinic: "マイナ{保険証|ほけんしょう}は {使|つか}えません。{受付|うけつけ}で {相談|そうだん}して ください。",
        works: [
          { text: "マイナ{保険証|ほけんしょう}", works: false },
          { text: "マイナポータル", works: false },
          { text: "コンビニで {住民票|じゅうみんひょう}を とる", works: false },
        ],
        todo: [
          "{市役所|しやくしょ}などで {新|あたら}しく して ください（{再発行|さいはっこう}）。",
          "そのあと、マイナ{保険証|ほけんしょう}の {登録|とうろく}を もう一度 して ください。",
        ],
      },
    },
    counterDays: {
      title: "{期限|きげん}の {日|ひ}に {窓口|まどぐち}が {休|やす}みの とき",
      text: [
        "{電子証明書|でんししょうめいしょ}の {手続|てつづ}きは、{市役所|しやくしょ}などの {窓口|まどぐち}で します。{窓口|まどぐち}は、{土曜日|どようび}・{日曜日|にちようび}・{祝日|しゅくじつ}と、12{月|がつ}29{日|にち}から 1{月|がつ}3{日|か}までは {休|やす}みです。",
        "{期限|きげん}の {日|ひ}が {休|やす}みでも、{期限|きげん}は {延|の}びません。たとえば {期限|きげん}が {expiry}なら、{窓口|まどぐち}で {手続|てつづ}きが できる {最後|さいご}の {日|ひ}は {lastCounterDay}です。",
        "{土曜日|どようび}や {日曜日|にちようび}に {開|あ}く {窓口|まどぐち}も あります。{開|あ}いて いる {時間|じかん}も ちがいます。{住|す}んで いる {市区町村|しくちょうそん}に {聞|き}いて ください。",
      ],
    },
    eligibility: {
      title: "{病院|びょういん}には かかれます",
      text: [
        "{更新|こうしん}しなかった {人|ひと}には、「{資格確認書|しかくかくにんしょ}」という {紙|かみ}が {届|とど}きます。これを {見|み}せれば、{保険|ほけん}で {病院|びょういん}に かかれます。",
      ],
    },
    checkLink: "あなたの {期限|きげん}を {調|しら}べる",
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansStages,
  ko: koStages,
  vi: viStages,
  "pt-BR": ptBRStages,
  tl: tlStages,
  ne: neStages,
};
