/**
 * @module
 * What the face-recognition card reader at clinics and pharmacies shows (R-INS-2; R-INS-7 for
 * when the first alert appears), in one structure for the API's `text.reader` and the site's
 * drawings of the screen. The reader speaks Japanese: `LEAFLET_SCREENS` quotes the MHLW
 * leaflet's back side word for word, so people recognise the screen; the English and
 * やさしい日本語 catalogs translate the same parts line by line.
 */
import type { ReaderScreen } from "../rules/result.ts";

/** One screen: the マイナ保険証 badge, the alert's first line, its other lines, the button (empty: none). */
export interface ReaderScreenText {
  badge: string;
  heading: string;
  message: readonly string[];
  button: string;
}

export const LEAFLET_SCREENS = {
  // The leaflet does not draw the normal screen: the message describes it (see isDescribed).
  normal: {
    badge: "マイナ保険証 使える",
    heading: "",
    message: ["期限のお知らせは表示されず、いつもの受付の画面に進みます。"],
    button: "",
  },
  renewalAlert: {
    badge: "マイナ保険証 使える",
    heading: "",
    message: ["証明書の有効期限が3カ月以内となっています。市区町村の窓口で更新手続きをお願いします。"],
    button: "次に進む",
  },
  qualificationOnly: {
    badge: "マイナ保険証 使える",
    heading: "電子証明書の有効期限が切れているため、資格情報のみ当機関に提供します。",
    message: ["お早めに市区町村の窓口で電子証明書を更新してください。"],
    button: "次に進む",
  },
  lapsed: {
    badge: "マイナ保険証 使えない",
    heading: "電子証明書が失効しています。",
    message: [
      "マイナンバーカードを取り出し、受付窓口までお越しください。",
      "証明書の更新は、市区町村の窓口で手続きが必要です。",
    ],
    button: "",
  },
} as const satisfies Record<ReaderScreen, ReaderScreenText>;

/** R-INS-2: only the lapsed screen says 「使えない」. */
export const isUsable = (screen: ReaderScreen): boolean => screen !== "lapsed";

/** True when the message describes the screen instead of quoting it (the normal screen). */
export const isDescribed = (screen: ReaderScreen): boolean => screen === "normal";
