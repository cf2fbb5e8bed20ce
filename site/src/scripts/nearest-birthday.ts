/**
 * @module
 * R-INFER-4: a card expiry that is not a birthday is most likely a typo of one (a card without
 * a period of stay ends on a birthday). The checker offers the birthday nearest to the date typed
 * as a one-click re-check; the API answers that date as it answers any other.
 */
import { birthdayIn } from "#shared/rules/birthdays.ts";
import { plainDate } from "#shared/rules/plain-date.ts";

/**
 * The birthday (R-DATE-4: Feb 28 for a Feb 29 birth in a common year) nearest to `cardExpiry`,
 * the year before, of or after it; the earlier one on a tie. ISO dates in and out.
 * @example nearestBirthday("1956-03-31", "2030-03-30") → "2030-03-31"
 */
export function nearestBirthday(birthDate: string, cardExpiry: string): string {
  const birth = plainDate(birthDate);
  const card = plainDate(cardExpiry);
  let best = birthdayIn(birth, card.year - 1);
  for (const year of [card.year, card.year + 1]) {
    const candidate = birthdayIn(birth, year);
    if (Math.abs(card.daysUntil(candidate)) < Math.abs(card.daysUntil(best))) best = candidate;
  }
  return best.toString();
}
