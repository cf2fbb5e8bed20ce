/**
 * @module
 * What each input route settles before the stage is computed: the dates, and what stays open.
 */
import type { PlainDate } from "./plain-date.ts";
import type { Caveat, ExpiryBasis, Route } from "./result.ts";

export interface CardSituation {
  expiresOn: PlainDate;
  validityYears: 10 | 5 | null;
  issuedOn: PlainDate | null;
  printed: boolean;
}

export interface Situation {
  route: Route;
  certificate: { expiresOn: PlainDate; basis: ExpiryBasis };
  card: CardSituation | null;
  /** null: none issued (R-CERT-6). */
  signature: { expiresOn: PlainDate; bound: "exact" | "atMost" } | null;
  caveats: Caveat[];
  rules: string[];
  /** R-CARD-4: no notice letter is sent when the card ends with the period of stay. */
  noticeLetterExpected: boolean;
}
