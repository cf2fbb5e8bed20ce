import { describe, expect, it } from "vitest";
import { api, errorCodes, postJson } from "./helpers.ts";

const EVALUATE = "/api/v1/evaluate";

describe("POST /api/v1/evaluate", () => {
  it("answers from the certificate expiry alone, with no-store", async () => {
    const res = await postJson(EVALUATE, { certificateExpiry: "2026-03-15", today: "2026-01-10" });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = (await res.json()) as { stage: string; route: string };
    expect([body.stage, body.route]).toStrictEqual(["renewal", "certificateExpiry"]);
  });

  it("answers from birth date (和暦) and the printed card expiry", async () => {
    const res = await postJson(EVALUATE, {
      birthDate: "昭和60年11月14日",
      cardExpiry: "2031-11-14",
      today: "2026-01-10",
      lang: "en",
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      route: string;
      card: { expiresOn: string };
      lang: string;
      certificate: { expiresOn: string };
    };
    expect([body.route, body.card.expiresOn, body.lang]).toStrictEqual(["cardFace", "2031-11-14", "en"]);
    expect(body.certificate.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("answers from birth date and card issue date", async () => {
    const res = await postJson(EVALUATE, { birthDate: "1990-04-10", cardIssuedOn: "2020-04-10", today: "2026-01-10" });
    const body = (await res.json()) as { route: string; card: { expiresOn: string; validityYears: number } };
    expect([res.status, body.route, body.card.expiresOn, body.card.validityYears]).toStrictEqual([
      200,
      "cardIssue",
      "2030-04-10",
      10,
    ]);
  });

  it("same input, same today → identical bytes", async () => {
    const question = { birthDate: "1985-11-14", cardExpiry: "2031-11-14", today: "2026-01-10" };
    const a = await (await postJson(EVALUATE, question)).text();
    const b = await (await postJson(EVALUATE, question)).text();
    expect(b).toBe(a);
  });

  it.each([
    ["an empty object", {}, [{ field: "certificateExpiry", code: "missing_input" }]],
    ["a number for a date", { certificateExpiry: 20260315 }, [{ field: "certificateExpiry", code: "not_a_string" }]],
    [
      "an object for a date",
      { birthDate: { year: 1990 }, cardExpiry: "2031-11-14" },
      [{ field: "birthDate", code: "not_a_string" }],
    ],
    [
      "an unknown field",
      { certificateExpiry: "2026-03-15", nickname: "x" },
      [{ field: "nickname", code: "unknown_field" }],
    ],
    [
      "a birth date in the future (R-INPUT-1)",
      { birthDate: "2030-01-01", cardExpiry: "2040-01-01", today: "2026-01-10" },
      [{ field: "birthDate", code: "birth_date_in_future" }],
    ],
    [
      "a control character",
      { certificateExpiry: "2026-03-15\n" },
      [{ field: "certificateExpiry", code: "control_character" }],
    ],
    [
      "an unsupported lang",
      { certificateExpiry: "2026-03-15", lang: "de" },
      [{ field: "lang", code: "unsupported_lang" }],
    ],
  ])("refuses %s with 400 naming the field", async (_label, body, errors) => {
    expect(await errorCodes(await postJson(EVALUATE, body))).toStrictEqual({ status: 400, errors });
  });

  it.each([
    ["malformed JSON", '{"certificateExpiry": "2026-03-15"', 400, [{ field: "body", code: "malformed_json" }]],
    ["an empty body", "", 400, [{ field: "body", code: "empty_body" }]],
    ["an array", '[{"certificateExpiry":"2026-03-15"}]', 400, [{ field: "body", code: "not_an_object" }]],
    [
      "deep nesting",
      '{"birthDate":' + "[".repeat(50_000) + "]".repeat(50_000) + "}",
      413,
      [{ field: "body", code: "body_too_large" }],
    ],
    ["moderate nesting", '{"birthDate":[[[[["x"]]]]]}', 400, [{ field: "body", code: "too_deep" }]],
    [
      "a 17 KiB body",
      JSON.stringify({ certificateExpiry: "2026-03-15", pad: "x".repeat(17 * 1024) }),
      413,
      [{ field: "body", code: "body_too_large" }],
    ],
  ])("refuses %s", async (_label, body, status, errors) => {
    expect(await errorCodes(await postJson(EVALUATE, body))).toStrictEqual({ status, errors });
  });

  it("refuses a body that is not JSON with 415", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await api(EVALUATE, {
        method: "POST",
        headers: { "Content-Type": contentType },
        body: "certificateExpiry=2026-03-15",
      });
      expect(await errorCodes(res)).toStrictEqual({
        status: 415,
        errors: [{ field: "Content-Type", code: "unsupported_media_type" }],
      });
    }
    const none = await api(EVALUATE, { method: "POST", body: new Uint8Array([123, 125]) });
    expect(none.status).toBe(415);
  });

  it("speaks the body's lang in errors, else Accept-Language", async () => {
    const en = (await (await postJson(EVALUATE, { certificateExpiry: "x", lang: "en" })).json()) as { title: string };
    expect(en.title).toBe("Check the input");
    const header = (await (await postJson(EVALUATE, "{", { "Accept-Language": "en" })).json()) as { title: string };
    expect(header.title).toBe("The request body cannot be read");
  });

  it("refuses GET with 405 and Allow: POST, OPTIONS", async () => {
    const res = await api(EVALUATE);
    expect([res.status, res.headers.get("Allow")]).toStrictEqual([405, "POST, OPTIONS"]);
  });
});
