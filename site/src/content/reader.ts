/**
 * @module
 * What the face-recognition card reader at clinics and pharmacies shows in each stage, quoted
 * from the MHLW leaflet's back side (R-INS-2). The reader speaks Japanese; the translations
 * are ours. The normal screen (stage valid) has no alert: the leaflet does not draw it, so we
 * describe it instead of quoting it.
 */
import type { Lang } from "#shared/lang/index.ts";
import type { Stage } from "#shared/rules/result.ts";

export interface ReaderText {
  usable: boolean;
  badge: string;
  heading: string;
  message: string[];
  button: string;
  /** True when the message describes the screen instead of quoting it. */
  described: boolean;
}

/** The screens as the leaflet prints them (R-INS-2; R-INS-7 for when the first alert appears). */
export const LEAFLET_READER: Record<Stage, ReaderText> = {
  valid: {
    usable: true,
    badge: "マイナ保険証 使える",
    heading: "",
    message: ["期限のお知らせは表示されず、いつもの受付の画面に進みます。"],
    button: "",
    described: true,
  },
  renewal: {
    usable: true,
    badge: "マイナ保険証 使える",
    heading: "",
    message: ["証明書の有効期限が3カ月以内となっています。市区町村の窓口で更新手続きをお願いします。"],
    button: "次に進む",
    described: false,
  },
  grace: {
    usable: true,
    badge: "マイナ保険証 使える",
    heading: "電子証明書の有効期限が切れているため、資格情報のみ当機関に提供します。",
    message: ["お早めに市区町村の窓口で電子証明書を更新してください。"],
    button: "次に進む",
    described: false,
  },
  lapsed: {
    usable: false,
    badge: "マイナ保険証 使えない",
    heading: "電子証明書が失効しています。",
    message: ["マイナンバーカードを取り出し、受付窓口までお越しください。", "証明書の更新は、市区町村の窓口で手続きが必要です。"],
    button: "",
    described: false,
  },
};

/** Labels around the screen, and the screen's meaning in each site language. */
export const READER_AROUND: Record<Lang, { caption: string; translationLabel: string; translations: Record<Stage, string[]> }> = {
  ja: {
    caption: "顔認証付きカードリーダーの画面（リーフレットの図をもとにしたイメージ）",
    translationLabel: "",
    translations: { valid: [], renewal: [], grace: [], lapsed: [] },
  },
  en: {
    caption: "The face-recognition card reader's screen (drawn after the leaflet; the reader shows Japanese)",
    translationLabel: "In English:",
    translations: {
      valid: ["Badge: can be used as a health-insurance card. No expiry alert; the usual reception screens follow."],
      renewal: ["Badge: can be used as a health-insurance card.", "“Your certificate expires within three months. Please renew it at your municipal office.” Button: Next."],
      grace: [
        "Badge: can be used as a health-insurance card.",
        "“Your electronic certificate has expired, so only your eligibility information is given to this facility. Please renew the electronic certificate at your municipal office soon.” Button: Next.",
      ],
      lapsed: [
        "Badge: cannot be used as a health-insurance card.",
        "“Your electronic certificate has lapsed. Please take out your My Number Card and come to the reception desk. Renewing the certificate needs a procedure at your municipal office.”",
      ],
    },
  },
  "ja-easy": {
    caption: "{病院|びょういん}や {薬局|やっきょく}の カードリーダーの {画面|がめん}（イメージ）",
    translationLabel: "やさしい ことばで：",
    translations: {
      valid: ["マイナ{保険証|ほけんしょう}が {使|つか}えます。お{知|し}らせは {出|で}ません。"],
      renewal: ["マイナ{保険証|ほけんしょう}が {使|つか}えます。", "「{証明書|しょうめいしょ}の {期限|きげん}まで 3か{月|げつ}より {短|みじか}く なりました。{市役所|しやくしょ}などで {更新|こうしん}して ください。」"],
      grace: [
        "マイナ{保険証|ほけんしょう}が {使|つか}えます。",
        "「{電子証明書|でんししょうめいしょ}の {期限|きげん}が {切|き}れました。{保険|ほけん}の {情報|じょうほう}だけを {病院|びょういん}に {渡|わた}します。はやく {市役所|しやくしょ}などで {更新|こうしん}して ください。」",
      ],
      lapsed: [
        "マイナ{保険証|ほけんしょう}は {使|つか}えません。",
        "「{電子証明書|でんししょうめいしょ}が {使|つか}えなく なりました。マイナンバーカードを {出|だ}して、{受付|うけつけ}に {来|き}て ください。{更新|こうしん}は {市役所|しやくしょ}などで します。」",
      ],
    },
  },
};
