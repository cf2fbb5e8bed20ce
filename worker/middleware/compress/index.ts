/**
 * @module
 * Compression of large answers (issue 12: a batch answer runs to megabytes). The Worker only
 * says `Content-Encoding: gzip`; the runtime (workerd, locally and on Cloudflare) compresses the
 * body natively as it sends it, which costs the isolate no JavaScript time.
 *
 * Hint: workerd compresses whenever the header is set, so it is set only when the client said
 * it accepts gzip. Only for answers without an ETag: a strong ETag names one byte sequence.
 */
import type { MiddlewareHandler } from "hono";

/** Whether `Accept-Encoding` accepts gzip (RFC 9110 §12.5.3: `gzip`, `x-gzip` or `*`, q > 0). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star: boolean | undefined;
  for (const part of header.toLowerCase().split(",")) {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim());
    const q = params.find((p) => p.startsWith("q="));
    const accepted = !q || Number(q.slice(2)) > 0;
    if (coding === "gzip" || coding === "x-gzip") return accepted;
    if (coding === "*") star = accepted;
  }
  return star ?? false;
}

/** @example new Hono().post("/evaluate/batch", compress(), handler) */
export function compress(): MiddlewareHandler {
  return async function compress(c, next) {
    await next();
    const headers = c.res.headers;
    headers.append("Vary", "Accept-Encoding");
    if (
      c.res.ok &&
      c.res.body &&
      !headers.has("Content-Encoding") &&
      !headers.has("ETag") &&
      acceptsGzip(c.req.header("Accept-Encoding"))
    ) {
      headers.set("Content-Encoding", "gzip");
    }
  };
}
