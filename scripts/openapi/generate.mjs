/**
 * @module
 * `npm run openapi`: writes worker/openapi/openapi.json from the valibot schemas. Run it after
 * changing shared/schema; test/api/openapi.test.ts fails while the file is stale.
 */
import { writeFileSync } from "node:fs";
import { buildOpenApiDocument } from "./document.ts";

const target = new URL("../../worker/openapi/openapi.json", import.meta.url);
writeFileSync(target, JSON.stringify(buildOpenApiDocument(), null, 2) + "\n");
console.log(`openapi: wrote ${target.pathname}`);
