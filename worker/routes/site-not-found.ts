/**
 * @module
 * Site paths that reach the Worker. Cloudflare serves a file when one matches and invokes the
 * Worker when none does (or for a method other than GET/HEAD), so a missing page of the site
 * would otherwise get the API's problem+json. It gets the site's own 404 page instead, through
 * the assets binding, which applies `not_found_handling = "404-page"` and the `_headers` rules.
 */
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { SECURITY_HEADERS_DEFAULTS } from "../middleware/security-headers/index.ts";

const HSTS = "Strict-Transport-Security";

/** Without a built site (site/dist), the API still runs; a bare 404 stands in for the page. */
const bareNotFound = () =>
  new Response("Not found\n", {
    status: 404,
    headers: { ...SECURITY_HEADERS_DEFAULTS, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function siteNotFound(c: Context<AppEnv>): Promise<Response> {
  const assets = c.env.ASSETS;
  if (!assets) return bareNotFound();
  let page: Response;
  try {
    page = await assets.fetch(new Request(c.req.url, { method: "GET" }));
  } catch {
    return bareNotFound();
  }
  if (page.status === 404) {
    const res = new Response(c.req.method === "HEAD" ? null : page.body, page);
    // HSTS on every response (issue 14): _headers sets it on the page; this covers a site
    // built without it, or none at all.
    if (!res.headers.has(HSTS)) res.headers.set(HSTS, SECURITY_HEADERS_DEFAULTS[HSTS]);
    return res;
  }
  await page.body?.cancel();
  // A file (or a redirect to one) exists at this path: the method was not GET or HEAD.
  if (page.status >= 300 && page.status < 400)
    return new Response(null, { status: page.status, headers: page.headers });
  if (page.ok)
    return new Response(null, { status: 405, headers: { ...SECURITY_HEADERS_DEFAULTS, Allow: "GET, HEAD" } });
  return bareNotFound();
}
