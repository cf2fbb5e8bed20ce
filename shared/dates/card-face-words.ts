/**
 * @module
 * R-DATE-6 (review7 #15): the card face prints the **card's** expiry as 「2031年11月14日まで有効」;
 * the certificate's box beside it is handwritten and carries no such words. R-PARSE-1 drops the
 * words to read the date (parse-typed-date.ts); this says whether they were there, so that the
 * same text typed into the certificate's field can be answered with the question "is this the
 * card's date?". Only 「まで有効」 counts: 「有効期限…」 heads the certificate's own dates too
 * (マイナポータル, the notice letter), and 「…まで」 alone is not what the card prints.
 */

import { normaliseTypedText } from "./normalise";

/** The words after the card's expiry on its face; R-PARSE-1's trailing words include them. */
export const CARD_FACE_WORDS = "まで有効";
const ENDS_WITH_CARD_FACE_WORDS = new RegExp(`${CARD_FACE_WORDS}$`);

/** True when `text`, as typed (full-width, spaces and all), ends with the card face's 「まで有効」. */
export const hasCardFaceWords = (text: string): boolean =>
  text.includes("有効") && ENDS_WITH_CARD_FACE_WORDS.test(normaliseTypedText(text));
