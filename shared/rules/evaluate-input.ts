/**
 * @module
 * The engine's input: the contract's request fields, already parsed into calendar dates.
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
}
