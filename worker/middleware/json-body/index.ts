/**
 * @module
 * Reads a JSON request body defensively: content type, byte limit, UTF-8, syntax, nesting depth
 * and object shape are checked before any schema sees it. Each failure is a problem+json with
 * a field and a sentence; none repeats the body.
 */
import type { MiddlewareHandler } from "hono";
import { isLang, type Lang, resolveLang } from "#shared/lang/index.ts";
import { MAX_JSON_DEPTH, MAX_SINGLE_BODY_BYTES } from "#shared/limits/index.ts";
import type { ProblemKind, RequestErrorCode } from "#shared/problem/index.ts";
import type { FieldError } from "#shared/rules/result.ts";
import type { AppEnv } from "../../env.ts";
import { nestsDeeperThan } from "../../input/json-depth.ts";
import { loadTexts } from "../../lang-texts.ts";
import { problemResponse } from "../../problem/index.ts";
import { readLimited } from "./read-limited.ts";

export interface JsonBodyOptions {
  /** Largest accepted body, in bytes before decoding. */
  maxBytes: number;
  /** Deepest accepted nesting of objects and arrays. */
  maxDepth: number;
  /**
   * Whether to load the body's language (worker/lang-texts.ts) before the handler. A batch says
   * no: it is answered in its items' languages, and in its own only when something is worded in
   * it, so it loads that one itself when it needs it (worker/routes/batch.ts).
   */
  loadLang: boolean;
}

export const JSON_BODY_DEFAULTS = {
  maxBytes: MAX_SINGLE_BODY_BYTES,
  maxDepth: MAX_JSON_DEPTH,
  loadLang: true,
} satisfies JsonBodyOptions;

/** `application/json` or any `+json` type, in UTF-8 (RFC 8259 §8.1 allows nothing else). */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const [mediaType = "", ...params] = header.toLowerCase().split(";");
  const type = mediaType.trim();
  if (type !== "application/json" && !(type.startsWith("application/") && type.endsWith("+json"))) return false;
  return params.every((param) => {
    const [name = "", value = ""] = param.split("=").map((part) => part.trim());
    return name !== "charset" || value.replaceAll('"', "") === "utf-8";
  });
}

/** No `Content-Encoding`, or only `identity`: the body is read as sent. */
export function isIdentityCoding(header: string | undefined): boolean {
  return !header || header.split(",").every((coding) => coding.trim().toLowerCase() === "identity");
}

/** The header an error is about, named as the field; every other body error names `body`. */
const HEADER_FIELDS: Partial<Record<RequestErrorCode | "not_an_object", string>> = {
  unsupported_media_type: "Content-Type",
  unsupported_content_encoding: "Content-Encoding",
};

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * A POST's query may say `lang` (contract.md: `lang` in the query or the body) and nothing else:
 * every other name is `unknown_field`, as in a body; a repeated name `repeated_parameter`; a
 * `lang` we do not speak `unsupported_lang`. Returns the query's language (if any) and the errors.
 */
export function postQuery(url: string): { lang: Lang | null; errors: FieldError[] } {
  const start = url.indexOf("?");
  if (start === -1) return { lang: null, errors: [] };
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  let lang: Lang | null = null;
  for (const [name, value] of new URLSearchParams(url.slice(start + 1))) {
    if (seen.has(name)) {
      if (!errors.some((e) => e.field === name)) errors.push({ field: name, code: "repeated_parameter" });
      continue;
    }
    seen.add(name);
    if (name !== "lang") errors.push({ field: name, code: "unknown_field" });
    else if (isLang(value)) lang = value;
    else errors.push({ field: "lang", code: "unsupported_lang" });
  }
  return { lang, errors };
}

/**
 * Sets `c.var.body` (a plain object) and `c.var.lang`: the body's `lang`, else the query's
 * (`?lang=`, the only query parameter a POST takes), else `Accept-Language`.
 * The type parameter only informs the typed client (`hono/client`) of the accepted body.
 *
 * @example new Hono<AppEnv>().post("/evaluate", jsonBody<EvaluateBody>(), handler)
 */
export function jsonBody<Body extends object>(
  options: Partial<JsonBodyOptions> = {},
): MiddlewareHandler<AppEnv, string, { in: { json: Body }; out: { json: Body } }> {
  const { maxBytes, maxDepth, loadLang } = { ...JSON_BODY_DEFAULTS, ...options };
  return async function jsonBody(c, next) {
    const acceptLanguage = c.req.header("Accept-Language");
    const fromQuery = postQuery(c.req.url);
    /**
     * One body error as problem+json: in the query's `lang` or `Accept-Language`'s language until
     * the body has said its own (`lang`), with `headers` where the status wants one (415's
     * `Accept-Encoding`).
     */
    const fail = async (
      kind: ProblemKind,
      code: RequestErrorCode | "not_an_object",
      {
        lang = resolveLang(fromQuery.lang, acceptLanguage),
        headers,
      }: { lang?: Lang; headers?: Record<string, string> } = {},
    ) => {
      await loadTexts(lang); // worker/lang-texts.ts
      return problemResponse(
        kind,
        lang,
        [{ field: HEADER_FIELDS[code] ?? "body", code } satisfies FieldError],
        headers,
      );
    };

    if (fromQuery.errors.length > 0) {
      const lang = resolveLang(fromQuery.lang, acceptLanguage);
      await loadTexts(lang);
      return problemResponse("invalid-input", lang, fromQuery.errors);
    }
    if (!isJsonContentType(c.req.header("Content-Type")))
      return fail("unsupported-media-type", "unsupported_media_type");
    // A compressed upload would otherwise fail later as "not UTF-8", which misleads. RFC 9110
    // §15.5.16: 415 for a content coding we do not take, with `Accept-Encoding` saying which we do.
    if (!isIdentityCoding(c.req.header("Content-Encoding")))
      return fail("unsupported-media-type", "unsupported_content_encoding", {
        headers: { "Accept-Encoding": "identity" },
      });
    const declared = Number(c.req.header("Content-Length") ?? 0);
    if (declared > maxBytes) return fail("content-too-large", "body_too_large");
    let bytes: Uint8Array | null;
    try {
      // A declared length (at most maxBytes, above) bounds the body: HTTP's framing delivers that
      // many bytes, no more. So such a body is read at once, natively: the stream read costs a
      // promise per chunk (4 % of workerd's profile of the compact batch, ~100 KB). A body longer
      // than declared all the same (a runtime without that framing) is refused after the read.
      // Without a length (a chunked upload) the stream is read, and stopped past the limit.
      bytes =
        declared > 0 ? new Uint8Array(await c.req.raw.arrayBuffer()) : await readLimited(c.req.raw.body, maxBytes);
      if (bytes && bytes.byteLength > maxBytes) bytes = null;
    } catch {
      // The upload broke off (client gone, connection reset): a client error, not ours.
      return fail("malformed-body", "body_unreadable");
    }
    if (!bytes) return fail("content-too-large", "body_too_large");

    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      return fail("malformed-body", "invalid_encoding");
    }
    if (text.trim() === "") return fail("malformed-body", "empty_body");
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fail("malformed-body", "malformed_json");
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return fail("malformed-body", "not_an_object");
    const explicitLang = (value as { lang?: unknown }).lang;
    // The body's `lang` wins over the query's (the body is the request; the query a convenience).
    const lang = resolveLang(isLang(explicitLang) ? explicitLang : fromQuery.lang, acceptLanguage);
    if (nestsDeeperThan(value, maxDepth)) return fail("malformed-body", "too_deep", { lang });
    // The body's language, before anything is worded in it (worker/lang-texts.ts).
    if (loadLang) await loadTexts(lang);
    c.set("body", value);
    c.set("lang", lang);
    await next();
  };
}
