/**
 * @module
 * The no-JavaScript answer, written into the static checker page with HTMLRewriter: the same
 * HTML the island draws (site/src/scripts/render-result.ts, reader-screen.ts), the typed
 * values back in their fields, or the GOV.UK error summary and inline errors. The page's
 * texts are read from the page itself (`data-text` on `[data-checker]`), so the Worker carries
 * no copy of the site's content.
 */

import type { CalendarWords } from "#shared/calendar/events.ts";
import type { Lang } from "#shared/lang/index.ts";
import type { PresentedEvaluation, Stage } from "#shared/rules/result.ts";
import type { CheckContent, DateFieldName } from "#site/content/check.ts";
import { readingText, rubyHtml } from "#site/lib/inline.ts";
import { type CheckerInput, FRAGMENT_FIELDS } from "#site/scripts/fragment.ts";
import { readerSlots } from "#site/scripts/reader-screen.ts";
import { type ResultContext, resultHtml, resultTitle } from "#site/scripts/render-result.ts";
import type { RenewalView } from "#site/scripts/renewal.ts";
import type { FieldError } from "#site/scripts/validate.ts";

/** What the page says about itself, read from the checker's data attributes. */
export interface PageTexts {
  text: CheckContent;
  calendarWords: CalendarWords;
  stageNames: Record<Stage, string>;
  stagesHref: string;
  apiLang: string;
  siteName: string;
}

/** lol-html hands attribute values over as written (entities not decoded): decode the ones a build writes. */
export const decodeAttribute = (value: string): string =>
  value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(quot|amp|lt|gt|apos));/gi, (_m, dec: string, hex: string, name: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
  );

/** Reads the page's texts (one pass; nothing is written). */
export async function readPageTexts(html: string): Promise<PageTexts | null> {
  let texts: PageTexts | null = null;
  await new HTMLRewriter()
    .on("[data-checker]", {
      element(el) {
        const attr = (name: string) => decodeAttribute(el.getAttribute(name) ?? "");
        texts = {
          text: JSON.parse(attr("data-text")) as CheckContent,
          calendarWords: JSON.parse(attr("data-calendar-words")) as CalendarWords,
          stageNames: JSON.parse(attr("data-stage-names")) as Record<Stage, string>,
          stagesHref: attr("data-stages-href"),
          apiLang: attr("data-api-lang"),
          siteName: attr("data-site-name"),
        };
      },
    })
    .transform(new Response(html))
    .arrayBuffer();
  return texts;
}

/** The page's reader-screen template, filled for this answer (the Worker's side of readerSlots). */
async function readerHtml(page: string, result: PresentedEvaluation, lang: Lang): Promise<string | null> {
  const template = /<template data-reader-template[^>]*>([\s\S]*?)<\/template>/.exec(page)?.[1];
  if (!template) return null;
  const slots = readerSlots(result, lang);
  let rewriter = new HTMLRewriter()
    .on("figure", { element: (el) => void el.setAttribute("data-usable", String(slots.usable)) })
    .on(".screen", { element: (el) => void el.setAttribute("lang", slots.screenLang) })
    .on('[data-slot="message"]', { element: (el) => void el.setAttribute("data-described", String(slots.described)) });
  for (const [name, html] of Object.entries(slots.html))
    rewriter = rewriter.on(`[data-slot="${name}"]`, { element: (el) => void el.setInnerContent(html, { html: true }) });
  for (const [name, hidden] of Object.entries(slots.hidden))
    rewriter = rewriter.on(`[data-slot="${name}"]`, {
      element: (el) => void (hidden ? el.setAttribute("hidden", "") : el.removeAttribute("hidden")),
    });
  return rewriter.transform(new Response(template)).text();
}

export interface Answered {
  lang: Lang;
  checkHref: string;
  typed: CheckerInput;
  texts: PageTexts;
  outcome: { result: PresentedEvaluation; renewal: RenewalView | null } | { errors: FieldError[] };
}

const isField = (name: string): name is DateFieldName => (FRAGMENT_FIELDS as readonly string[]).includes(name);

/** The checker page with the answer (or the errors) written in. */
export async function answerPage(page: string, answered: Answered): Promise<string> {
  const { lang, typed, texts, outcome } = answered;
  let rewriter = new HTMLRewriter();
  // The typed values go back in their fields, as typed (和暦 included).
  for (const name of FRAGMENT_FIELDS) {
    const value = typed[name];
    if (value)
      rewriter = rewriter.on(`input[name="${name}"]`, { element: (el) => void el.setAttribute("value", value) });
  }
  if ("result" in outcome) {
    const { result, renewal } = outcome;
    const ctx: ResultContext = {
      lang,
      apiLang: texts.apiLang,
      text: texts.text,
      calendarWords: texts.calendarWords,
      stageNames: texts.stageNames,
      stagesHref: texts.stagesHref,
      checkHref: answered.checkHref,
      dayChosen: Boolean(typed.today),
      typed,
    };
    const html = resultHtml(result, ctx, await readerHtml(page, result, lang), renewal);
    rewriter = rewriter
      .on("title", { element: (el) => void el.setInnerContent(resultTitle(result, ctx, texts.siteName)) })
      .on("[data-ask]", { element: (el) => void el.setAttribute("hidden", "") })
      .on("[data-result]", {
        element(el) {
          el.setInnerContent(html, { html: true });
          el.setAttribute("data-stage", result.stage); // contract.md
          el.removeAttribute("hidden");
        },
      });
  } else {
    // One message per field, the first one it got (as the island's error summary does).
    const errors = outcome.errors.filter((e, i) => outcome.errors.findIndex((o) => o.field === e.field) === i);
    const list = errors
      .map((e) => `<li><a href="#${isField(e.field) ? e.field : "certificateExpiry"}">${rubyHtml(e.message)}</a></li>`)
      .join("");
    rewriter = rewriter
      .on("title", { element: (el) => void el.prepend(readingText(texts.text.errors.titlePrefix)) })
      .on("[data-error-summary]", { element: (el) => void el.removeAttribute("hidden") })
      .on("[data-error-list]", { element: (el) => void el.setInnerContent(list, { html: true }) });
    for (const error of errors) {
      if (!isField(error.field)) continue;
      const name = error.field;
      rewriter = rewriter
        .on(`[data-field="${name}"]`, { element: (el) => void el.setAttribute("data-invalid", "true") })
        .on(`#${name}-error`, { element: (el) => void el.removeAttribute("hidden") })
        .on(`#${name}-error [data-error-text]`, {
          element: (el) => void el.setInnerContent(rubyHtml(error.message), { html: true }),
        })
        .on(`input[name="${name}"]`, {
          element(el) {
            el.setAttribute("aria-invalid", "true");
            el.setAttribute("aria-describedby", `${name}-hint ${name}-error ${name}-conversion`);
          },
        })
        .on(`details[data-details-for="${name}"]`, { element: (el) => void el.setAttribute("open", "") });
    }
  }
  // A filled field inside a closed disclosure is opened, so nothing typed is hidden.
  for (const name of FRAGMENT_FIELDS)
    if (typed[name])
      rewriter = rewriter.on(`details[data-details-for="${name}"]`, {
        element: (el) => void el.setAttribute("open", ""),
      });
  return rewriter.transform(new Response(page)).text();
}
