/**
 * @module
 * /sources/: the primary sources behind the rules (rules.md "Sources"), with the date they were
 * last checked. Titles are given in the sources' own language.
 */
import { type Block, type ProsePageContent, p } from "./blocks";

/** When the sources were last read against the rules. */
export const SOURCES_CHECKED = { ja: "2026年11月", en: "November 2026" } as const;

export interface Source {
  title: string;
  href: string;
  what: { ja: string; en: string };
}

const LEAFLET: Source = {
  title: "厚生労働省「マイナ保険証利用時には電子証明書の有効期限をご確認ください」（リーフレット, PDF）",
  href: "https://www.mhlw.go.jp/content/12400000/001459106.pdf",
  what: {
    ja: "このサイトが説明しているリーフレット。カードリーダーの画面の文言もここから。",
    en: "The leaflet this site explains, including the card-reader screen texts.",
  },
};

const kyoukaiKenpo: Source = {
  title: "全国健康保険協会（協会けんぽ）のお知らせ（2025年7月16日）",
  href: "https://www.kyoukaikenpo.or.jp/g1/r7-7/7071601",
  what: {
    ja: "猶予期間の終わり方と、資格確認書が届く時期。",
    en: "How the grace period ends, and when the eligibility certificate is sent.",
  },
};

const yonago: Source = {
  title: "米子市のウェブサイト",
  href: "https://www.city.yonago.lg.jp/37694.htm",
  what: {
    ja: "在留期間のある人のカード、15歳未満の署名用電子証明書。",
    en: "Cards of foreign residents; signature certificates for under-15s.",
  },
};

const miyake: Source = {
  title: "三宅町のウェブサイト",
  href: "https://www.town.miyake.lg.jp/soshiki/10/6404.html",
  what: {
    ja: "在留期間の満了日と誕生日の決まりの早いほう。",
    en: "The earlier of the period-of-stay end and the birthday rule.",
  },
};

const asaka: Source = {
  title: "朝霞市のウェブサイト",
  href: "https://www.city.asaka.lg.jp/soshiki/25/mainaho-densisyoumei.html",
  what: {
    ja: "更新から24時間ほどで使えるようになること。",
    en: "The new certificate works about 24 hours after renewal.",
  },
};

const jlisFaq: Source = {
  title: "J-LIS 公的個人認証サービス よくある質問",
  href: "https://www2.jpki.go.jp/faq/digital_id.html",
  what: { ja: "電子証明書の種類、暗証番号、手続き。", en: "Certificate types, PINs and procedures." },
};

const OFFICIAL: Source[] = [
  kyoukaiKenpo,
  {
    title: "いわき市のウェブサイト",
    href: "https://www.city.iwaki.lg.jp/www/contents/1734573194820/index.html",
    what: { ja: "猶予は期限の月の末日から3カ月間。", en: "Grace runs three months from the end of the expiry month." },
  },
  {
    title: "多摩市のウェブサイト",
    href: "https://www.city.tama.lg.jp/kurashi/mynumber/1016378/1017168.html",
    what: {
      ja: "2月に切れたら5月末まで。猶予後は利用登録が解除されること。",
      en: "February expiry → end of May; registration cancelled afterwards.",
    },
  },
  {
    title: "東村山市 よくある質問",
    href: "https://www.city.higashimurayama.tokyo.jp/faq/kurashi/koseki/juki/jnet_q_005.html",
    what: {
      ja: "省令どおりの書き方。期間内の更新は6回目の誕生日まで。",
      en: "Ordinance wording, including the sixth birthday for renewals inside the window.",
    },
  },
  {
    title: "公的個人認証サービス（JPKI）の有効期間のページ（ウェブ魚拓による保存版）",
    href: "https://megalodon.jp/ref/2019-1113-1505-31/https://www.jpki.go.jp:443/procedure/period.html",
    what: { ja: "期限前の更新は6回目の誕生日まで。", en: "Renewal before expiry runs to the sixth birthday." },
  },
  {
    title: "鶴ヶ島市のウェブサイト",
    href: "https://www.city.tsurugashima.lg.jp/page/page006739.html",
    what: {
      ja: "期限6月15日なら3月16日から更新できるという例。",
      en: "Worked example: expiry 15 June → renewal from 16 March.",
    },
  },
  {
    title: "湖南市（滋賀県）のウェブサイト",
    href: "https://www.city.shiga-konan.lg.jp/kurashi/mainanba/36698.html",
    what: {
      ja: "5回目の誕生日とカード本体の期限の早いほう。通知書は2〜3カ月前。",
      en: "The earlier of the fifth birthday and the card expiry; notice two to three months before.",
    },
  },
  {
    title: "神戸市 よくある質問",
    href: "https://help.city.kobe.lg.jp/hc/ja/articles/4488216315151",
    what: {
      ja: "発行日はJ-LISがカードを作った日。2022年4月の年齢の区切りの変更。",
      en: "The issue date is J-LIS's production date; the April 2022 age change.",
    },
  },
  yonago,
  miyake,
  {
    title: "健康保険組合のよくある質問（hinokenpo.or.jp）",
    href: "https://www.hinokenpo.or.jp/asp/faq/faq.asp?articleid=18475&categoryid=4",
    what: {
      ja: "カードリーダーの表示と、猶予中は資格情報のみであること。",
      en: "Reader messages; qualification information only during grace.",
    },
  },
  asaka,
  jlisFaq,
  {
    title: "政府広報の例を紹介した記事（誕生日10月10日・2020年5月15日発行 → カード2029年10月10日）",
    href: "https://smil-en.co.jp/archives/1170",
    what: { ja: "カード本体の有効期限の数え方の例。", en: "A worked example of the card expiry." },
  },
  {
    title: "デジタル庁 次期個人番号カードタスクフォース（2024年3月18日）",
    href: "https://www.digital.go.jp/councils/mynumber-card-renewal/58b82d5b-338d-4f5b-be7e-7b771135e2c3",
    what: {
      ja: "次のカードの案（電子証明書10年など）。**今のカードには当てはまりません。**",
      en: "Plans for the next card (ten-year certificates and more). **None of it applies to current cards.**",
    },
  },
];

/** The sources other pages cite, by name: the same entries as this page lists. */
export const SOURCE = { leaflet: LEAFLET, kyoukaiKenpo, yonago, miyake, asaka, jlisFaq } as const;

/** A list of sources in one of the languages this page is written in. */
export const sourceBlock = (lang: "ja" | "en", items: Source[]): Block => ({
  kind: "sources",
  items: items.map((s) => ({ title: s.title, href: s.href, what: s.what[lang] })),
});

export const SOURCES: Record<"ja" | "en", ProsePageContent> = {
  ja: {
    title: "出典",
    description: "マイナ期限ナビが確かめた公的な資料の一覧と、最後に確認した時期。",
    lead: [
      `このサイトの説明と計算は、次の公的な資料にもとづいています。最後に確認したのは**${SOURCES_CHECKED.ja}**です。資料どうしで書き方が違うところは、理由とともにこのサイトの判断を書いています。`,
    ],
    sections: [
      { id: "leaflet", heading: "もとにしたリーフレット", blocks: [sourceBlock("ja", [LEAFLET])] },
      { id: "official", heading: "確かめた公的な資料", blocks: [sourceBlock("ja", OFFICIAL)] },
      {
        id: "decisions",
        heading: "資料で違いがあるところ",
        blocks: [
          {
            kind: "table",
            caption: "このサイトの判断",
            head: ["問題", "このサイトの判断", "理由"],
            rows: [
              [
                "猶予の終わり",
                "期限の月の末日から3カ月後の月末",
                "厚生労働省の書き方（協会けんぽ・いわき市・多摩市）。「期限の日から3カ月」と書く保険者もあり、その場合は少し早く終わります。",
              ],
              [
                "更新できる最初の日",
                "期限の3カ月前の日の翌日",
                "公式の例（6月15日 → 3月16日）と「3カ月未満になったとき」という省令の書き方",
              ],
              [
                "2月29日生まれの誕生日",
                "うるう年でない年は2月28日（注意書きを出す）",
                "他の制度での扱いにならい、早いほうの日にしました",
              ],
              ["カードリーダーのお知らせが出はじめる日", "更新できる期間の最初の日", "公表されていないため"],
            ],
          },
          p("ここに書いたことで気になる点があれば、お住まいの市区町村の窓口に確かめてください。"),
        ],
      },
    ],
  },
  en: {
    title: "Sources",
    description: "The public sources behind マイナ期限ナビ and when they were last checked.",
    lead: [
      `The explanations and calculations on this site rest on the public sources below, last checked in **${SOURCES_CHECKED.en}**. Most are in Japanese. Where they differ, this site states its choice and the reason.`,
    ],
    sections: [
      { id: "leaflet", heading: "The leaflet", blocks: [sourceBlock("en", [LEAFLET])] },
      { id: "official", heading: "Public sources checked", blocks: [sourceBlock("en", OFFICIAL)] },
      {
        id: "decisions",
        heading: "Where the sources differ",
        blocks: [
          {
            kind: "table",
            caption: "Choices made by this site",
            head: ["Question", "This site's choice", "Why"],
            rows: [
              [
                "End of the grace period",
                "the last day of the third month after the expiry month",
                "the Ministry's wording (as restated by 協会けんぽ, Iwaki and Tama). Some insurers say “three months from the expiry date”, which ends a little earlier.",
              ],
              [
                "First day of renewal",
                "the day after the date three months before expiry",
                "the official example (15 June → 16 March) and the ordinance's “fewer than three months remain”",
              ],
              [
                "Birthday of someone born on 29 February",
                "28 February in common years, with a note",
                "the convention of other ID laws; the earlier, safer date",
              ],
              ["First day of the reader's alert", "the first day of the renewal window", "not published"],
            ],
          },
          p("If anything here matters for you, please confirm it with your municipal office."),
        ],
      },
    ],
  },
};
