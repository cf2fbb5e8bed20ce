// `openapi-typescript`, as API users run it on the document (issue 12): it generates types
// without a warning, and those types compile strictly and describe the API as it answers (a
// compact batch result, a problem, the 429's Retry-After), so a caller's code written against
// them type-checks and a wrong stage does not.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const documentPath = fileURLToPath(new URL("../../site/public/api/v1/openapi.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "myna-openapi-ts-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a caller writes against the generated types; `@ts-expect-error` lines must be errors. */
const CALLER = `
import type { components, paths } from "./api";
type Batch = paths["/api/v1/evaluate/batch"]["post"];
type Compact = components["schemas"]["CompactEvaluation"];

export const body: Batch["requestBody"]["content"]["application/json"] = {
  texts: false,
  items: [{ certificateExpiry: "2026-03-15" }, { birthDate: "S60.11.14", cardExpiry: "2031-11-14", today: "2026-01-10" }],
};
export function describe(result: Batch["responses"][200]["content"]["application/json"]["results"][number]): string {
  if ("error" in result) return result.error.errors[0]?.code ?? result.error.title;
  const compact = result as Compact;
  return compact.stage + " " + compact.certificate.expiresOn + " " + compact.certificate.lastCounterDay;
}
export const waitSeconds: Batch["responses"][429]["headers"]["Retry-After"] = 60;
// @ts-expect-error not a stage
export const wrong: Compact["stage"] = "expired";
// @ts-expect-error a top-level today is not part of a batch body
export const misplaced: Batch["requestBody"]["content"]["application/json"] = { items: [], today: "2026-01-10" };
`;

describe("openapi-typescript on site/public/api/v1/openapi.json", () => {
  it("generates types that compile strictly and fit a caller's code", async () => {
    const document = JSON.parse(readFileSync(documentPath, "utf8"));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(" "));
    let types: string;
    try {
      types = astToString(await openapiTS(document, { silent: false }));
    } finally {
      console.warn = warn;
    }
    expect(warnings).toStrictEqual([]);
    expect(types).toMatch(/CompactEvaluation: \{/);
    writeFileSync(join(dir, "api.ts"), types);
    writeFileSync(join(dir, "caller.ts"), CALLER);

    const program = ts.createProgram([join(dir, "caller.ts")], {
      strict: true,
      noEmit: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName.split("/").pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(diagnostics).toStrictEqual([]);
  }, 60_000);
});
