/**
 * @module
 * A POST to a checker page (worker/routes/check-page.ts): the form read, the island's own checks
 * (site/src/scripts/validate.ts), the API's answer and the renewal question settled as the island
 * settles it (site/src/scripts/renewal.ts), then the page with it written in (rewrite.ts).
 *
 * It lives in the page's module (worker/check-page/page.js), not in the Worker's bundle: only
 * such a POST runs it, so an isolate that answers the API never parses it (scripts/lang-texts/
 * bundle.test.ts). The engine stays in the bundle and is handed in (`WorkerSide`), so the module
 * carries no second copy of it, and the languages it loads are the Worker's own.
 */

import { isLang, type Lang } from "#shared/lang/index.ts";
import type { FieldError as ApiFieldError } from "#shared/rules/result.ts";
import { type CheckerInput, FRAGMENT_FIELDS } from "#site/scripts/fragment.ts";
import { isRenewedAnswer, type RenewedAnswer, settleRenewal } from "#site/scripts/renewal.ts";
import { validateInput } from "#site/scripts/validate.ts";
import type { Answer } from "../evaluation/answer.ts";
import { readLimited } from "../middleware/json-body/read-limited.ts";
import { type Answered, answerPage, readPageTexts } from "./rewrite.ts";

/** What the Worker lends the page: its evaluation (one "today" per POST) and its error sentences. */
export interface WorkerSide {
  /** POST /api/v1/evaluate's answer to `body` (ISO dates), worded in `lang`. */
  evaluate: (body: Record<string, string>, lang: Lang) => Promise<Answer>;
  /** An API error's sentence in `lang`, whose texts `evaluate` has loaded. */
  errorMessage: (error: ApiFieldError, lang: Lang) => string;
}

/** A form of six dates is well under 1 KiB; more is not this form. */
const MAX_FORM_BYTES = 16 * 1024;
/** The longest date anyone types (「平成31年4月30日まで有効」 is 15 characters); the schema says the rest. */
const MAX_FIELD_CHARS = 64;

interface Form {
  typed: CheckerInput;
  /** The renewal question's answer (contract.md `renewed`), when the form carries one. */
  renewed: RenewedAnswer | null;
}

async function readForm(request: Request): Promise<Form> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.toLowerCase().startsWith("application/x-www-form-urlencoded")) return { typed: {}, renewed: null };
  const bytes = await readLimited(request.body, MAX_FORM_BYTES);
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

/** The checker page at `path` (in `lang`), from `assets`, answering the form `request` posted. */
export async function answerPost(
  request: Request,
  assets: Fetcher,
  path: string,
  lang: Lang,
  worker: WorkerSide,
): Promise<Response> {
  const asset = await assets.fetch(new Request(new URL(path, request.url), { method: "GET" }));
  const page = await asset.text();
  const texts = await readPageTexts(page);
  // Not the checker page (a build without it): serve what there is (its body read above, so anew).
  if (!asset.ok || !texts) return new Response(page, asset);
  const { typed, renewed } = await readForm(request);
  // The island's own checks first (the same messages, one per field, their dates in the page's
  // language), then the API's.
  const checked = validateInput(typed, texts.text, lang);
  let outcome: Answered["outcome"];
  if (checked.errors.length) outcome = { errors: checked.errors };
  else {
    const apiLang = isLang(texts.apiLang) ? texts.apiLang : "ja";
    const result = await worker.evaluate(checked.body, apiLang);
    if (!result.ok) {
      outcome = {
        errors: result.errors.map((e) => ({ field: e.field, message: worker.errorMessage(e, apiLang) })),
      };
    } else {
      // R-INFER-3: the renewal question, settled as the island settles it (site/src/scripts/renewal.ts).
      const ask = async (body: Record<string, string>) => {
        const again = await worker.evaluate(body, apiLang);
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
