import { describe, expect, it } from "vitest";
import { api, errorCodes, problemOf } from "./helpers.ts";

const STAGE = "/api/v1/stage";

describe("GET /api/v1/stage", () => {
  it("answers the contract's fields for the leaflet's example", async () => {
    const res = await api(`${STAGE}?certificateExpiry=2026-03-15&today=2026-01-10`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json");
    const body = (await res.json()) as Record<string, unknown>;
    expect({
      today: body.today,
      stage: body.stage,
      certificate: body.certificate,
      card: body.card,
      signatureCertificate: body.signatureCertificate,
    }).toStrictEqual({
      today: "2026-01-10",
      stage: "renewal",
      certificate: {
        expiresOn: "2026-03-15",
        renewalOpensOn: "2025-12-16",
        graceEndsOn: "2026-06-30",
        noticeExpectedFrom: "2025-12-15",
        noticeExpectedTo: "2026-01-15",
        basis: "given",
        // R-COUNTER-1: 3/15 is a Sunday, 12/16 a Tuesday, 6/30 a Tuesday.
        lastCounterDay: "2026-03-13",
        firstCounterDay: "2025-12-16",
        graceLastCounterDay: "2026-06-30",
        // R-COUNTER-1: 「窓口へ」 a week before the last counter day.
        counterReminderDay: "2026-03-06",
      },
      card: null,
      signatureCertificate: { expiresOn: "2026-03-15", bound: "atMost" },
    });
    expect(body.lang).toBe("ja");
  });

  it.each([
    ["2025-12-15", "valid"],
    ["2025-12-16", "renewal"],
    ["2026-03-15", "renewal"],
    ["2026-03-16", "grace"],
    ["2026-06-30", "grace"],
    ["2026-07-01", "lapsed"],
  ])("on %s the stage is %s (R-INS-2, R-RENEW-1, R-INS-1)", async (today, stage) => {
    const res = await api(`${STAGE}?certificateExpiry=2026-03-15&today=${today}`);
    expect(((await res.json()) as { stage: string }).stage).toBe(stage);
  });

  it("accepts typed dates (R-PARSE-1) and answers ISO", async () => {
    const forms = ["令和8年3月15日", "R8.3.15", "２０２６／３／１５", "2026年3月15日"];
    for (const form of forms) {
      const res = await api(
        `${STAGE}?certificateExpiry=${encodeURIComponent(form)}&today=${encodeURIComponent("令和8年1月10日")}`,
      );
      const body = (await res.json()) as { today: string; certificate: { expiresOn: string } };
      expect([res.status, body.today, body.certificate.expiresOn]).toStrictEqual([200, "2026-01-10", "2026-03-15"]);
    }
  });

  it("gives the same bytes for the same question (a pure function of input and day)", async () => {
    const a = await (await api(`${STAGE}?certificateExpiry=2026-03-15&today=2026-01-10`)).text();
    const b = await (await api(`${STAGE}?today=2026-01-10&certificateExpiry=R8.3.15`)).text();
    expect(b).toBe(a);
  });

  it("defaults today to today in Tokyo", async () => {
    const tokyoDay = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const before = tokyoDay();
    const body = (await (await api(`${STAGE}?certificateExpiry=2026-03-15`)).json()) as { today: string };
    expect([before, tokyoDay()]).toContain(body.today);
  });

  it("speaks English with lang=en, or with Accept-Language: en", async () => {
    const explicit = await api(`${STAGE}?certificateExpiry=2026-03-15&today=2026-01-10&lang=en`);
    const negotiated = await api(`${STAGE}?certificateExpiry=2026-03-15&today=2026-01-10`, {
      headers: { "Accept-Language": "en-US,en;q=0.9" },
    });
    for (const res of [explicit, negotiated]) {
      const body = (await res.json()) as { lang: string; text: { stage: string } };
      expect(body.lang).toBe("en");
      expect(body.text.stage).toMatch(/renew/i);
      expect(res.headers.get("Content-Language")).toBe("en");
    }
  });

  it.each([
    ["no certificateExpiry", "", [{ field: "certificateExpiry", code: "required" }]],
    ["an impossible date", "certificateExpiry=2025-02-30", [{ field: "certificateExpiry", code: "not_a_real_date" }]],
    [
      "a date more than 10 years past its era (R-PARSE-3)",
      `certificateExpiry=${encodeURIComponent("平成45年1月1日")}`,
      [{ field: "certificateExpiry", code: "past_era_end" }],
    ],
    ["gibberish", "certificateExpiry=soon", [{ field: "certificateExpiry", code: "invalid_date" }]],
    [
      "an unknown parameter",
      "certificateExpiry=2026-03-15&birthDate=2000-01-01",
      [{ field: "birthDate", code: "unknown_field" }],
    ],
    [
      "an unsafe unknown name",
      "certificateExpiry=2026-03-15&%3Cscript%3E=1",
      [{ field: "(unnamed)", code: "unknown_field" }],
    ],
    ["an unsupported lang", "certificateExpiry=2026-03-15&lang=fr", [{ field: "lang", code: "unsupported_lang" }]],
    [
      "a repeated parameter",
      "certificateExpiry=2026-03-15&certificateExpiry=2026-04-01",
      [{ field: "certificateExpiry", code: "repeated_parameter" }],
    ],
    [
      "a control character",
      "certificateExpiry=2026-03-15%00",
      [{ field: "certificateExpiry", code: "control_character" }],
    ],
    ["an overlong value", `certificateExpiry=${"2".repeat(41)}`, [{ field: "certificateExpiry", code: "too_long" }]],
  ])("refuses %s with 400 naming the field", async (_label, query, errors) => {
    expect(await errorCodes(await api(`${STAGE}?${query}`))).toStrictEqual({ status: 400, errors });
  });

  it("writes error messages in the request's language, without echoing the input", async () => {
    const ja = await problemOf(await api(`${STAGE}?certificateExpiry=ZZ-not-a-date`));
    expect(ja.title).toBe("入力内容を確認してください");
    expect(ja.errors[0]!.message).toMatch(/電子証明書の有効期限/);
    const en = await problemOf(
      await api(`${STAGE}?certificateExpiry=ZZ-not-a-date`, { headers: { "Accept-Language": "en" } }),
    );
    expect(en.title).toBe("Check the input");
    for (const problem of [ja, en]) expect(JSON.stringify(problem)).not.toContain("ZZ-not-a-date");
  });

  it("answers 414 for an overlong query", async () => {
    const res = await api(`${STAGE}?certificateExpiry=2026-03-15&x=${"a".repeat(5_000)}`);
    expect(await errorCodes(res)).toStrictEqual({ status: 414, errors: [{ field: "query", code: "query_too_long" }] });
  });
});
