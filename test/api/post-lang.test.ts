// `lang` on a POST (contract.md: "`lang` (query or body)"): `?lang=` is honoured on
// /evaluate and /evaluate/batch, the body's `lang` wins when both are given, and any other query
// parameter is an error naming it, as an unknown body field is (review, 2026-12-02: both were
// silently ignored before, answering in Japanese). The precedence, as README and the OpenAPI
// document tell it: a batch item's lang, the body's, the query's, Accept-Language, ja.
import { describe, expect, it } from "vitest";
import { errorCodes, postJson } from "./helpers.ts";

const EVALUATE = "/api/v1/evaluate";
const BATCH = "/api/v1/evaluate/batch";
const ONE = { certificateExpiry: "2026-03-15", today: "2026-01-10" };

describe.each([
  ["evaluate", EVALUATE, ONE],
  ["batch", BATCH, { items: [ONE] }],
])("POST %s", (_, path, body) => {
  const langOf = async (res: Response) => {
    expect(res.status).toBe(200);
    const json = (await res.json()) as { lang?: string; results?: { lang: string }[] };
    return json.lang ?? json.results?.[0]?.lang;
  };

  it("answers in the query's lang", async () => {
    expect(await langOf(await postJson(`${path}?lang=en`, body))).toBe("en");
    expect(await langOf(await postJson(`${path}?lang=ne`, body, { "Accept-Language": "ko" }))).toBe("ne");
  });

  it("takes the body's lang over the query's", async () => {
    expect(await langOf(await postJson(`${path}?lang=en`, { ...body, lang: "vi" }))).toBe("vi");
  });

  it("takes the query's and the body's lang over Accept-Language", async () => {
    expect(await langOf(await postJson(path, { ...body, lang: "vi" }, { "Accept-Language": "ko" }))).toBe("vi");
    expect(await langOf(await postJson(`${path}?lang=tl`, body, { "Accept-Language": "ko" }))).toBe("tl");
  });

  it("refuses a body's lang we do not speak, worded in the query's lang", async () => {
    const res = await postJson(`${path}?lang=en`, { ...body, lang: "xx" }, { "Accept-Language": "ko" });
    expect(res.headers.get("Content-Language")).toBe("en");
    expect(await errorCodes(res)).toEqual({ status: 400, errors: [{ field: "lang", code: "unsupported_lang" }] });
  });

  it("words a body error in the query's lang", async () => {
    const res = await postJson(`${path}?lang=en`, "{");
    expect(res.status).toBe(400);
    expect(res.headers.get("Content-Language")).toBe("en");
  });

  it.each([
    ["an unknown parameter", "?foo=1", [{ field: "foo", code: "unknown_field" }]],
    ["a lang we do not speak", "?lang=xx", [{ field: "lang", code: "unsupported_lang" }]],
    ["a repeated lang", "?lang=en&lang=ja", [{ field: "lang", code: "repeated_parameter" }]],
    ["a lang and an unknown one", "?lang=en&today=2026-01-01", [{ field: "today", code: "unknown_field" }]],
  ])("refuses %s with 400 naming it", async (_, search, errors) => {
    const res = await postJson(path + search, body);
    expect(await errorCodes(res)).toEqual({ status: 400, errors });
  });

  it("words that error in the query's lang when it is one", async () => {
    const res = await postJson(`${path}?lang=en&foo=1`, body);
    expect(res.headers.get("Content-Language")).toBe("en");
  });
});

it("a batch item's own lang wins over the batch's, which wins over the query's", async () => {
  const res = await postJson(`${BATCH}?lang=en`, { lang: "vi", items: [ONE, { ...ONE, lang: "ko" }] });
  expect(res.status).toBe(200);
  const { results } = (await res.json()) as { results: { lang: string }[] };
  expect(results.map((result) => result.lang)).toStrictEqual(["vi", "ko"]);
});
