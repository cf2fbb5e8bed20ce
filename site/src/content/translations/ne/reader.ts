/**
 * @module
 * The words around the card reader's drawing in Nepali (READER_AROUND's shape), a translation of
 * the Japanese. The screens' own translations have one home with the API's texts: the catalog's
 * `reader` (shared/messages/ne.ts), which readerTranslation reads.
 */
import type { READER_AROUND } from "../../reader";

export const content: (typeof READER_AROUND)["en"] = {
  caption: "अनुहार पहिचान गर्ने कार्ड रिडरको स्क्रिन (पर्चाको चित्रमा आधारित नमुना; रिडरमा जापानी भाषामा देखिन्छ)",
  translationLabel: "नेपालीमा:",
  buttonLabel: "बटन",
};
