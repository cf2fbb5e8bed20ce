/**
 * @module
 * R-INFER-4 before computing (the import preview): a card expiry is a birthday (Feb 28 or
 * Mar 1 for a Feb 29 birth), so one that is not was probably mistyped. The same test as the
 * engine's `cardExpiryNotBirthday` caveat (shared/rules/birthdays.ts), on the dates as read.
 */
import { parseTypedDate } from "#shared/dates/index.ts";
import { isBirthday } from "#shared/rules/birthdays.ts";
import { plainDate } from "#shared/rules/plain-date.ts";
import type { Row } from "./row";

/** True when the row has a birth date and a card expiry, both readable, and the expiry is no birthday. */
export function cardExpiryNotBirthday(row: Row): boolean {
  const birth = parseTypedDate(row.birthDate.trim());
  const card = parseTypedDate(row.cardExpiry.trim());
  if (!birth.ok || !card.ok) return false;
  return !isBirthday(plainDate(birth.iso), plainDate(card.iso));
}
