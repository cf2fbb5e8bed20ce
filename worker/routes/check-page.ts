/**
 * @module
 * The checker without JavaScript (contract.md "Site and widget"): its form posts
 * (`application/x-www-form-urlencoded`, the fragment's field names) to its language's
 * checker page (`/check/`, `/en/check/`, `/easy/check/`, `/vi/check/`, …), and the answer is the same static page from the assets
 * binding with the result written in by the island's own renderer. All of that is the page's
 * module (worker/check-page/post.ts, loaded on the first such POST: worker/check-page-module.ts);
 * this route hands it the Worker's evaluation and error sentences.
 *
 * Privacy: the birth date stays in the POST body; nothing is logged, and the answer is
 * `no-store`. A GET is the static page itself: these paths run the Worker first
 * (wrangler.toml `run_worker_first`) only so that a POST reaches it.
 */

import { Hono } from "hono/tiny";
import type { Lang } from "#shared/lang/index.ts";
import { errorMessageWith } from "#shared/messages/errors-with.ts";
import { parseEvaluateBody } from "#shared/schema/index.ts";
import { languagesOf, pathFor } from "#site/i18n/site.ts";
import { loadCheckPage } from "../check-page-module.ts";
import type { AppEnv } from "../env.ts";
import { answer, todayOnce } from "../evaluation/answer.ts";
import { textsOf } from "../lang-texts.ts";
import { siteNotFound } from "./site-not-found.ts";

/** The checker pages and their languages: every language with a checker page (site/src/i18n/site.ts). */
export const CHECK_PAGES: Record<string, Lang> = Object.fromEntries(
  languagesOf("check").map((lang) => [pathFor(lang, "check"), lang]),
);

export const checkPage = new Hono<AppEnv>();
for (const [path, lang] of Object.entries(CHECK_PAGES)) {
  checkPage.post(path, async (c) => {
    if (!c.env.ASSETS) return siteNotFound(c); // no site built: nothing to answer with
    const { answerPost } = await loadCheckPage(); // worker/check-page-module.ts
    const today = todayOnce(); // one day for the answer and the renewal question's readings
    return answerPost(c.req.raw, c.env.ASSETS, path, lang, {
      evaluate: (body, apiLang) => answer(parseEvaluateBody({ ...body, lang: apiLang }), apiLang, today),
      // loaded by answer(): the body names apiLang
      errorMessage: (error, apiLang) => errorMessageWith(textsOf(apiLang), error, apiLang),
    });
  });
  checkPage.get(path, (c) => (c.env.ASSETS ? c.env.ASSETS.fetch(c.req.raw) : siteNotFound(c)));
}
