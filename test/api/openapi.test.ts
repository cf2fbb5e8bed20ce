import { env } from "cloudflare:test";
import { Validator } from "@cfworker/json-schema";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "../../scripts/openapi/document.ts";
import committed from "../../site/public/api/v1/openapi.json";
import { entityTag } from "../../worker/middleware/cache/index.ts";
import { OPENAPI_ASSET_PATH, openapi } from "../../worker/routes/openapi.ts";
import { api, postJson } from "./helpers.ts";

type Document = ReturnType<typeof buildOpenApiDocument>;

async function served(): Promise<Document> {
  const res = await api("/api/v1/openapi.json");
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
  return (await res.json()) as Document;
}

/** A validator for one component, resolving `#/components/...` against the whole document. */
function validatorFor(document: Document, component: string): Validator {
  return new Validator(
    { $ref: `#/components/schemas/${component}`, components: document.components } as never,
    "2020-12",
    false,
  );
}

function expectValid(validator: Validator, value: unknown) {
  const result = validator.validate(value);
  expect(result.valid ? [] : result.errors.slice(0, 5)).toStrictEqual([]);
}

describe("GET /api/v1/openapi.json", () => {
  it("serves the committed document, which is what the schemas generate now (else: npm run openapi)", async () => {
    const document = await served();
    expect(document).toStrictEqual(committed);
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument()))).toStrictEqual(committed);
  });

  it("is the file of the static assets, byte for byte, with the API's headers and not the asset's", async () => {
    // The API tests' ASSETS binding serves site/public (vitest.config.ts), where the generator
    // writes the document; the built site (site/dist) holds a copy of it.
    const asset = await env.ASSETS!.fetch(new Request(`https://myna.test${OPENAPI_ASSET_PATH}`));
    const bytes = await asset.text();
    expect(bytes).toBe(JSON.stringify(buildOpenApiDocument()));
    const res = await api("/api/v1/openapi.json", { headers: { Origin: "https://a.example" } });
    expect(await res.text()).toBe(bytes);
    // The headers of the answer when the Worker held the document in its bundle (main at 973af07).
    expect(Object.fromEntries(res.headers)).toStrictEqual({
      "access-control-allow-origin": "*",
      "access-control-expose-headers": "ETag, Retry-After, Content-Disposition, Content-Language",
      "cache-control": "public, max-age=3600",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "content-type": "application/json; charset=utf-8",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-resource-policy": "cross-origin",
      etag: await entityTag(new TextEncoder().encode(bytes).buffer as ArrayBuffer),
      "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      "referrer-policy": "no-referrer",
      "strict-transport-security": "max-age=63072000; includeSubDomains",
      vary: "Accept-Encoding",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "x-robots-tag": "noindex",
    });
    const head = await api("/api/v1/openapi.json", { method: "HEAD" });
    expect([head.status, await head.text(), head.headers.get("ETag")]).toStrictEqual([
      200,
      "",
      res.headers.get("ETag"),
    ]);
  });

  it("answers 500 internal, not a document, when the assets lack the file (a server without its built site)", async () => {
    const requested: string[] = [];
    const missing = {
      fetch: async (request: Request) => {
        requested.push(new URL(request.url).pathname);
        return new Response("Not found", { status: 404 });
      },
    };
    for (const bindings of [{ ASSETS: missing }, {}]) {
      const res = await openapi.request("https://myna.test/openapi.json", {}, bindings);
      expect(res.status).toBe(500);
      expect(res.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect(((await res.json()) as { errors: { code: string }[] }).errors.map((e) => e.code)).toStrictEqual([
        "internal_error",
      ]);
    }
    expect(requested).toStrictEqual([OPENAPI_ASSET_PATH]);
  });

  it("is OpenAPI 3.1 with every path of the contract and the schemas it references", async () => {
    const document = await served();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toStrictEqual(
      [
        "/healthz",
        "/api/v1/stage",
        "/api/v1/evaluate",
        "/api/v1/evaluate/batch",
        "/api/v1/calendar.ics",
        "/api/v1/badge.svg",
        "/api/v1/openapi.json",
      ].sort(),
    );
    expect(Object.keys(document.components.schemas).sort()).toStrictEqual([
      "BatchBody",
      "BatchResponse",
      "CompactEvaluation",
      "EvaluateBody",
      "Evaluation",
      "Problem",
    ]);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(Object.keys(document.components.schemas)).toContain(ref);
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => (op as { operationId: string }).operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("documents the request fields of the contract, from the valibot schemas", async () => {
    const document = await served();
    const body = document.components.schemas.EvaluateBody as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(body.properties)).toStrictEqual([
      "certificateExpiry",
      "birthDate",
      "cardExpiry",
      "cardIssuedOn",
      "applicationReceivedOn",
      "certificateIssuedOn",
      "periodOfStayEndsOn",
      "today",
      "lang",
    ]);
    expect(body.additionalProperties).toBe(false);
    const stage = document.paths["/api/v1/stage"].get.parameters as { name: string; in: string; required: boolean }[];
    expect(stage.map(({ name, in: where, required }) => ({ name, where, required }))).toStrictEqual([
      { name: "certificateExpiry", where: "query", required: true },
      { name: "today", where: "query", required: false },
      { name: "lang", where: "query", required: false },
    ]);
  });
});

describe("real responses match the documented schemas", () => {
  it("stage and evaluate answers are Evaluations", async () => {
    const validator = validatorFor(await served(), "Evaluation");
    const answers = [
      await api("/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10"),
      await api("/api/v1/stage?certificateExpiry=2026-03-15&today=2026-07-01&lang=en"),
      await postJson("/api/v1/evaluate", {
        birthDate: "昭和60年11月14日",
        cardExpiry: "2031-11-14",
        today: "2026-01-10",
      }),
      await postJson("/api/v1/evaluate", {
        birthDate: "2012-05-05",
        cardIssuedOn: "2020-06-01",
        today: "2026-01-10",
        lang: "ja-easy",
      }),
    ];
    for (const res of answers) {
      expect(res.status).toBe(200);
      expectValid(validator, await res.json());
    }
  });

  it("batch answers are BatchResponses, errors included", async () => {
    const validator = validatorFor(await served(), "BatchResponse");
    const items = [
      { certificateExpiry: "2026-03-15" },
      { birthDate: "1985-11-14", cardExpiry: "2031-11-14" },
      { certificateExpiry: "x" },
      5,
    ];
    expectValid(validator, await (await postJson("/api/v1/evaluate/batch", { items })).json());
    const compact = (await (await postJson("/api/v1/evaluate/batch", { texts: false, items })).json()) as {
      results: unknown[];
    };
    expectValid(validator, compact);
    const compactValidator = validatorFor(await served(), "CompactEvaluation");
    for (const result of compact.results.slice(0, 2)) expectValid(compactValidator, result);
  });

  it("errors are Problems, with documented codes only", async () => {
    const validator = validatorFor(await served(), "Problem");
    let problem: unknown;
    for (const res of [
      await api("/api/v1/stage"),
      await api("/api/nope"),
      await postJson("/api/v1/evaluate", "{"),
      await api("/api/v1/evaluate"),
    ]) {
      problem = await res.json();
      expectValid(validator, problem);
    }
    const undocumented = { ...(problem as object), errors: [{ field: "body", code: "no_such_code", message: "x" }] };
    expect(validator.validate(undocumented).valid).toBe(false);
  });

  it("documents the statuses the GET questions really answer, 414 included", async () => {
    const document = (await served()) as unknown as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    const long = `certificateExpiry=2026-03-15&lang=${"x".repeat(3_000)}`;
    for (const path of ["/api/v1/stage", "/api/v1/calendar.ics", "/api/v1/badge.svg"]) {
      const res = await api(`${path}?${long}`);
      expect(res.status).toBe(414);
      expect(Object.keys(document.paths[path]!.get.responses)).toContain("414");
    }
  });

  it("the example bodies validate against the request schemas", async () => {
    const document = await served();
    expectValid(validatorFor(document, "EvaluateBody"), {
      birthDate: "昭和60年11月14日",
      cardExpiry: "2031-11-14",
      lang: "en",
    });
    expectValid(validatorFor(document, "BatchBody"), { items: [{ certificateExpiry: "R8.3.15" }] });
    expect(validatorFor(document, "EvaluateBody").validate({ nickname: "x" }).valid).toBe(false);
  });

  // What "Try it out" sends: each operation's request examples, and each date field's examples
  // (so no example is a date the API refuses, or a baby's birth date), answered 200.
  it("the documented request examples are answered, each with 200", async () => {
    const document = await served();
    type Op = { requestBody: { content: Record<string, { examples: Record<string, { value: unknown }> }> } };
    for (const path of ["/api/v1/evaluate", "/api/v1/evaluate/batch"] as const) {
      const examples = Object.values(
        (document.paths[path]!.post as Op).requestBody.content["application/json"]!.examples,
      );
      expect(examples.length).toBeGreaterThan(1);
      for (const { value } of examples) {
        const res = await postJson(path, value);
        expect([path, value, res.status]).toStrictEqual([path, value, 200]);
        if (path.endsWith("/batch"))
          for (const result of ((await res.json()) as { results: object[] }).results)
            expect(result).not.toHaveProperty("error");
      }
    }
    const fields = (document.components.schemas.EvaluateBody as { properties: Record<string, { examples?: string[] }> })
      .properties;
    const birthDates = fields.birthDate!.examples!;
    for (const birthDate of birthDates) {
      const res = await postJson("/api/v1/evaluate", { birthDate, cardExpiry: fields.cardExpiry!.examples![0] });
      expect([birthDate, res.status]).toStrictEqual([birthDate, 200]);
    }
    for (const [field, { examples = [] }] of Object.entries(fields))
      for (const example of examples) {
        const res = await postJson("/api/v1/evaluate", { certificateExpiry: "2026-03-15", [field]: example });
        // Each example reads as a date (a combination may still be refused as a whole, never a field's date).
        const errors = res.ok ? [] : ((await res.json()) as { errors: { field: string; code: string }[] }).errors;
        expect(errors.filter((e) => e.field === field && /date|unrecognised|format/.test(e.code))).toStrictEqual([]);
      }
  });
});
