/**
 * Helpers for the API tests: requests through the Worker's own fetch handler (SELF), each
 * from its own client address unless one is given, so that the production rate limit
 * (RATE_LIMIT in shared/limits, per client) never trips a test that is not about it.
 */
import { SELF } from "cloudflare:test";
import { expect } from "vitest";

export const ORIGIN = "https://myna.test";

export function api(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has("CF-Connecting-IP")) headers.set("CF-Connecting-IP", `client-${crypto.randomUUID()}`);
  return SELF.fetch(ORIGIN + path, { ...init, headers });
}

export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
  api(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

/** A problem+json answer: status, content type and the parsed body. */
export async function problemOf(res: Response) {
  expect(res.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
  expect(res.headers.get("Cache-Control")).toBe("no-store");
  return (await res.json()) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors: { field: string; code: string; message: string }[];
  };
}

/** The `field`/`code` pairs of a problem, for exact assertions without the sentences. */
export async function errorCodes(
  res: Response,
): Promise<{ status: number; errors: { field: string; code: string }[] }> {
  const problem = await problemOf(res);
  expect(problem.status).toBe(res.status);
  for (const error of problem.errors) expect(error.message.length).toBeGreaterThan(5);
  return { status: res.status, errors: problem.errors.map(({ field, code }) => ({ field, code })) };
}
