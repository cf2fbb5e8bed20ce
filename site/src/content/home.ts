/**
 * @module
 * Home: the leaflet's message in 30 seconds (R-CERT-1, R-RENEW-1, R-RENEW-2, R-INS-1, R-INS-2,
 * R-INS-5) and the way into the checker.
 */
import type { LangWithPage } from "../i18n/site";
import { content as koHome } from "./translations/ko/home";
import { content as neHome } from "./translations/ne/home";
import { content as ptBRHome } from "./translations/pt-BR/home";
import { content as tlHome } from "./translations/tl/home";
import { content as viHome } from "./translations/vi/home";
import { content as zhHansHome } from "./translations/zh-Hans/home";

export interface HomeContent {
  title: string;
  description: string;
  lead: string;
  start: string;
  startHint: string;
  summaryHeading: string;
  points: { title: string; text: string[] }[];
  /** The way to the page for residents with a period of stay (R-CARD-4): heading, one sentence, the link's words. */
  stay: { heading: string; text: string; link: string };
  clinicHeading: string;
  clinicIntro: string;
  before: string;
  after: string;
  clinicMore: string;
  findHeading: string;
  find: string[];
  preciseTitle: string;
  precise: string[];
}

export const HOME: Record<LangWithPage<"home">, HomeContent> = {
  ja: {
    title: "マイナ保険証の電子証明書には有効期限があります",
    description:
      "マイナンバーカードの電子証明書はいつ切れるのか、切れると病院で何が起きるのか、何をすればよいのかを30秒で。あなたの期限も調べられます。",
    lead: "マイナンバーカードを健康保険証として使うには、カードの中の「電子証明書」が有効でなければなりません。この電子証明書は、**カード本体より先に**期限が来ることがあります。",
    start: "期限と今の段階を調べる",
    startHint: "生年月日とカードに印刷された有効期限だけでも調べられます。和暦でも入力できます。",
    summaryHeading: "30秒でわかること",
    points: [
      {
        title: "何に使うもの？",
        text: [
          "「利用者証明用電子証明書」（暗証番号は数字4桁）は、あなたが本人であることを証明します。**マイナ保険証**、**マイナポータル**へのログイン、**コンビニでの住民票の写しなどの交付**に使います。",
        ],
      },
      {
        title: "いつ切れる？",
        text: [
          "**年齢に関係なく、発行日の後の5回目の誕生日**です。カード本体（多くの人は10回目の誕生日）とは期限が違います。",
        ],
      },
      {
        title: "切れると病院では？",
        text: [
          "期限の3カ月前からカードリーダーにお知らせが出ます。切れたあとも、その月の末日から3カ月間は受診できますが、**診療情報や薬の情報は提供されません**。その後はマイナ保険証として使えません。",
        ],
      },
      {
        title: "何をすればいい？",
        text: [
          "期限まで3カ月を切ったら、**お住まいの市区町村の窓口**で更新します。無料です。カードと暗証番号を持っていきます。オンラインではできません。切れてしまっても再発行できます。",
        ],
      },
    ],
    // R-CARD-4, R-INFER-6
    stay: {
      heading: "在留期間がある方へ",
      text: "カードは在留期間の満了日に切れます。在留期間を更新しても、カードと電子証明書は自動では延びません。有効期限通知書も届きません。",
      link: "在留期間がある方のページを読む",
    },
    clinicHeading: "病院や薬局のカードリーダーに出る画面",
    clinicIntro: "リーフレットの裏面にある画面です。ほかの段階は「4つの段階」で見られます。",
    before: "期限まで3カ月を切ったとき",
    after: "期限が切れた翌日から",
    clinicMore: "4つの段階を日付で確かめる",
    findHeading: "電子証明書の有効期限はどこに書いてある？",
    find: [
      "カードの表の「**電子証明書の有効期限**」欄（手書きです。空欄のことも多い）",
      "**マイナポータル**にログインして見る",
      "期限の2〜3カ月前ごろに届く**有効期限通知書**（水色の封筒）",
      "カードの表に印刷された「○年○月○日まで有効」は**カード本体**の期限です。電子証明書の期限ではありません。",
    ],
    preciseTitle: "リーフレットの「3カ月」を日付で数えると",
    precise: [
      "「3カ月前から更新できる」は、正確には期限の3カ月前の日の**翌日**から（6月15日が期限なら3月16日から）。",
      "「期限切れから3カ月間」は、正確には**期限の月の末日から3カ月**（2月10日に切れたら5月31日まで）。",
    ],
  },
  en: {
    title: "The certificate on your My Number Card has an expiry date",
    description:
      "When the electronic certificate on a My Number Card expires, what then happens at the clinic, and what to do, in 30 seconds. Check your own dates too.",
    lead: "To use your My Number Card as a health-insurance card (マイナ保険証), the electronic certificate on its chip must be valid. That certificate can expire **before the card itself** does.",
    start: "Check your dates and stage",
    startHint: "Your birth date and the card expiry printed on the card are enough. Japanese-calendar dates work too.",
    summaryHeading: "The message in 30 seconds",
    points: [
      {
        title: "What is it for?",
        text: [
          "The user certificate (利用者証明用電子証明書, 4-digit PIN) proves that you are you. It is used for the **health-insurance card**, for logging in to **Mynaportal (マイナポータル)** and for **certificates at convenience stores**.",
        ],
      },
      {
        title: "When does it expire?",
        text: [
          "**On the fifth birthday after it was issued, at every age.** The card itself (for most adults, the tenth birthday) has a different date.",
        ],
      },
      {
        title: "What happens at the clinic?",
        text: [
          "From three months before, the card reader shows an alert. After expiry you can still be treated for about three more months, but **your treatment and medicine records are not shared**. After that the card no longer works as a health-insurance card.",
        ],
      },
      {
        title: "What should I do?",
        text: [
          "Once fewer than three months remain, renew **at your municipal office**. It is free. Bring the card and your PIN. It cannot be done online. If it has expired, it can be re-issued.",
        ],
      },
    ],
    stay: {
      heading: "If you have a period of stay",
      text: "Your card ends on the last day of your period of stay (在留期間). When your stay is extended, the card and its certificates are not extended by themselves, and no expiry notice letter is sent.",
      link: "Read the page for residents with a period of stay",
    },
    clinicHeading: "What the clinic's card reader shows",
    clinicIntro: "The screens from the back of the leaflet. The other stages are on “The four stages”.",
    before: "When fewer than three months remain",
    after: "From the day after expiry",
    clinicMore: "See the four stages by date",
    findHeading: "Where is the certificate's expiry written?",
    find: [
      "On the card face, the box “**電子証明書の有効期限**” (handwritten; often blank)",
      "On **Mynaportal**, after logging in",
      "In the **expiry notice letter** (light-blue envelope) that comes two to three months before",
      "The printed “○年○月○日まで有効” on the card face is **the card's** expiry, not the certificate's.",
    ],
    preciseTitle: "The leaflet's “3 months”, counted in days",
    precise: [
      "“Renewal from three months before” means from the **day after** the date three months before (expiry 15 June → from 16 March).",
      "“Three months after expiry” means **three months from the end of the expiry month** (expiry 10 February → until 31 May).",
    ],
  },
  "ja-easy": {
    title: "マイナ{保険証|ほけんしょう}の「{電子証明書|でんししょうめいしょ}」には {期限|きげん}が あります",
    description:
      "マイナンバーカードの {電子証明書|でんししょうめいしょ}の {期限|きげん}と、{期限|きげん}が {切|き}れたら どうなるかを、やさしい {日本語|にほんご}で {説明|せつめい}します。",
    lead: "マイナンバーカードを {保険証|ほけんしょう}として {使|つか}うには、カードの {中|なか}の「{電子証明書|でんししょうめいしょ}」が {必要|ひつよう}です。{電子証明書|でんししょうめいしょ}には {期限|きげん}が あります。",
    start: "あなたの {期限|きげん}を {調|しら}べる",
    startHint: "{生|う}まれた {日|ひ}と、カードに {書|か}いてある {日|ひ}にちで {調|しら}べられます。",
    summaryHeading: "{大切|たいせつ}な こと",
    points: [
      {
        title: "{何|なに}に {使|つか}う？",
        text: [
          "{病院|びょういん}で マイナ{保険証|ほけんしょう}を {使|つか}う とき、マイナポータルを {使|つか}う とき、コンビニで {住民票|じゅうみんひょう}を とる ときに {使|つか}います。",
        ],
      },
      {
        title: "いつまで {使|つか}える？",
        text: [
          "カードを {作|つく}った {後|あと}の、5{回目|かいめ}の {誕生日|たんじょうび}までです。{何歳|なんさい}でも {同|おな}じです。",
        ],
      },
      {
        title: "{期限|きげん}が {切|き}れたら？",
        text: [
          "{期限|きげん}が {切|き}れても、3か{月|げつ}ぐらいは {病院|びょういん}で {使|つか}えます。でも、{前|まえ}の {病気|びょうき}や {薬|くすり}の {情報|じょうほう}は {病院|びょういん}に {渡|わた}りません。そのあとは {保険証|ほけんしょう}として {使|つか}えません。",
        ],
      },
      {
        title: "どうすれば いい？",
        text: [
          "{期限|きげん}の 3か{月|げつ}{前|まえ}に なったら、{市役所|しやくしょ}・{区役所|くやくしょ}・{町村役場|ちょうそんやくば}で {更新|こうしん}します。お{金|かね}は かかりません。カードと {暗証番号|あんしょうばんごう}（{数字|すうじ} 4つ）を {持|も}って {行|い}きます。",
        ],
      },
    ],
    stay: {
      heading: "{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}へ",
      text: "カードは {在留|ざいりゅう}{期間|きかん}が {終|お}わる {日|ひ}に {終|お}わります。{在留|ざいりゅう}{期間|きかん}が {延|の}びても、カードと {電子証明書|でんししょうめいしょ}は {自動|じどう}では {延|の}びません。{期限|きげん}の {手紙|てがみ}も {来|き}ません。",
      link: "{在留|ざいりゅう}{期間|きかん}が ある {人|ひと}の ページを {読|よ}む",
    },
    clinicHeading: "{病院|びょういん}の カードリーダーの {画面|がめん}",
    clinicIntro: "{病院|びょういん}や {薬局|やっきょく}で、こんな {画面|がめん}が {出|で}ます。",
    before: "{期限|きげん}まで 3か{月|げつ}より {短|みじか}い とき",
    after: "{期限|きげん}が {切|き}れた {次|つぎ}の {日|ひ}から",
    clinicMore: "4つの {段階|だんかい}を {見|み}る",
    findHeading: "{期限|きげん}は どこに {書|か}いて ある？",
    find: [
      "カードの {表|おもて}の「{電子証明書|でんししょうめいしょ}の {有効期限|ゆうこうきげん}」のところ（{何|なに}も {書|か}いて ないことも あります）",
      "マイナポータル",
      "{水色|みずいろ}の {封筒|ふうとう}の「{有効期限通知書|ゆうこうきげんつうちしょ}」",
    ],
    preciseTitle: "{日|ひ}にちの {数|かぞ}えかた",
    precise: [
      "{更新|こうしん}は、{期限|きげん}が 6{月|がつ}15{日|にち}なら 3{月|がつ}16{日|にち}から できます。",
      "{期限|きげん}が 2{月|がつ}10{日|にち}に {切|き}れたら、5{月|がつ}31{日|にち}まで {病院|びょういん}で {使|つか}えます。",
    ],
  },
  // The foreign residents' languages (issue 13): translations, the Japanese authoritative.
  "zh-Hans": zhHansHome,
  ko: koHome,
  vi: viHome,
  "pt-BR": ptBRHome,
  tl: tlHome,
  ne: neHome,
};
