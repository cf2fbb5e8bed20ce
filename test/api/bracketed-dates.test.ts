// Review7 #2 (R-PARSE-1): dates as the site, letters and calendars write them, through the
// Worker: a bracketed weekday or other-calendar year that agrees is read like the plain date; one
// that disagrees is a 400 problem naming both sides in the request's language, also in a batch
// item and in a language loaded on demand (ko), and the certificateExpiry query of GET /stage.
import { describe, expect, it } from "vitest";
import { api, postJson, problemOf } from "./helpers";

const TODAY = "2026-12-02";

describe("POST /api/v1/evaluate with bracketed dates", () => {
  it.each([
    "2027年1月10日（日）",
    "令和9年1月10日（日曜日）",
    "令和9年（2027年）1月10日（日）",
    "2027年1月10日（令和9年）",
    "= 2027年1月10日（令和9年）",
  ])("reads %s as 2027-01-10", async (certificateExpiry) => {
    const res = await postJson("/api/v1/evaluate", { certificateExpiry, today: TODAY });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { certificate: { expiresOn: string } }).certificate.expiresOn).toBe("2027-01-10");
  });

  it("refuses a weekday that is not the date's, naming both (ja)", async () => {
    const res = await postJson("/api/v1/evaluate", { certificateExpiry: "2027年1月10日（月）", today: TODAY });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors).toStrictEqual([
      {
        field: "certificateExpiry",
        code: "weekday_mismatch",
        message:
          "電子証明書の有効期限の曜日が日付と合いません。2027年1月10日（日）ですが、月曜日と書かれています。日付と曜日を確かめて、入力し直してください。",
        params: { date: "2027-01-10", weekday: "1" }, // what the message names, unworded (0 = Sunday)
      },
    ]);
  });

  it("refuses a year that is not the date's, in the request's language (en, ko)", async () => {
    const en = await postJson("/api/v1/evaluate", { certificateExpiry: "令和9年（2026年）1月10日", lang: "en" });
    expect((await problemOf(en)).errors).toStrictEqual([
      {
        field: "certificateExpiry",
        code: "year_mismatch",
        message:
          "The certificate expiry date does not match the year in brackets (2026年): the date is 10 January 2027 (Reiwa 9). Check which year is right, and enter the date again.",
        params: { year: "2026年", dateWithEra: "2027-01-10" },
      },
    ]);
    const ko = await postJson("/api/v1/evaluate", {
      birthDate: "1954年1月10日（昭和30年）",
      cardExpiry: "2032-01-10",
      lang: "ko",
    });
    const [error] = (await problemOf(ko)).errors;
    expect(error).toMatchObject({ field: "birthDate", code: "year_mismatch" });
    expect(error!.message).toContain("昭和30年");
    expect(error!.message).toContain("1954년 1월 10일(쇼와 29년)");
  });

  it("says the same in a batch item", async () => {
    const res = await postJson("/api/v1/evaluate/batch", {
      items: [
        { certificateExpiry: "2027/1/10(日)", today: TODAY },
        { certificateExpiry: "2027/1/10(土)", today: TODAY },
      ],
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as {
      results: { certificate?: { expiresOn: string }; index?: number; error?: { errors: { code: string }[] } }[];
    };
    expect(results[0]!.certificate?.expiresOn).toBe("2027-01-10");
    expect([results[1]!.index, results[1]!.error?.errors.map((e) => e.code)]).toStrictEqual([1, ["weekday_mismatch"]]);
  });
});

describe("GET /api/v1/stage with a bracketed date", () => {
  it("reads an agreeing weekday and refuses a wrong one", async () => {
    const q = (date: string) => `/api/v1/stage?certificateExpiry=${encodeURIComponent(date)}&today=${TODAY}`;
    expect((await api(q("2027年1月10日（日）"))).status).toBe(200);
    const res = await api(q("2027年1月10日（水）"));
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors.map((e) => e.code)).toStrictEqual(["weekday_mismatch"]);
  });
});
