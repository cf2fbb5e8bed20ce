// Runs in Node (vitest project "unit"): the OpenAPI schema validator compiles JSON Schemas to
// code, which workerd forbids. The workerd tests (test/api/openapi.test.ts) check the rest.
import { readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import committed from "../../site/public/api/v1/openapi.json";
import { buildOpenApiDocument } from "./document.ts";

const file = new URL("../../site/public/api/v1/openapi.json", import.meta.url);

describe("site/public/api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(committed);
    expect(result.errors ?? []).toStrictEqual([]);
    expect([result.valid, validator.version]).toStrictEqual([true, "3.1"]);
  });

  it("is up to date with the valibot schemas (else run npm run openapi)", () => {
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument()))).toStrictEqual(committed);
  });

  it("holds exactly the bytes the generator writes, which the route serves as they are", () => {
    // One line of JSON.stringify: what GET /api/v1/openapi.json answered when the Worker
    // serialised the document itself, so its ETag did not change with the move to the assets.
    expect(readFileSync(file, "utf8")).toBe(JSON.stringify(buildOpenApiDocument()));
  });
});
