/**
 * @module
 * The widget's one request: `POST /api/v1/evaluate` on the API origin, across origins (CORS
 * `*`; the browser sends one preflight first, which the API answers and lets it keep a day).
 * Not `GET /api/v1/stage?certificateExpiry=…`: the expiry falls on the holder's birthday, so a
 * URL holding it tells the birth month and day to anything that logs URLs (issue 14).
 * A plain `fetch`, not the typed hono client, to keep the widget free of dependencies; the
 * result type is the API's own (`PresentedEvaluation`), so a renamed field breaks the build.
 */
import type { ProblemError } from "#shared/problem/index.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";

/** One field error from a 400 `application/problem+json` answer (contract.md, "Errors"). */
export type ApiFieldError = ProblemError;

export type StageOutcome =
  | { ok: true; result: PresentedEvaluation }
  /** The API answered 400: the input cannot be used; `errors` say why, in the request's language. */
  | { ok: false; reason: "invalid"; errors: ApiFieldError[] }
  /** The API answered something else (429, 5xx) or nothing at all (offline, blocked, timeout). */
  | { ok: false; reason: "unavailable" | "unreachable"; errors: [] };

export interface StageQuery {
  /** As typed: 和暦 and 西暦 are parsed by the API (R-PARSE-1). */
  certificateExpiry: string;
  today?: string | null;
  lang: string;
}

/** Hint: long enough for a slow phone network, short enough that a dead API does not leave a spinner. */
const TIMEOUT_MS = 10_000;

/**
 * Asks the API where `certificateExpiry` stands. Never throws: every failure is a value.
 *
 * Privacy: no cookies (`credentials: "omit"`) and no referrer, so the API learns the date and
 * the language, and not which page the widget sits on.
 */
export async function fetchStage(api: string, query: StageQuery, signal: AbortSignal): Promise<StageOutcome> {
  const body: Record<string, string> = { certificateExpiry: query.certificateExpiry, lang: query.lang };
  if (query.today) body.today = query.today;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal.addEventListener("abort", abort);
  try {
    const response = await fetch(`${api}/api/v1/evaluate`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(body),
      credentials: "omit",
      referrerPolicy: "no-referrer",
      signal: timeout.signal,
    });
    if (response.ok) return { ok: true, result: (await response.json()) as PresentedEvaluation };
    if (response.status === 400) {
      const problem = (await response.json().catch(() => ({}))) as { errors?: ApiFieldError[] };
      return { ok: false, reason: "invalid", errors: problem.errors ?? [] };
    }
    return { ok: false, reason: "unavailable", errors: [] };
  } catch {
    return { ok: false, reason: "unreachable", errors: [] };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", abort);
  }
}
