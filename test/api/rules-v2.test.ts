// Rules v2 over HTTP (issue 9): the renewal question's fields, the impossible-face error and the
// R-PARSE-3 note, as a client sees them in workerd.
import { describe, expect, it } from "vitest";
import { postJson } from "./helpers.ts";

const EVALUATE = "/api/v1/evaluate";

describe("rules v2 through POST /api/v1/evaluate", () => {
  it("R-INFER-3 (V1): the same answer on both routes, with the question and both readings", async () => {
    const face = await (
      await postJson(EVALUATE, { birthDate: "昭和55年7月1日", cardExpiry: "2031年7月1日まで有効", today: "2026-07-14" })
    ).json();
    const issue = await (
      await postJson(EVALUATE, { birthDate: "1980-07-01", cardIssuedOn: "2021-08-01", today: "2026-07-14" })
    ).json();
    for (const body of [face, issue] as {
      stage: string;
      certificate: { basis: string };
      caveats: { code: string; question?: unknown }[];
      text: { stage: string };
    }[]) {
      expect([body.stage, body.certificate.basis]).toStrictEqual(["grace", "firstCertificate"]);
      expect(body.caveats[0]).toMatchObject({
        code: "renewalUnknown",
        question: {
          renewedOnOrAfter: "2026-04-02",
          ifYes: { certificateExpiry: "2031-07-01" },
          ifNo: { certificateExpiry: "2026-07-01" },
        },
      });
      expect(body.text.stage).toMatch(
        /^2026年4月2日（木）以降に窓口で電子証明書を更新・再発行していない場合の答えです。/,
      );
    }
  });

  it("R-INFER-1 (V6): an impossible face is a 400 on cardExpiry saying the age", async () => {
    const res = await postJson(EVALUATE, { birthDate: "2000-06-01", cardExpiry: "2028-06-01", today: "2026-06-01" });
    const body = (await res.json()) as { errors: { field: string; code: string; message: string }[] };
    expect([res.status, body.errors[0]?.field, body.errors[0]?.code]).toStrictEqual([
      400,
      "cardExpiry",
      "impossible_card_age",
    ]);
    expect(body.errors[0]?.message).toContain(
      "有効期限の日に28歳になるのは、2022年4月以降に18歳で発行された10年のカードだけで、その有効期限は2031年4月2日（水）以降です。",
    );
  });

  it("R-INPUT-1 (V8): certificate_issued_before_card names the earliest issue day", async () => {
    const res = await postJson(EVALUATE, {
      birthDate: "1985-11-14",
      cardExpiry: "2031-11-14",
      certificateIssuedOn: "2021-11-13",
      lang: "en",
    });
    const body = (await res.json()) as { errors: { code: string; message: string }[] };
    expect(body.errors[0]?.code).toBe("certificate_issued_before_card");
    expect(body.errors[0]?.message).toContain("14 November 2021");
  });

  it("R-PARSE-3: 平成31年5月1日 is accepted as 2019-05-01 with a note naming 令和元年5月1日", async () => {
    const res = await postJson(EVALUATE, { certificateExpiry: "平成31年5月1日", today: "2019-01-10" });
    const body = (await res.json()) as {
      certificate: { expiresOn: string };
      inputNotes: unknown[];
      text: { inputNotes: string[] };
    };
    expect([res.status, body.certificate.expiresOn]).toStrictEqual([200, "2019-05-01"]);
    expect(body.inputNotes).toStrictEqual([
      { field: "certificateExpiry", code: "past_era_end", date: "2019-05-01", wareki: "令和元年5月1日" },
    ]);
    expect(body.text.inputNotes).toStrictEqual([
      "電子証明書の有効期限は、元号が変わった後の日付なので、令和元年5月1日（2019年5月1日（水））として読みました。",
    ]);
    const far = await postJson(EVALUATE, { certificateExpiry: "平成45年1月1日" });
    expect(far.status).toBe(400);
  });
});
