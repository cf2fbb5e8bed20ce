// R-CARD-4, R-INFER-6: no notice letter (有効期限通知書) is sent for a certificate that ends with
// a stay-limited card, so nothing in the answer may promise one: no notice dates, no
// expectNoticeLetter step, no noticeExpected milestone, no calendar reminder, no sentence. Each
// input route is here, with and without a typed certificate expiry; and the cases where a
// letter does come keep it.
import { describe, expect, it } from "vitest";
import { certificateEvents } from "../calendar/events.ts";
import { LANGS } from "../lang/index.ts";
import { present } from "../messages/present.ts";
import type { Evaluation } from "./result.ts";
import { evaluateIso, type IsoInput } from "./test/evaluate-iso.ts";

const TODAY = "2026-12-01";

/** Every place an answer could promise a letter, as one value to compare. */
function promises(e: Evaluation) {
  return {
    noticeDates: [e.certificate.noticeExpectedFrom, e.certificate.noticeExpectedTo].some((d) => d !== null),
    nextStep: e.nextSteps.includes("expectNoticeLetter"),
    milestone: e.timeline.some((m) => m.kind === "noticeExpected"),
    calendar: certificateEvents(e.certificate, e.today).some((event) => event.kind === "reminder"),
  };
}
const NONE = { noticeDates: false, nextStep: false, milestone: false, calendar: false };
const ALL = { noticeDates: true, nextStep: true, milestone: true, calendar: true };

describe("a certificate that ends with the period of stay: no letter is promised (R-CARD-4)", () => {
  it.each<[string, IsoInput]>([
    ["card face, C not a birthday (R-INFER-6)", { birthDate: "1990-04-10", cardExpiry: "2027-08-20" }],
    [
      "card face, C = the stay's end (R-INFER-6)",
      { birthDate: "1990-04-10", cardExpiry: "2027-08-20", periodOfStayEndsOn: "2027-08-20" },
    ],
    [
      "card face, the certificate typed as C",
      { birthDate: "1990-04-10", cardExpiry: "2027-08-20", certificateExpiry: "2027-08-20" },
    ],
    [
      "card issue, the stay ends first",
      { birthDate: "1990-04-10", cardIssuedOn: "2024-05-01", periodOfStayEndsOn: "2027-08-20" },
    ],
    [
      // The inferred first certificate ends on a birthday (a letter would come for it), but the
      // typed one, renewed since, ends with the card and the stay.
      "card issue, a typed certificate ending with the stay",
      {
        birthDate: "1990-04-10",
        cardIssuedOn: "2022-05-01",
        periodOfStayEndsOn: "2029-08-20",
        certificateExpiry: "2029-08-20",
      },
    ],
    [
      // The certificate never outlives the card, nor the card the stay: it ends with both.
      "certificate expiry = the stay's end",
      { certificateExpiry: "2027-08-20", periodOfStayEndsOn: "2027-08-20" },
    ],
  ])("%s", (_, input) => {
    const e = evaluateIso(input, TODAY);
    expect(e.stage).toBe("valid");
    expect(promises(e)).toStrictEqual(NONE);
    expect(e.rules).toContain("R-CARD-4");
    // …and no language's answer names the letter's step.
    for (const lang of LANGS) {
      const texts = present(e, lang).text;
      expect(texts.nextSteps.map((s) => s.code)).not.toContain("expectNoticeLetter");
      expect(texts.timeline.map((m) => m.kind)).not.toContain("noticeExpected");
    }
  });
});

describe("a letter still comes when the certificate does not end with the stay (R-RENEW-3)", () => {
  it.each<[string, IsoInput]>([
    ["a certificate expiry alone", { certificateExpiry: "2027-08-20" }],
    ["a certificate ending before the stay", { certificateExpiry: "2027-04-10", periodOfStayEndsOn: "2027-08-20" }],
    [
      "card issue: the first certificate ends on a birthday before the stay-limited card",
      { birthDate: "1990-04-10", cardIssuedOn: "2022-05-01", periodOfStayEndsOn: "2029-08-20" },
    ],
  ])("%s", (_, input) => {
    expect(promises(evaluateIso(input, "2026-12-01"))).toStrictEqual(ALL);
  });
});
