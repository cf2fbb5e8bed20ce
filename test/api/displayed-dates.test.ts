// Closing-note-7 6b (R-PARSE-1): a date as this site writes it in another language, pasted back
// into the API, is read as that day; its weekday, when it is not the date's own, is a 400 naming
// both sides in the request's language. The Japanese holiday mark （月・祝） is read too.
import { describe, expect, it } from "vitest";
import { api, postJson, problemOf } from "./helpers";

const TODAY = "2026-12-02";

describe("POST /api/v1/evaluate with the site's own dates in other languages", () => {
  it.each([
    ["en", "Sunday 10 January 2027", "2027-01-10"],
    ["en", "10 January 2027 (Reiwa 9)", "2027-01-10"],
    ["ko", "2027년 1월 10일 일요일", "2027-01-10"],
    ["vi", "Chủ Nhật, 10 tháng 1 năm 2027", "2027-01-10"],
    ["pt-BR", "domingo, 10 de janeiro de 2027", "2027-01-10"],
    ["tl", "Linggo, Enero 10, 2027", "2027-01-10"],
    ["ne", "2027 जनवरी 10, आइतबार", "2027-01-10"],
    ["zh-Hans", "2027年1月10日星期日", "2027-01-10"],
    ["ja", "2027年1月11日（月・祝）", "2027-01-11"], // 成人の日
  ])("reads %s's %s", async (lang, certificateExpiry, iso) => {
    const res = await postJson("/api/v1/evaluate", { certificateExpiry, today: TODAY, lang });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { certificate: { expiresOn: string } }).certificate.expiresOn).toBe(iso);
  });

  it("refuses a weekday that is not the date's, naming both (en)", async () => {
    const res = await postJson("/api/v1/evaluate", {
      certificateExpiry: "Monday 10 January 2027",
      today: TODAY,
      lang: "en",
    });
    expect(res.status).toBe(400);
    const [error] = (await problemOf(res)).errors;
    expect(error).toMatchObject({ field: "certificateExpiry", code: "weekday_mismatch" });
    expect(error!.message).toContain("Sunday 10 January 2027");
    expect(error!.message).toContain("Monday");
  });

  it("reads the certificateExpiry query of GET /stage (vi, as printed)", async () => {
    const res = await api(
      `/api/v1/stage?certificateExpiry=${encodeURIComponent("10 tháng 1 năm 2027")}&today=${TODAY}`,
    );
    expect(res.status).toBe(200);
  });
});
