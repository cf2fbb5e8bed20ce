/**
 * @module
 * `npm run holidays`: writes shared/holidays/dataset.ts from the pinned @holiday-jp/holiday_jp
 * (R-COUNTER-2). Run it after updating that package; scripts/holidays/dataset.test.ts fails
 * while the file is stale.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { renderDataset } from "./render.ts";

const require = createRequire(import.meta.url);
const { holidays, VERSION } = require("@holiday-jp/holiday_jp");
const target = new URL("../../shared/holidays/dataset.ts", import.meta.url);
writeFileSync(target, renderDataset(holidays, VERSION));
console.log(`holidays: wrote ${target.pathname}`);
