// `redocly lint` with its recommended rules, as API users run it on the document (issue 12):
// no errors and no warnings (e.g. `security: []` and a 4XX answer on every operation).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const document = fileURLToPath(new URL("../../site/public/api/v1/openapi.json", import.meta.url));
const cli = fileURLToPath(new URL("../../node_modules/@redocly/cli/bin/cli.js", import.meta.url));

describe("site/public/api/v1/openapi.json under redocly lint (recommended)", () => {
  it("has no error and no warning", () => {
    const run = spawnSync(process.execPath, [cli, "lint", document, "--extends", "recommended", "--format", "json"], {
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      timeout: 60_000,
    });
    const report = JSON.parse(run.stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toStrictEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(run.status).toBe(0);
  }, 90_000);
});
