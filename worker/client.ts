/**
 * @module
 * A typed client for TypeScript callers of the API: `hono/client` over the Worker's own route
 * types, so a renamed field breaks their build (test/api/client.test.ts drives it). The site and
 * the widget call the API with plain `fetch`, to stay small.
 *
 * @example
 * const api = createApiClient(location.origin);
 * const res = await api.api.v1.stage.$get({ query: { certificateExpiry: "2026-03-15" } });
 * if (res.ok) console.log((await res.json()).stage);
 */
import { hc } from "hono/client";
import type { AppType } from "./index.ts";

export type { AppType } from "./index.ts";

/** A client bound to `baseUrl` (the site's origin, or the API host for embedders). */
export const createApiClient = (baseUrl: string, options?: Parameters<typeof hc>[1]) => hc<AppType>(baseUrl, options);
