// The Worker's bundle, built as wrangler builds it, keeps the eight languages loaded on demand out
// (an import of shared/messages/index.ts or of one language's texts from Worker code would pull
// them back in without any other test noticing; their glossaries and date forms, small, are still
// built in) and the no-JS checker page's renderer, and stays under a ceiling: the budget is 48 KiB
// gzip and the bundle was 42.7 KiB (docs/benchmarks.md, "The Worker bundle"), 45.0 KiB after
// session 6's bounds, error codes, engine tables and answer texts; 46.1 KiB with session 7's
// bracketed dates (review7 #2: parser, two error codes in the built-in languages). The ceiling is a ratchet
// against growth (a language pulled in by mistake adds 5–10 KiB), raised only with a reason;
// lower it when the bundle shrinks.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { externalLangTexts, LATER_LANGS, WORKERD_BUILD } from "./packs.mjs";

const CEILING_GZIP_BYTES = 47 * 1024;

const dir = mkdtempSync(join(tmpdir(), "myna-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the Worker's bundle", () => {
  it("leaves the languages loaded on demand out, and stays under its ceiling", async () => {
    const outfile = join(dir, "index.js");
    const result = await build({
      entryPoints: ["worker/index.ts"],
      ...WORKERD_BUILD,
      outfile,
      metafile: true,
      logLevel: "warning",
      plugins: [externalLangTexts],
    });
    const inputs = Object.keys(result.metafile.inputs);
    const later = Object.keys(LATER_LANGS).join("|");
    const leaked = inputs.filter((path) => new RegExp(`^shared/messages/(api/)?(${later})\\.ts$`).test(path));
    expect(leaked).toStrictEqual([]);
    // The no-JS checker page's answer is a module of its own too (worker/check-page-module.ts): its
    // renderer, and the form's checks the island shares (validate, renewal).
    expect(
      inputs.filter((path) => /^worker\/check-page\/|^site\/src\/scripts\/(render-result|validate|renewal)/.test(path)),
    ).toStrictEqual([]);
    expect(inputs).toContain("shared/messages/api/ja.ts"); // the pattern does match paths
    const gzip = gzipSync(readFileSync(outfile), { level: 9 }).length;
    expect(gzip).toBeLessThan(CEILING_GZIP_BYTES);
  }, 60_000);
});
