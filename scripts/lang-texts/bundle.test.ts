// The Worker's bundle, built as `npm run deploy` builds and uploads it (scripts/build-worker.mjs),
// keeps the eight languages loaded on demand out (an import of shared/messages/index.ts or of one
// language's texts from Worker code would pull them back in without any other test noticing;
// their glossaries and date forms, small, are still built in) and the no-JS checker page's
// answer, the calendar file's builder and the badge's drawing, and stays under a ceiling: the
// budget is 48 KiB gzip and the bundle was 42.7 KiB (docs/benchmarks.md, "The Worker bundle"),
// 45.0 KiB after session 6's bounds, error codes, engine tables and answer texts; 46.1 KiB with
// session 7's bracketed dates (review7 #2: parser, two error codes in the built-in languages). Session 8: the no-JS checker's POST flow into its
// page module (−1.0 KiB), the bundle's text UTF-8, not escaped (−1.0 KiB), certfield's #15
// caveats (+1.0 KiB), the site's other languages' dates read back (+0.7 KiB), then out of the
// bundle: the calendar file's builder (−1.4 KiB), the badge's drawing (−1.1 KiB), the holiday
// years the law computes the same (−0.5 KiB): 45,095 B. The ceiling is a ratchet against growth
// (a language pulled in by mistake adds 5–10 KiB), raised only with a reason; lower it when the
// bundle shrinks. 46 KiB leaves room for this session's last sentences (newcard's #1b, about
// +0.5 KiB), no more.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildWorker } from "../build-worker.mjs";
import { LATER_LANGS } from "./packs.mjs";

const CEILING_GZIP_BYTES = 46 * 1024;

const dir = mkdtempSync(join(tmpdir(), "myna-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the Worker's bundle", () => {
  it("leaves the languages loaded on demand out, and stays under its ceiling", async () => {
    const result = await buildWorker(dir);
    const inputs = Object.keys(result.metafile.inputs);
    const later = Object.keys(LATER_LANGS).join("|");
    const leaked = inputs.filter((path) => new RegExp(`^shared/messages/(api/)?(${later})\\.ts$`).test(path));
    expect(leaked).toStrictEqual([]);
    // The no-JS checker page's answer is a module of its own too (worker/check-page-module.ts): its
    // renderer, and the form's checks the island shares (validate, renewal); so are the calendar
    // file's builder (worker/calendar-file-module.ts) and the badge's drawing (worker/badge-module.ts).
    expect(
      inputs.filter((path) =>
        /^worker\/(check-page|calendar-file|badge)\/|^site\/src\/scripts\/(render-result|validate|renewal)|^shared\/(calendar|design)\//.test(
          path,
        ),
      ),
    ).toStrictEqual([]);
    expect(inputs).toContain("shared/messages/api/ja.ts"); // the pattern does match paths
    const gzip = gzipSync(readFileSync(join(dir, "index.js")), { level: 9 }).length;
    expect(gzip).toBeLessThan(CEILING_GZIP_BYTES);
  }, 60_000);
});
