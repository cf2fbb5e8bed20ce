/**
 * @module
 * The words around the card reader's drawing in Vietnamese (READER_AROUND's shape). The screens'
 * own translations have one home with the API's texts: the catalog's `reader`
 * (shared/messages/vi.ts), which readerTranslation reads.
 */
import type { READER_AROUND } from "../../reader";

export const content: (typeof READER_AROUND)["en"] = {
  caption: "Màn hình của máy đọc thẻ có nhận diện khuôn mặt (hình vẽ theo tờ hướng dẫn; máy hiển thị tiếng Nhật)",
  translationLabel: "Bằng tiếng Việt:",
  buttonLabel: "Nút",
};
