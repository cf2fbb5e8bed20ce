/**
 * @module
 * The words around the card reader's drawing in Brazilian Portuguese (READER_AROUND's shape), a
 * translation of the Japanese. The screens' own translations have one home with the API's texts:
 * the catalog's `reader` (shared/messages/pt-BR.ts), which readerTranslation reads.
 */
import type { READER_AROUND } from "../../reader";

export const content: (typeof READER_AROUND)["en"] = {
  caption:
    "Tela da leitora de cartão com reconhecimento facial (desenho feito a partir do folheto; a leitora mostra o texto em japonês)",
  translationLabel: "Em português:",
  buttonLabel: "Botão",
};
