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

/**
 * True when the row has a birth date and a card expiry, both readable, and the expiry is no
 * birthday, with no period of stay given: a card expiry beside the stay's end is the card of a
 * foreign resident that ends with the stay (R-CARD-4, R-INFER-6), as the engine reads it.
 */
export function cardExpiryNotBirthday(row: Row): boolean {
  const birth = parseTypedDate(row.birthDate.trim());
  const card = parseTypedDate(row.cardExpiry.trim());
  if (!birth.ok || !card.ok || row.periodOfStayEndsOn.trim() !== "") return false;
  return !isBirthday(plainDate(birth.iso), plainDate(card.iso));
}
