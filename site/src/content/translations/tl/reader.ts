/**
 * @module
 * The words around the card reader's drawing in Filipino (READER_AROUND's shape). The screens'
 * own translations have one home with the API's texts: the catalog's `reader`
 * (shared/messages/tl.ts), which readerTranslation reads.
 */
import type { READER_AROUND } from "../../reader";

export const content: (typeof READER_AROUND)["en"] = {
  caption: "Ang screen ng card reader na may face recognition (iginuhit batay sa leaflet; Japanese ang nasa makina)",
  translationLabel: "Sa Filipino:",
  buttonLabel: "Button",
};
