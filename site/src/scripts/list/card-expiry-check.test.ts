// R-INFER-4 in the import preview: a card expiry that is no birthday, on the dates as read.
import { describe, expect, it } from "vitest";
import { cardExpiryNotBirthday } from "./card-expiry-check";
import { emptyRow } from "./row";

const row = (birthDate: string, cardExpiry: string) => ({ ...emptyRow(), birthDate, cardExpiry });

describe("cardExpiryNotBirthday", () => {
  it.each([
    ["昭和30年4月1日", "2031/4/2", true],
    ["昭和30年4月1日", "2031/3/31", true],
    ["S30.4.1", "2031年4月1日", false],
    ["2004-02-29", "2029-02-28", false], // R-DATE-4: Feb 28 or Mar 1 in a common year
    ["2004-02-29", "2029-03-01", false],
    ["2004-02-29", "2028-03-01", true], // a leap year has its Feb 29
    ["", "2031/4/2", false], // nothing to compare with
    ["昭和30年4月1日", "", false],
    ["昭和30年4月", "2031/4/2", false], // unreadable: the failed lines say so
  ])("%s, %s → %s", (birth, card, flagged) => {
    expect(cardExpiryNotBirthday(row(birth, card))).toBe(flagged);
  });

  it("leaves a card beside the end of the period of stay to the stay's reading (R-INFER-6)", () => {
    expect(cardExpiryNotBirthday({ ...row("1990/9/9", "2027/1/15"), periodOfStayEndsOn: "令和9年1月15日" })).toBe(
      false,
    );
  });
});
