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
});
