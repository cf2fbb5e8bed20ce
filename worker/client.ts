/**
 * @module
 * The typed client for the site and the widget: `hono/client` over the Worker's own route
 * types, so a renamed field breaks the build, not a page.
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
