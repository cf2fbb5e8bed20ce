// `npm run bench`: bundle test/bench/rules-bench.ts with esbuild (the same way wrangler bundles
// the Worker) and run it on the pinned Node. Prints numbers; asserts nothing.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const dir = mkdtempSync(join(tmpdir(), "myna-bench-"));
const outfile = join(dir, "rules-bench.mjs");
try {
  await build({
    entryPoints: ["test/bench/rules-bench.ts"],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile,
    logLevel: "warning",
  });
  console.log(`node ${process.version}`);
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
