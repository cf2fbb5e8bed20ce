/**
 * @module
 * The engine's input: the contract's request fields, already parsed into calendar dates, and
 * what the request parser saw in the typed text besides the date.
 */
import type { PlainDate } from "./plain-date.ts";

export interface EvaluateInput {
  certificateExpiry?: PlainDate;
  birthDate?: PlainDate;
  cardExpiry?: PlainDate;
  cardIssuedOn?: PlainDate;
  applicationReceivedOn?: PlainDate;
  certificateIssuedOn?: PlainDate;
  periodOfStayEndsOn?: PlainDate;
  /**
   * R-DATE-6 (review7 #15): `certificateExpiry` was typed with the card face's printed words
   * 「…まで有効」, the way the card prints its own expiry (shared/dates/card-face-words.ts);
   * R-PARSE-1 reads the date, and the answer asks whether it is the card's (certificate-field.ts).
   */
  certificateExpiryAsPrinted?: true;
}

/** The input's date fields (every key but what the parser saw besides the dates). */
export type EvaluateDateField = Exclude<keyof EvaluateInput, "certificateExpiryAsPrinted">;
