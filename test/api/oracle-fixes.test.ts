// The oracle's findings (session 7, O1–O7) as a client sees the fixed answers in workerd.
import { describe, expect, it } from "vitest";
import { postJson } from "./helpers.ts";

const EVALUATE = "/api/v1/evaluate";

interface Body {
  signatureCertificate: { bound: string } | null;
  capabilities: { eTaxSignature: boolean | null };
}

describe("the oracle's findings through POST /api/v1/evaluate", () => {
  it("O1 R-CERT-6 / R-INFER-6: a stay-limited face card of a holder 15 on 2016-01-01 has one (exact); under 15, none", async () => {
    const adult = (await (
      await postJson(EVALUATE, { birthDate: "1980-05-05", cardExpiry: "2027-03-31", today: "2026-12-02" })
    ).json()) as Body;
    const child = (await (
      await postJson(EVALUATE, { birthDate: "2015-05-05", cardExpiry: "2027-03-31", today: "2026-12-02" })
    ).json()) as Body;
    expect([adult.signatureCertificate?.bound, adult.capabilities.eTaxSignature]).toStrictEqual(["exact", true]);
    expect([child.signatureCertificate, child.capabilities.eTaxSignature]).toStrictEqual([null, false]);
  });

  it("O2 R-INFER-3: a typed certificateExpiry stays in the other card reading (thresholdTransition)", async () => {
    const body = (await (
      await postJson(EVALUATE, {
        birthDate: "2003-07-10",
        cardIssuedOn: "2022-07-01",
        certificateExpiry: "2024-08-01",
        today: "2026-12-02",
      })
    ).json()) as {
      caveats: { code: string; alternatives: { certificateExpiresOn?: string; cardExpiresOn?: string }[] }[];
    };
    const alt = body.caveats.find((c) => c.code === "thresholdTransition")?.alternatives[0];
    expect([alt?.certificateExpiresOn, alt?.cardExpiresOn]).toStrictEqual(["2024-08-01", "2031-07-10"]);
  });

  type Answer = {
    certificate: { noticeExpectedFrom: string | null };
    caveats: { code: string; alternatives: { certificateExpiresOn?: string; stage?: string }[] }[];
  };
  const answer = async (input: Record<string, string>) => (await (await postJson(EVALUATE, input)).json()) as Answer;
  const caveat = (body: Answer, code: string) => body.caveats.find((c) => c.code === code);

  it("O3 R-INFER-3 inside the other card; O6 none when both cards end with the stay", async () => {
    const o3 = await answer({ birthDate: "2003-07-10", cardIssuedOn: "2022-07-01", today: "2026-12-02" });
    expect(caveat(o3, "thresholdTransition")?.alternatives[0]).toMatchObject({
      certificateExpiresOn: "2031-07-10",
      stage: "valid",
    });
    const o6 = await answer({
      birthDate: "2002-04-21",
      cardIssuedOn: "2022-04-03",
      periodOfStayEndsOn: "2024-12-18",
      today: "2036-09-21",
    });
    expect(caveat(o6, "thresholdTransition")).toBeUndefined();
  });

  it("O4/O7 R-INFER-6: periodOfStay without a guess when a certificate date is typed; O5 R-RENEW-3: the letter", async () => {
    const o4 = await answer({
      birthDate: "2011-02-02",
      cardExpiry: "2026-01-26",
      certificateExpiry: "2022-02-27",
      today: "2028-02-11",
    });
    const o7 = await answer({
      birthDate: "2025-12-27",
      cardExpiry: "2030-11-30",
      certificateIssuedOn: "2030-09-30",
      today: "2031-12-14",
    });
    for (const body of [o4, o7]) expect(caveat(body, "periodOfStay")?.alternatives).toStrictEqual([]);
    const o5 = await answer({
      birthDate: "1995-01-25",
      cardIssuedOn: "2023-04-10",
      periodOfStayEndsOn: "2026-07-10",
      certificateExpiry: "2025-10-14",
      today: "2028-06-08",
    });
    expect(o5.certificate.noticeExpectedFrom).not.toBeNull();
  });
});
