/**
 * @module
 * The checker's inputs in the URL fragment (contract.md): `#certificateExpiry=2026-03-15&today=…`.
 * The fragment never reaches a server, so a bookmarked result keeps a birth date out of logs.
 * Values are the dates as typed (和暦 included), URL-encoded.
 */
import type { DateFieldName } from "../content/check";
import { isRenewedAnswer, type RenewedAnswer } from "./renewal";

export const FRAGMENT_FIELDS: readonly DateFieldName[] = [
  "certificateExpiry",
  "birthDate",
  "cardExpiry",
  "cardIssuedOn",
  "periodOfStayEndsOn",
  "today",
];

export type CheckerInput = Partial<Record<DateFieldName, string>>;

/** Read the known fields from a fragment (with or without "#"); unknown keys are ignored. */
export function readFragment(hash: string): CheckerInput {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const input: CheckerInput = {};
  for (const field of FRAGMENT_FIELDS) {
    const value = params.get(field)?.trim();
    if (value) input[field] = value;
  }
  return input;
}

/** The answer to the renewal question (contract.md: `renewed=yes|no`), if the fragment has one. */
export function readRenewed(hash: string): RenewedAnswer | null {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get("renewed");
  return isRenewedAnswer(value) && value !== "unknown" ? value : null;
}

/**
 * Write the non-empty fields, in a fixed order, as a fragment without "#"; a settled renewal
 * answer (はい/いいえ) goes last, so the settled answer can be bookmarked. わからない settles nothing.
 */
export function writeFragment(input: CheckerInput, renewed: RenewedAnswer | null = null): string {
  const params = new URLSearchParams();
  for (const field of FRAGMENT_FIELDS) {
    const value = input[field]?.trim();
    if (value) params.set(field, value);
  }
  if (renewed === "yes" || renewed === "no") params.set("renewed", renewed);
  // URLSearchParams writes spaces as "+"; "%20" reads the same and is clearer in a fragment.
  return params.toString().replace(/\+/g, "%20");
}
