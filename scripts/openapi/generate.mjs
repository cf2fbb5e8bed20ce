/**
 * @module
 * `npm run openapi`: writes the OpenAPI document from the valibot schemas to
 * site/public/api/v1/openapi.json. Astro copies it into the built site (site/dist, the Worker's
 * static assets), and `GET /api/v1/openapi.json` serves it through the ASSETS binding
 * (worker/routes/openapi.ts), so the Worker's bundle carries neither the generator nor the JSON.
 * The file holds exactly the bytes the route answers with (`JSON.stringify`, no whitespace, no
 * final newline). Run it after changing shared/schema; scripts/openapi/openapi.test.ts and
 * test/api/openapi.test.ts fail while the file is stale.
 */
import { writeFileSync } from "node:fs";
import { buildOpenApiDocument } from "./document.ts";

const target = new URL("../../site/public/api/v1/openapi.json", import.meta.url);
writeFileSync(target, JSON.stringify(buildOpenApiDocument()));
console.log(`openapi: wrote ${target.pathname}`);
