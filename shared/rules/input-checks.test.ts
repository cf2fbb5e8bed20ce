// R-INPUT-1 (each error code, on the day of and the day past its boundary), R-INPUT-2 (future dates
// accepted), and the missing-input answer of evaluate.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputErrorCode } from "../problem/index.ts";
import type { EvaluateInput } from "./evaluate-input.ts";
import { checkInput } from "./input-checks.ts";
import { isAfter, isBefore, type PlainDate, plainDate } from "./plain-date.ts";
import type { FieldError } from "./result.ts";
import { CARD_2016, type RuleSet } from "./rule-set.ts";
import { errorsIso, evaluateIso, type IsoInput } from "./test/evaluate-iso.ts";

const TODAY = "2026-11-27";
const error = (field: string, code: string) => [{ field, code }];

describe("R-INPUT-1: each check, failing one day past its boundary and passing on it", () => {
  // [code, failing input, passing input, today]
  const cases: [string, IsoInput, IsoInput, string][] = [
    [
      "birth_date_in_future",
      { birthDate: "2026-11-28", cardExpiry: "2036-11-28" },
      { birthDate: "2026-11-27", cardExpiry: "2031-11-27" },
      TODAY,
    ],
    [
      "card_issued_before_first_cards",
      { birthDate: "1980-01-01", cardIssuedOn: "2015-12-31" },
      { birthDate: "1980-01-01", cardIssuedOn: "2016-01-01" },
      TODAY,
    ],
    [
      "card_issued_before_birth",
      { birthDate: "2016-05-02", cardIssuedOn: "2016-05-01" },
      { birthDate: "2016-05-02", cardIssuedOn: "2016-05-02" },
      TODAY,
    ],
    [
      "card_issued_in_future",
      { birthDate: "1980-01-01", cardIssuedOn: "2026-11-28" },
      { birthDate: "1980-01-01", cardIssuedOn: "2026-11-27" },
      TODAY,
    ],
    [
      "application_after_card_issue",
      { birthDate: "2003-07-01", cardIssuedOn: "2022-04-15", applicationReceivedOn: "2022-04-16" },
      { birthDate: "2003-07-01", cardIssuedOn: "2022-04-15", applicationReceivedOn: "2022-04-15" },
      TODAY,
    ],
    [
      "certificate_issued_before_card",
      { birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", certificateIssuedOn: "2020-05-14" },
      { birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", certificateIssuedOn: "2020-05-15" },
      TODAY,
    ],
    [
      "certificate_issued_before_card", // without the card's issue date: before the first cards (2016-01-01)
      { certificateExpiry: "2020-11-14", certificateIssuedOn: "2015-12-31" },
      { certificateExpiry: "2020-11-14", certificateIssuedOn: "2016-01-01" },
      TODAY,
    ],
    [
      "certificate_issued_before_birth",
      { birthDate: "2020-01-01", certificateExpiry: "2030-01-01", certificateIssuedOn: "2019-12-31" },
      { birthDate: "2020-01-01", certificateExpiry: "2030-01-01", certificateIssuedOn: "2020-01-01" },
      TODAY,
    ],
    [
      "certificate_issued_after_card_expiry",
      { birthDate: "1985-11-14", cardExpiry: "2031-11-14", certificateIssuedOn: "2031-11-15" },
      { birthDate: "1985-11-14", cardExpiry: "2031-11-14", certificateIssuedOn: "2031-11-14" },
      "2032-01-01",
    ],
    [
      "certificate_issued_in_future",
      { birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", certificateIssuedOn: "2026-11-28" },
      { birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", certificateIssuedOn: "2026-11-27" },
      TODAY,
    ],
    [
      "certificate_issued_after_expiry",
      { certificateExpiry: "2025-03-20", certificateIssuedOn: "2025-03-21" },
      { certificateExpiry: "2025-03-20", certificateIssuedOn: "2025-03-20" },
      TODAY,
    ],
    [
      "card_expiry_not_after_birth",
      { birthDate: "2016-06-01", cardExpiry: "2016-06-01" },
      { birthDate: "2016-06-01", cardExpiry: "2021-06-01" },
      TODAY,
    ],
    [
      "card_expiry_not_after_issue",
      { birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", cardExpiry: "2020-05-15" },
      { birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", cardExpiry: "2029-10-10" },
      TODAY,
    ],
    [
      "certificate_expiry_not_after_birth",
      { birthDate: "2000-06-01", certificateExpiry: "2000-06-01" },
      { birthDate: "2000-06-01", certificateExpiry: "2000-06-02" },
      TODAY,
    ],
    [
      "certificate_outlives_card",
      { birthDate: "1985-11-14", cardExpiry: "2031-11-14", certificateExpiry: "2031-11-15" },
      { birthDate: "1985-11-14", cardExpiry: "2031-11-14", certificateExpiry: "2031-11-14" },
      TODAY,
    ],
    [
      "stay_ends_before_card_issue",
      { birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2024-05-31" },
      { birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2024-06-01" },
      TODAY,
    ],
    [
      "stay_ends_before_card_expiry", // R-INFER-6 (V16)
      { birthDate: "1990-09-09", cardExpiry: "2031-09-09", periodOfStayEndsOn: "2031-09-08" },
      { birthDate: "1990-09-09", cardExpiry: "2031-09-09", periodOfStayEndsOn: "2031-09-09" },
      TODAY,
    ],
  ];
  it.each(cases)("R-INPUT-1: %s", (code, failing, passing, today) => {
    const [field] = Object.entries({
      birth: "birthDate",
      card_issued: "cardIssuedOn",
      application: "applicationReceivedOn",
      certificate_issued: "certificateIssuedOn",
      card_expiry: "cardExpiry",
      certificate_expiry: "certificateExpiry",
      certificate_outlives: "certificateExpiry",
      stay: "periodOfStayEndsOn",
    })
      .find(([prefix]) => code.startsWith(prefix))!
      .slice(1);
    expect(errorsIso(failing, today).map(({ field, code }) => ({ field, code }))).toStrictEqual(error(field, code));
    expect(evaluateIso(passing, today).today).toBe(today);
  });

  it("R-INPUT-1: every failed check is reported, in a fixed order", () => {
    expect(errorsIso({ birthDate: "2026-11-28", cardIssuedOn: "2015-06-01" }, TODAY)).toStrictEqual([
      { field: "birthDate", code: "birth_date_in_future" },
      { field: "cardIssuedOn", code: "card_issued_before_first_cards" },
      { field: "cardIssuedOn", code: "card_issued_before_birth" },
    ]);
  });
});

describe("R-INPUT-1: the card expiry computed from its issue date is checked too", () => {
  // born 2010-01-01, issued 2016-06-01 (aged 6): card 2021-01-01 (5th birthday after issue)
  it("R-INPUT-1: a certificate issued after the computed card expiry → certificate_issued_after_card_expiry", () => {
    expect(
      errorsIso({ birthDate: "2010-01-01", cardIssuedOn: "2016-06-01", certificateIssuedOn: "2021-01-02" }, TODAY),
    ).toStrictEqual(error("certificateIssuedOn", "certificate_issued_after_card_expiry"));
    const e = evaluateIso(
      { birthDate: "2010-01-01", cardIssuedOn: "2016-06-01", certificateIssuedOn: "2021-01-01" },
      TODAY,
    );
    expect([e.card?.expiresOn, e.certificate.expiresOn]).toStrictEqual(["2021-01-01", "2021-01-01"]);
  });
  it("R-INPUT-1 / R-CERT-1(b): a typed certificate expiry after the computed card expiry → certificate_outlives_card", () => {
    // E1: card 2029-10-10
    expect(
      errorsIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", certificateExpiry: "2029-10-11" }, TODAY),
    ).toStrictEqual(error("certificateExpiry", "certificate_outlives_card"));
    expect(
      evaluateIso({ birthDate: "1980-10-10", cardIssuedOn: "2020-05-15", certificateExpiry: "2029-10-10" }, TODAY)
        .certificate.expiresOn,
    ).toBe("2029-10-10");
  });
  it("R-CARD-3: a certificate issued after the 5-year reading's expiry settles the 10-year reading", () => {
    // born 2003-07-01, issued 2022-04-01: 2026-07-01 (threshold 20) or 2031-07-01 (threshold 18)
    const e = evaluateIso(
      { birthDate: "2003-07-01", cardIssuedOn: "2022-04-01", certificateIssuedOn: "2026-07-02" },
      TODAY,
    );
    expect([
      e.card?.expiresOn,
      e.card?.validityYears,
      e.certificate.expiresOn,
      e.certificate.basis,
      e.caveats,
    ]).toStrictEqual(["2031-07-01", 10, "2031-07-01", "cardExpiry", []]);
  });
  it("R-CARD-3: a typed certificate expiry after the 5-year reading's expiry settles the 10-year reading", () => {
    const e = evaluateIso(
      { birthDate: "2003-07-01", cardIssuedOn: "2022-04-01", certificateExpiry: "2027-07-01" },
      TODAY,
    );
    expect([e.card?.expiresOn, e.certificate.expiresOn, e.certificate.basis, e.caveats]).toStrictEqual([
      "2031-07-01",
      "2027-07-01",
      "given",
      [],
    ]);
  });
  it("R-AGE-2: a certificate issued after the minor reading's expiry rules that reading out", () => {
    // born 2004-11-20, issued 2022-11-19: 2031-11-20, or 2026-11-20 if not yet 18
    const e = evaluateIso(
      { birthDate: "2004-11-20", cardIssuedOn: "2022-11-19", certificateIssuedOn: "2026-11-21" },
      TODAY,
    );
    expect([e.card?.expiresOn, e.certificate.expiresOn, e.caveats]).toStrictEqual(["2031-11-20", "2031-11-20", []]);
  });
  it("R-CARD-3: dates that fit no reading → error", () => {
    expect(
      errorsIso({ birthDate: "2003-07-01", cardIssuedOn: "2022-04-01", certificateExpiry: "2031-07-02" }, TODAY),
    ).toStrictEqual(error("certificateExpiry", "certificate_outlives_card"));
  });
});

describe("R-INPUT-2: future dates are accepted where asking about day X makes sense", () => {
  it("R-INPUT-2: today in the far future", () => {
    expect(evaluateIso({ certificateExpiry: "2025-03-20" }, "2100-01-01").stage).toBe("lapsed");
  });
  it("R-INPUT-2: certificateExpiry in the far future", () => {
    expect(evaluateIso({ certificateExpiry: "2099-12-31" }, TODAY).stage).toBe("valid");
  });
  it("R-INPUT-2: cardExpiry in the future", () => {
    // (a C whose issue day would be after today is impossible, R-INFER-1: this one was issued on 2026-11-14 or later)
    expect(evaluateIso({ birthDate: "1985-11-14", cardExpiry: "2036-11-14" }, TODAY).card?.expiresOn).toBe(
      "2036-11-14",
    );
  });
  it("R-INPUT-2: periodOfStayEndsOn in the future", () => {
    expect(
      evaluateIso({ birthDate: "1990-09-09", cardIssuedOn: "2024-06-01", periodOfStayEndsOn: "2090-01-01" }, TODAY).card
        ?.expiresOn,
    ).toBe("2033-09-09");
  });
  it("R-INPUT-2: today before every date", () => {
    expect(evaluateIso({ certificateExpiry: "2030-06-01" }, "2016-01-01").daysUntil.certificateExpires).toBe(5265);
  });
});

describe("missing inputs (contract: accepted combinations)", () => {
  it.each([
    [{}, "certificateExpiry"],
    [{ birthDate: "1985-11-14" }, "cardExpiry"],
    [{ birthDate: "1985-11-14", periodOfStayEndsOn: "2030-01-01" }, "cardExpiry"],
    [{ cardExpiry: "2031-11-14" }, "birthDate"],
    [{ cardIssuedOn: "2021-11-14" }, "birthDate"],
    [{ cardExpiry: "2031-11-14", cardIssuedOn: "2021-11-14" }, "birthDate"],
    [{ applicationReceivedOn: "2021-10-01" }, "certificateExpiry"],
    [{ certificateIssuedOn: "2021-11-14" }, "certificateExpiry"],
    [{ periodOfStayEndsOn: "2030-01-01" }, "certificateExpiry"],
  ] as [IsoInput, string][])("missing_input: %o → names %s", (input, field) => {
    expect(errorsIso(input, TODAY)).toStrictEqual(error(field, "missing_input"));
  });
  it("a birth date with a certificate expiry uses the certificate expiry", () => {
    expect(evaluateIso({ birthDate: "1985-11-14", certificateExpiry: "2026-11-14" }, TODAY).route).toBe(
      "certificateExpiry",
    );
  });
});

describe("checkInput: the same errors, in the same order, as the table of every check", () => {
  // The plain path it replaced (issue 12): every check evaluated, the failed ones kept in order.
  type Check = [field: keyof EvaluateInput, code: InputErrorCode, failed: boolean, params?: Record<string, string>];
  function tableOfChecks(input: EvaluateInput, today: PlainDate, rules: RuleSet): FieldError[] {
    const { birthDate: birth, cardIssuedOn: issued, certificateIssuedOn: certIssued } = input;
    const firstCards = plainDate(rules.firstCardsIssuedOn);
    const follows = (a?: PlainDate, b?: PlainDate) => !!a && !!b && isAfter(a, b);
    const precedes = (a?: PlainDate, b?: PlainDate) => !!a && !!b && isBefore(a, b);
    const checks: Check[] = [
      ["birthDate", "birth_date_in_future", follows(birth, today)],
      ["cardIssuedOn", "card_issued_before_first_cards", precedes(issued, firstCards)],
      ["cardIssuedOn", "card_issued_before_birth", precedes(issued, birth)],
      ["cardIssuedOn", "card_issued_in_future", follows(issued, today)],
      ["applicationReceivedOn", "application_after_card_issue", follows(input.applicationReceivedOn, issued)],
      [
        "certificateIssuedOn",
        "certificate_issued_before_card",
        issued ? precedes(certIssued, issued) : !(birth && input.cardExpiry) && precedes(certIssued, firstCards),
        issued ? undefined : { earliest: rules.firstCardsIssuedOn },
      ],
      ["certificateIssuedOn", "certificate_issued_before_birth", precedes(certIssued, birth)],
      ["certificateIssuedOn", "certificate_issued_after_card_expiry", follows(certIssued, input.cardExpiry)],
      ["certificateIssuedOn", "certificate_issued_in_future", follows(certIssued, today)],
      ["certificateIssuedOn", "certificate_issued_after_expiry", follows(certIssued, input.certificateExpiry)],
      ["cardExpiry", "card_expiry_not_after_birth", !!input.cardExpiry && !!birth && !isAfter(input.cardExpiry, birth)],
      [
        "cardExpiry",
        "card_expiry_not_after_issue",
        !!input.cardExpiry && !!issued && !isAfter(input.cardExpiry, issued),
      ],
      [
        "certificateExpiry",
        "certificate_expiry_not_after_birth",
        !!input.certificateExpiry && !!birth && !isAfter(input.certificateExpiry, birth),
      ],
      ["certificateExpiry", "certificate_outlives_card", follows(input.certificateExpiry, input.cardExpiry)],
      ["periodOfStayEndsOn", "stay_ends_before_card_issue", precedes(input.periodOfStayEndsOn, issued)],
      ["periodOfStayEndsOn", "stay_ends_before_card_expiry", precedes(input.periodOfStayEndsOn, input.cardExpiry)],
    ];
    return checks
      .filter(([, , failed]) => failed)
      .map(([field, code, , params]) => (params ? { field, code, params } : { field, code }));
  }

  // Dates from a narrow span so that equal dates (every boundary) come up often, and a wide one.
  const date = fc.oneof(
    fc.integer({ min: 0, max: 6 }).map((n) => plainDate("2015-12-29").addDays(n)),
    fc.integer({ min: 0, max: 60_000 }).map((n) => plainDate("1930-01-01").addDays(n)),
  );
  const input = fc.record(
    {
      birthDate: date,
      cardIssuedOn: date,
      cardExpiry: date,
      certificateExpiry: date,
      certificateIssuedOn: date,
      applicationReceivedOn: date,
      periodOfStayEndsOn: date,
    },
    { requiredKeys: [] },
  );
  it("on any combination of the seven dates (20,000 runs), with the other rule set's first day too", () => {
    const later: RuleSet = { ...CARD_2016, firstCardsIssuedOn: "2016-01-03" } as unknown as RuleSet;
    fc.assert(
      fc.property(input, date, fc.boolean(), (given, today, other) => {
        const rules = other ? later : CARD_2016;
        expect(checkInput(given, today, rules)).toStrictEqual(tableOfChecks(given, today, rules));
      }),
      { numRuns: 20_000 },
    );
  });
});
