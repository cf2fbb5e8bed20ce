import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../../env.ts";
import { isJsonContentType, jsonBody } from "./index.ts";

const app = new Hono<AppEnv>().post("/", jsonBody({ maxBytes: 64, maxDepth: 3 }), (c) =>
  c.json({ body: c.get("body"), lang: c.get("lang") }),
);

const post = (body: BodyInit, contentType = "application/json", headers: Record<string, string> = {}) =>
  app.request("/", { method: "POST", body, headers: { "Content-Type": contentType, ...headers } });

const outcome = async (res: Response) => {
  const json = (await res.json()) as { errors?: { field: string; code: string }[] };
  return { status: res.status, errors: json.errors?.map(({ field, code }) => ({ field, code })) };
};

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ['Application/JSON; Charset="UTF-8"', true],
    ["application/problem+json", true],
    ["application/json; charset=iso-8859-1", false],
    ["text/plain", false],
    ["application/x-www-form-urlencoded", false],
    ["", false],
  ])("%s → %s", (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});

describe("jsonBody", () => {
  it("passes a JSON object on, with its lang", async () => {
    const res = await post('{"a":"b","lang":"en"}');
    expect(await res.json()).toStrictEqual({ body: { a: "b", lang: "en" }, lang: "en" });
  });

  it.each([
    [
      "wrong content type",
      () => post('{"a":1}', "text/plain"),
      { status: 415, errors: [{ field: "Content-Type", code: "unsupported_media_type" }] },
    ],
    [
      "a gzip-compressed body",
      () => post('{"a":1}', "application/json", { "Content-Encoding": "gzip" }),
      { status: 415, errors: [{ field: "Content-Encoding", code: "unsupported_content_encoding" }] },
    ],
    [
      "a declared length over the limit",
      () => post('{"a":1}', "application/json", { "Content-Length": "1000" }),
      { status: 413, errors: [{ field: "body", code: "body_too_large" }] },
    ],
    [
      "a body over the limit",
      () => post(JSON.stringify({ a: "x".repeat(100) })),
      { status: 413, errors: [{ field: "body", code: "body_too_large" }] },
    ],
    [
      "invalid UTF-8",
      () => post(new Uint8Array([0x7b, 0xff, 0x7d])),
      { status: 400, errors: [{ field: "body", code: "invalid_encoding" }] },
    ],
    ["an empty body", () => post(""), { status: 400, errors: [{ field: "body", code: "empty_body" }] }],
    ["malformed JSON", () => post('{"a":'), { status: 400, errors: [{ field: "body", code: "malformed_json" }] }],
    ["an array", () => post("[1,2]"), { status: 400, errors: [{ field: "body", code: "not_an_object" }] }],
    ["a string", () => post('"x"'), { status: 400, errors: [{ field: "body", code: "not_an_object" }] }],
    ["null", () => post("null"), { status: 400, errors: [{ field: "body", code: "not_an_object" }] }],
    ["deep nesting", () => post('{"a":[[[1]]]}'), { status: 400, errors: [{ field: "body", code: "too_deep" }] }],
  ])("refuses %s", async (_label, send, expected) => {
    expect(await outcome(await send())).toStrictEqual(expected);
  });

  it("says which content coding it takes, and reads an identity-coded body", async () => {
    const refused = await post('{"a":1}', "application/json", { "Content-Encoding": "br" });
    expect(refused.headers.get("Accept-Encoding")).toBe("identity");
    const identity = await post('{"a":"b"}', "application/json", { "Content-Encoding": "Identity" });
    expect(await identity.json()).toStrictEqual({ body: { a: "b" }, lang: "ja" });
  });

  it("words an error in Accept-Language's language, and once the body is read, in the body's", async () => {
    const lang = async (res: Response) => res.headers.get("Content-Language");
    const en = { "Accept-Language": "en" };
    await expect(lang(await post('{"a":', "application/json", en))).resolves.toBe("en");
    await expect(lang(await post('{"lang":"ja","a":[[[1]]]}', "application/json", en))).resolves.toBe("ja");
    await expect(lang(await post('{"lang":"en","a":[[[1]]]}'))).resolves.toBe("en");
  });

  it("answers 400, not 500, when the upload breaks off", async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.error(new Error("connection reset"));
      },
    });
    const res = await app.request("/", {
      method: "POST",
      body: broken,
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(await outcome(res)).toStrictEqual({ status: 400, errors: [{ field: "body", code: "body_unreadable" }] });
  });

  it("reads a body of a declared length at once, and refuses one longer than it says", async () => {
    const body = '{"a":"b"}';
    const declared = { "Content-Length": String(body.length) };
    const read = await post(body, "application/json", declared);
    expect(await read.json()).toStrictEqual({ body: { a: "b" }, lang: "ja" });
    // A Request made in code is not held to its Content-Length as one read from a connection is.
    const longer = await post(JSON.stringify({ a: "x".repeat(100) }), "application/json", declared);
    expect(await outcome(longer)).toStrictEqual({ status: 413, errors: [{ field: "body", code: "body_too_large" }] });
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode('{"a":"' + "x".repeat(30)));
      },
    });
    const res = await app.request("/", {
      method: "POST",
      body: endless,
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });
});
