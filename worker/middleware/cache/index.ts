/**
 * @module
 * HTTP caching for GET answers: a strong `ETag` (a hash of the body), `Cache-Control` and
 * `304 Not Modified` for a matching `If-None-Match`. Answers are a pure function of the input
 * and the day (contract.md), so they may be cached until the day changes.
 */
import type { Context, MiddlewareHandler } from "hono";
import { secondsUntilTokyoMidnight, tokyoEpochDay } from "#shared/rules/today.ts";
import type { AppEnv } from "../../env.ts";

const DAY_SECONDS = 86_400;

/** A strong entity tag: base64url SHA-256 of the body, 128 bits. */
export async function entityTag(body: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  let binary = "";
  for (let i = 0; i < 16; i++) binary += String.fromCharCode(digest[i]!);
  return `"${btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}"`;
}

/** RFC 9110 §13.1.2: `If-None-Match` compares weakly; `*` matches any current representation. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return true;
  for (const candidate of header.split(",")) {
    const tag = candidate.trim();
    if (tag === "*" || tag === etag || tag === "W/" + etag) return false;
  }
  return true;
}

export interface CacheOptions {
  /** Seconds a cache may keep this answer. */
  maxAge: (c: Context<AppEnv>) => number;
  /** Request headers the answer depends on besides the URL. */
  vary: string;
  /** Answers this isolate keeps to serve again without recomputing them; 0: none. */
  memoEntries: number;
  /** What besides the URL and the language the answer depends on (default: the Tokyo day when `today` is not in the query). */
  memoKey: (c: Context<AppEnv>) => string;
}

export const CACHE_DEFAULTS = {
  maxAge: (c) => (c.get("query")?.today ? DAY_SECONDS : secondsUntilTokyoMidnight(Date.now())),
  vary: "Accept-Language",
  memoEntries: 512,
  memoKey: (c) => (c.get("query")?.today ? "" : String(tokyoEpochDay(Date.now()))),
} satisfies CacheOptions;

/** Larger answers are not kept (ours are a few KiB). */
const MEMO_MAX_BYTES = 64 * 1024;

interface Memo {
  /** Hint: a Response copies the bytes it is given (Fetch "extract a body"), so one buffer serves all. */
  body: ArrayBuffer;
  etag: string;
  headers: [string, string][];
}

/**
 * For a 200 answer: adds `ETag`, `Cache-Control` and `Vary`, and turns it into a bodiless 304
 * when the client already holds it. Other statuses pass untouched (errors are `no-store`).
 *
 * Hint: the default keeps an answer a day when `today` is in the query (the URL then names the
 * day) and only until the next midnight in Tokyo when it is not.
 *
 * Hint: an answer is a pure function of the URL, the language and the day (contract.md), so the
 * isolate also keeps the latest `memoEntries` answers (least recently used out) and serves a
 * repeated question without evaluating it again: popular badges and embeds cost no CPU.
 *
 * @example new Hono().get("/stage", query(), cache(), handler)
 */
export function cache(options: Partial<CacheOptions> = {}): MiddlewareHandler<AppEnv> {
  const { maxAge, vary, memoEntries, memoKey } = { ...CACHE_DEFAULTS, ...options };
  const memo = new Map<string, Memo>();

  const respond = (c: Context<AppEnv>, entry: Memo): Response => {
    const headers = new Headers(entry.headers);
    headers.set("ETag", entry.etag);
    headers.set("Cache-Control", `public, max-age=${maxAge(c)}`);
    headers.set("Vary", vary);
    const fresh = !noneMatch(c.req.header("If-None-Match"), entry.etag);
    return fresh ? new Response(null, { status: 304, headers }) : new Response(entry.body, { status: 200, headers });
  };

  return async function cache(c, next) {
    const key = memoEntries > 0 ? `${c.req.url}\n${c.get("lang")}\n${memoKey(c)}` : "";
    const kept = memo.get(key);
    if (kept) {
      memo.delete(key); // re-insert: most recently used last
      memo.set(key, kept);
      return respond(c, kept);
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.arrayBuffer();
    const entry: Memo = { body, etag: await entityTag(body), headers: [...c.res.headers] };
    if (memoEntries > 0 && body.byteLength <= MEMO_MAX_BYTES) {
      memo.set(key, entry);
      if (memo.size > memoEntries) memo.delete(memo.keys().next().value!);
    }
    // Hint: clear first; assigning over a response makes Hono merge the old headers back in.
    c.res = undefined;
    c.res = respond(c, entry);
  };
}
