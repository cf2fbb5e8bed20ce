/**
 * @module
 * The checker's inputs in the URL fragment (contract.md): `#certificateExpiry=2026-03-15&today=…`.
 * The fragment never reaches a server, so a bookmarked result keeps a birth date out of logs.
 * Values are the dates as typed (和暦 included), URL-encoded.
 */
import type { DateFieldName } from "../content/check";

export const FRAGMENT_FIELDS: readonly DateFieldName[] = ["certificateExpiry", "birthDate", "cardExpiry", "cardIssuedOn", "periodOfStayEndsOn", "today"];

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

/** Write the non-empty fields, in a fixed order, as a fragment without "#". */
export function writeFragment(input: CheckerInput): string {
  const params = new URLSearchParams();
  for (const field of FRAGMENT_FIELDS) {
    const value = input[field]?.trim();
    if (value) params.set(field, value);
  }
  // URLSearchParams writes spaces as "+"; "%20" reads the same and is clearer in a fragment.
  return params.toString().replace(/\+/g, "%20");
}
