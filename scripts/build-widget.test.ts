// The widget's size budget (issue 5: ≤ 12 KiB gzip) and the shape of what embedders load.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleWidget, widgetVersion } from "./build-widget.mjs";

const BUDGET_BYTES = 12 * 1024;

describe("the built widget", async () => {
  const code: string = await bundleWidget();

  it(`is at most ${BUDGET_BYTES} bytes gzip`, () => {
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`widget: ${code.length} bytes, ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("is one self-contained module: no imports, no eval", () => {
    expect(code).not.toMatch(/\bimport\s*[("{*a-zA-Z]/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });

  it("carries its version, and the pinned file is named after the major", async () => {
    const { version, major } = await widgetVersion();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version.startsWith(`${major}.`)).toBe(true);
    expect(code).toContain(version);
  });
});
