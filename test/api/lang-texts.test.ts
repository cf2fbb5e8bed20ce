// Languages loaded on demand (worker/lang-texts.ts): every path that words an answer or an error
// loads its language first, so a fresh isolate answers exactly as one that has every language
// loaded, and as the built-in catalogs of every language word it (shared/messages/index.ts).
import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { type AnswerRequest, answerRequests } from "../../scripts/lang-texts/answer-requests.mjs";

type Worker = { fetch: (request: Request, env: unknown, ctx: unknown) => Promise<Response> };
const ctx = { waitUntil() {}, passThroughOnException() {} };

/** The Worker as a fresh isolate has it: no language module imported yet. */
async function freshWorker(): Promise<{ worker: Worker; isLoaded: (lang: string) => boolean }> {
  vi.resetModules();
  const worker = (await import("../../worker/index.ts")).default as unknown as Worker;
  const { isLoaded } = await import("../../worker/lang-texts.ts");
  return { worker, isLoaded: isLoaded as (lang: string) => boolean };
}

it("a fresh Worker holds ja only", async () => {
  const { isLoaded } = await freshWorker();
  expect(LANGS.filter(isLoaded)).toStrictEqual(["ja"]);
});

const LATER = LANGS.filter((lang) => lang !== "ja");
type Scenario = AnswerRequest;

// The batch's bound in languages (shared/limits) counts the body's `lang` and its items': those
// must be all a request loads, not also the `?lang=` or `Accept-Language` the body's overrides.
it("a batch loads the languages it is answered in, and no other", async () => {
  const { worker, isLoaded } = await freshWorker();
  const res = await worker.fetch(
    new Request("https://myna.test/api/v1/evaluate/batch?lang=vi", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "ko", "CF-Connecting-IP": "192.0.2.7" },
      body: JSON.stringify({
        lang: "ne",
        items: [{ certificateExpiry: "2026-11-14" }, { certificateExpiry: "x", lang: "tl" }],
      }),
    }),
    env,
    ctx,
  );
  expect(res.status).toBe(200);
  expect(LANGS.filter(isLoaded)).toStrictEqual(["ja", "tl", "ne"]);
});

// ...and the batch's own only when an item is worded in it (worker/routes/batch.ts).
it("a batch whose every item names its language does not load the batch's own", async () => {
  const { worker, isLoaded } = await freshWorker();
  const res = await worker.fetch(
    new Request("https://myna.test/api/v1/evaluate/batch", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "en-US", "CF-Connecting-IP": "192.0.2.8" },
      body: JSON.stringify({
        items: [
          { certificateExpiry: "2026-11-14", lang: "vi" },
          { certificateExpiry: "x", lang: "ko" },
        ],
      }),
    }),
    env,
    ctx,
  );
  expect(res.status).toBe(200);
  expect(LANGS.filter(isLoaded)).toStrictEqual(["ja", "ko", "vi"]);
});

async function send(worker: Worker, [, method, path, headers, body]: Scenario) {
  const res = await worker.fetch(
    new Request(`https://myna.test${path}`, {
      method,
      headers: { ...headers, "CF-Connecting-IP": `client-${crypto.randomUUID()}` },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
    env,
    ctx,
  );
  return { status: res.status, headers: [...res.headers], body: await res.text() };
}

describe.each(LATER)("%s", (lang) => {
  const other = LATER[(LATER.indexOf(lang) + 1) % LATER.length]!;
  const third = LATER[(LATER.indexOf(lang) + 2) % LATER.length]!;

  it.each(answerRequests(lang, other, third))(
    "%s: a fresh isolate answers as a warm one, byte for byte",
    async (...scenario) => {
      const { worker: fresh, isLoaded } = await freshWorker();
      expect(isLoaded(lang)).toBe(false);
      const cold = await send(fresh, scenario);
      expect(cold.status).toBeLessThan(500);
      // The same module instance, now with every language loaded.
      for (const code of LATER)
        await send(fresh, ["", "GET", `/api/v1/stage?certificateExpiry=2026-11-14&lang=${code}`, {}]);
      expect(LATER.every(isLoaded)).toBe(true);
      expect(await send(fresh, scenario)).toStrictEqual(cold);
    },
  );
});

// The no-JS checker page's renderer is a module loaded on demand too (worker/check-page-module.ts):
// the first POST to a checker page imports it. (Here the assets are site/public, without the
// built pages: the answer is what the assets hold for the path, after the module has loaded.)
it("a POST to a checker page imports the page module in a fresh isolate and answers as a warm one", async () => {
  const post: Scenario = [
    "",
    "POST",
    "/en/check/",
    { "Content-Type": "application/x-www-form-urlencoded" },
    "certificateExpiry=2026-11-14",
  ];
  const { worker: fresh } = await freshWorker();
  const cold = await send(fresh, post);
  expect(cold.status).toBeLessThan(500);
  expect(await send(fresh, post)).toStrictEqual(cold);
});
