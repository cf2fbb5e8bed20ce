/**
 * @module
 * The checker without JavaScript (contract.md "Site and widget"): its form posts
 * (`application/x-www-form-urlencoded`, the fragment's field names) to its language's
 * checker page (`/check/`, `/en/check/`, `/easy/check/`, `/vi/check/`, …), and the answer is the same static page from the assets
 * binding with the result written in by the island's own renderer (worker/check-page, a module
 * loaded on the first such POST: worker/check-page-module.ts).
 *
 * Privacy: the birth date stays in the POST body; nothing is logged, and the answer is
 * `no-store`. A GET is the static page itself: these paths run the Worker first
 * (wrangler.toml `run_worker_first`) only so that a POST reaches it.
 */

import type { Context } from "hono";
import { Hono } from "hono/tiny";
import { isLang, type Lang } from "#shared/lang/index.ts";
import { errorMessageWith } from "#shared/messages/errors-with.ts";
import { parseEvaluateBody } from "#shared/schema/index.ts";
import { languagesOf, pathFor } from "#site/i18n/site.ts";
import { type CheckerInput, FRAGMENT_FIELDS } from "#site/scripts/fragment.ts";
import { isRenewedAnswer, type RenewedAnswer, settleRenewal } from "#site/scripts/renewal.ts";
import { validateInput } from "#site/scripts/validate.ts";
import type { Answered } from "../check-page/rewrite.ts";
import { loadCheckPage } from "../check-page-module.ts";
import type { AppEnv } from "../env.ts";
import { answer, todayOnce } from "../evaluation/answer.ts";
import { textsOf } from "../lang-texts.ts";
import { readLimited } from "../middleware/json-body/read-limited.ts";
import { siteNotFound } from "./site-not-found.ts";

/** The checker pages and their languages: every language with a checker page (site/src/i18n/site.ts). */
export const CHECK_PAGES: Record<string, Lang> = Object.fromEntries(
  languagesOf("check").map((lang) => [pathFor(lang, "check"), lang]),
);

/** A form of six dates is well under 1 KiB; more is not this form. */
const MAX_FORM_BYTES = 16 * 1024;
/** The longest date anyone types (「平成31年4月30日まで有効」 is 15 characters); the schema says the rest. */
const MAX_FIELD_CHARS = 64;

interface Form {
  typed: CheckerInput;
  /** The renewal question's answer (contract.md `renewed`), when the form carries one. */
  renewed: RenewedAnswer | null;
}

async function readForm(c: Context<AppEnv>): Promise<Form> {
  const type = c.req.header("Content-Type") ?? "";
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) return { typed: {}, renewed: null };
  const bytes = await readLimited(c.req.raw.body, MAX_FORM_BYTES);
  if (!bytes) return { typed: {}, renewed: null };
  const form = new URLSearchParams(new TextDecoder().decode(bytes));
  const typed: CheckerInput = {};
  for (const name of FRAGMENT_FIELDS) {
    const value = form.get(name)?.trim().slice(0, MAX_FIELD_CHARS);
    if (value) typed[name] = value;
  }
  const renewed = form.get("renewed");
  return { typed, renewed: isRenewedAnswer(renewed) ? renewed : null };
}

async function answerCheckPage(c: Context<AppEnv>, path: string, lang: Lang): Promise<Response> {
  if (!c.env.ASSETS) return siteNotFound(c); // no site built: nothing to answer with
  const { answerPage, readPageTexts } = await loadCheckPage(); // worker/check-page-module.ts
  const asset = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), { method: "GET" }));
  const page = await asset.text();
  const texts = await readPageTexts(page);
  // Not the checker page (a build without it): serve what there is (its body read above, so anew).
  if (!asset.ok || !texts) return new Response(page, asset);
  const { typed, renewed } = await readForm(c);
  // The island's own checks first (the same messages, one per field), then the API's.
  const checked = validateInput(typed, texts.text);
  let outcome: Answered["outcome"];
  if (checked.errors.length) outcome = { errors: checked.errors };
  else {
    const apiLang = isLang(texts.apiLang) ? texts.apiLang : "ja";
    const today = todayOnce();
    const evaluateBody = (body: Record<string, string>) =>
      answer(parseEvaluateBody({ ...body, lang: apiLang }), apiLang, today);
    const result = await evaluateBody(checked.body);
    if (!result.ok) {
      const texts = textsOf(apiLang); // loaded by answer(): the body names apiLang
      outcome = {
        errors: result.errors.map((e) => ({ field: e.field, message: errorMessageWith(texts, e, apiLang) })),
      };
    } else {
      // R-INFER-3: the renewal question, settled as the island settles it (site/src/scripts/renewal.ts).
      const ask = async (body: Record<string, string>) => {
        const again = await evaluateBody(body);
        return again.ok ? again.presented : null;
      };
      outcome = await settleRenewal(result.presented, checked.body, renewed, ask);
    }
  }
  const html = await answerPage(page, { lang, checkHref: path, typed, texts, outcome });
  // The page's own headers (its CSP from site/public/_headers), but never cached: it may hold a birth date.
  const headers = new Headers(asset.headers);
  for (const name of ["Content-Length", "ETag", "Last-Modified", "Content-Encoding"]) headers.delete(name);
  headers.set("Cache-Control", "no-store");
  return new Response(html, { status: 200, headers });
}

export const checkPage = new Hono<AppEnv>();
for (const [path, lang] of Object.entries(CHECK_PAGES)) {
  checkPage.post(path, (c) => answerCheckPage(c, path, lang));
  checkPage.get(path, (c) => (c.env.ASSETS ? c.env.ASSETS.fetch(c.req.raw) : siteNotFound(c)));
}
