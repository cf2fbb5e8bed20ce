/**
 * @module
 * The embedding site for widget tests: a tiny node:http server on another port, so another
 * origin than the product's (contract.md "Site and widget"), serving the pages a test gives it.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostPage {
  html: string;
  headers?: Record<string, string>;
}

/** A host page: Japanese by default, as a municipal site's is; no CSP unless a test asks for one. */
export function hostPage(body: string, head = ""): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>${head}</head><body>${body}</body></html>`;
}

/**
 * Serves `pages` (by path; each gets the request's query) on a free port: the host's origin,
 * and a `close` for afterAll.
 */
export async function startHost(
  pages: Record<string, (query: URLSearchParams) => HostPage>,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://host");
    const page = pages[url.pathname]?.(url.searchParams);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...page.headers }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
