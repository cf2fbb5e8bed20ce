/**
 * @module
 * The words around the card reader's drawing in 中文（简体） (READER_AROUND's shape). The screens'
 * own translations have one home with the API's texts: the catalog's `reader`
 * (shared/messages/zh-Hans.ts), which readerTranslation reads.
 */
import type { READER_AROUND } from "../../reader";

export const content: (typeof READER_AROUND)["en"] = {
  caption: "人脸识别读卡器的画面（根据宣传单的图画成的示意图；读卡器上显示的是日语）",
  translationLabel: "中文翻译：",
  buttonLabel: "按钮",
};
