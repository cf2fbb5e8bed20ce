// Runs in Node (vitest project "unit"): the OpenAPI schema validator compiles JSON Schemas to
// code, which workerd forbids. The workerd tests (test/api/openapi.test.ts) check the rest.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import committed from "../../worker/openapi/openapi.json";
import { buildOpenApiDocument } from "./document.ts";

describe("worker/openapi/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const validator = new Validator();
    const result = await validator.validate(committed);
    expect(result.errors ?? []).toStrictEqual([]);
    expect([result.valid, validator.version]).toStrictEqual([true, "3.1"]);
  });

  it("is up to date with the valibot schemas (else run npm run openapi)", () => {
    expect(JSON.parse(JSON.stringify(buildOpenApiDocument()))).toStrictEqual(committed);
  });
});
