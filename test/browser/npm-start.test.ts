// `npm start` as a whole (the front, workerd, the local assets layer) on real sockets: what the
// front answers itself reaches the client in the API's shape, and site files revalidate with
// ETag / If-None-Match as Cloudflare's assets do. No browser needed; it shares the project's server.
import { expect, inject, it } from "vitest";
import { rawHttp } from "../../scripts/serve/raw-http.ts";

const baseURL = inject("baseURL");
const { hostname, port } = new URL(baseURL);

const raw = (text: string) => rawHttp(Number(port), text, { host: hostname, ms: 3_000 });

it.each([
  ["CONNECT", "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n", 405],
  ["an unknown method", "FOO /api/v1/stage HTTP/1.1\r\nHost: a\r\n\r\n", 405],
  ["two Host lines", "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400],
])("%s gets a problem, not a 5xx from workerd", async (_, request, status) => {
  const text = await raw(request);
  expect(text.slice(0, 12)).toBe(`HTTP/1.1 ${status}`);
  expect(text).toMatch(/\r\ncontent-type: application\/problem\+json/i);
  expect(text).toMatch(/\r\nstrict-transport-security: max-age=/i);
});

it("a site page has a strong ETag, weak when gzipped, and answers 304 to either", async () => {
  const plain = await fetch(`${baseURL}/en/`, { headers: { "Accept-Encoding": "identity" } });
  const etag = plain.headers.get("etag") ?? "";
  expect(etag).toMatch(/^"[\w-]{22}"$/); // the Worker's entityTag: 128 bits of SHA-256, base64url
  await plain.arrayBuffer();

  const again = await fetch(`${baseURL}/en/`, { headers: { "If-None-Match": etag, "Accept-Encoding": "identity" } });
  expect(again.status).toBe(304);
  expect(again.headers.get("etag")).toBe(etag);
  expect(again.headers.get("strict-transport-security")).toMatch(/^max-age=/);

  const gzipped = await fetch(`${baseURL}/en/`, {
    headers: { "If-None-Match": `W/${etag}`, "Accept-Encoding": "gzip" },
  });
  expect(gzipped.status).toBe(304);
  expect(gzipped.headers.get("etag")).toBe(`W/${etag}`);

  const other = await fetch(`${baseURL}/en/`, { headers: { "If-None-Match": '"something-else"' } });
  expect(other.status).toBe(200);
  expect((await other.text()).length).toBeGreaterThan(0);
});

it("serves the OpenAPI document from the built site's assets, the generator's bytes with the API's headers", async () => {
  // site/public/api/v1/openapi.json → site/dist (astro build) → the ASSETS binding → the route.
  const { buildOpenApiDocument } = await import("../../scripts/openapi/document.ts");
  const res = await fetch(`${baseURL}/api/v1/openapi.json`, { headers: { "Accept-Encoding": "gzip" } });
  expect(res.status).toBe(200);
  expect(await res.text()).toBe(JSON.stringify(buildOpenApiDocument()));
  expect({
    type: res.headers.get("content-type"),
    cache: res.headers.get("cache-control"),
    vary: res.headers.get("vary"),
    cors: res.headers.get("access-control-allow-origin"),
    csp: res.headers.get("content-security-policy"),
  }).toStrictEqual({
    type: "application/json; charset=utf-8",
    cache: "public, max-age=3600",
    vary: "Accept-Encoding",
    cors: "*",
    csp: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  });
  const again = await fetch(`${baseURL}/api/v1/openapi.json`, {
    headers: { "If-None-Match": res.headers.get("etag")! },
  });
  expect(again.status).toBe(304);
});
