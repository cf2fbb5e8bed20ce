/**
 * @module
 * The words around the card reader's drawing in 한국어 (READER_AROUND's shape). The screens' own
 * translations have one home with the API's texts: the catalog's `reader` (shared/messages/ko.ts),
 * which readerTranslation reads.
 */
import type { READER_AROUND } from "../../reader";

export const content: (typeof READER_AROUND)["en"] = {
  caption: "얼굴 인증 카드 리더기 화면(안내문 그림을 바탕으로 한 이미지. 리더기에는 일본어로 표시됩니다)",
  translationLabel: "한국어 번역:",
  buttonLabel: "버튼",
};
