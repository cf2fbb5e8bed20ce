/**
 * @module
 * `npm run holidays`: writes shared/holidays/dataset.ts from the pinned @holiday-jp/holiday_jp
 * (R-COUNTER-2). Run it after updating that package; scripts/holidays/dataset.test.ts fails
 * while the file is stale.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

// render.ts compares with the law (shared/holidays/law.ts), whose imports name files without
// their extension: bundled first, as the Worker is, then imported.
const { outputFiles } = await build({
  entryPoints: [new URL("./render.ts", import.meta.url).pathname],
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  logLevel: "warning",
});
const { renderDataset } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString("base64")}`
);
const require = createRequire(import.meta.url);
const { holidays, VERSION } = require("@holiday-jp/holiday_jp");
const target = new URL("../../shared/holidays/dataset.ts", import.meta.url);
writeFileSync(target, renderDataset(holidays, VERSION));
console.log(`holidays: wrote ${target.pathname}`);
