/**
 * @module
 * The checker island (/check/, /en/check/, /easy/check/). Shows the form (the page explains
 * without JavaScript), converts typed dates live with shared/dates (R-PARSE-1..4), reads and
 * writes the URL fragment (contract.md; never the query string), asks POST /api/v1/evaluate
 * and renders the answer. Errors follow the GOV.UK error summary pattern (error-summary.ts).
 */

import type { CalendarWords } from "#shared/calendar/events.ts";
import { parseTypedDate } from "#shared/dates/index.ts";
import type { Lang } from "#shared/lang/index.ts";
import type { Problem } from "#shared/problem/index.ts";
import type { PresentedEvaluation, Stage } from "#shared/rules/result.ts";
import type { CheckContent, DateFieldName } from "../content/check";
import { inlineHtml, readingText } from "../lib/inline";
import { markJapaneseFor } from "../lib/language-of-parts";
import { conversionText } from "./date-text";
import { errorSummary } from "./error-summary";
import { type CheckerInput, FRAGMENT_FIELDS, readFragment, readRenewed, writeFragment } from "./fragment";
import { fillReaderTemplate, readerSlots } from "./reader-screen";
import { type ResultContext, resultHtml, resultTitle } from "./render-result";
import { isRenewedAnswer, type RenewedAnswer, settleRenewal } from "./renewal";
import { validateInput } from "./validate";

/** An error answer as far as the checker reads it (any field may be missing on a proxy's page). */
type ProblemAnswer = Partial<Pick<Problem, "title" | "detail" | "errors">>;

/** Only fragments that carry inputs are checker state; "#main" and the like are not. */
const isInputFragment = () => location.hash === "" || location.hash.includes("=");

export function mountChecker(root: HTMLElement): void {
  const lang = root.dataset.lang as Lang;
  const text = JSON.parse(root.dataset.text ?? "{}") as CheckContent;
  const ctx: ResultContext = {
    lang,
    apiLang: root.dataset.apiLang ?? "ja",
    text,
    calendarWords: JSON.parse(root.dataset.calendarWords ?? "{}") as CalendarWords,
    stageNames: JSON.parse(root.dataset.stageNames ?? "{}") as Record<Stage, string>,
    stagesHref: root.dataset.stagesHref ?? "/stages/",
    checkHref: location.pathname,
    dayChosen: false,
    typed: {},
  };
  const readerTemplate = root.querySelector<HTMLTemplateElement>("template[data-reader-template]");
  const siteName = root.dataset.siteName ?? "";
  const serviceError = root.querySelector<HTMLElement>("[data-service-error]")!;
  const form = root.querySelector<HTMLFormElement>("form[data-form]")!;
  const ask = root.querySelector<HTMLElement>("[data-ask]")!;
  const result = root.querySelector<HTMLElement>("[data-result]")!;
  const status = form.querySelector<HTMLElement>("[data-status]")!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const errors = errorSummary(root, form, lang, readingText(text.errors.titlePrefix));
  const baseTitle = document.title;
  const input = (name: DateFieldName) => form.elements.namedItem(name) as HTMLInputElement;

  // Live conversion as people type (R-PARSE-4 display form): only a date that reads is echoed.
  // A date that does not read is said once, on submit (issue 10): half-typed input is not an
  // error, and never while an IME is composing (「しょうわ60」 on its way to 「昭和60」).
  for (const name of FRAGMENT_FIELDS) {
    const field = input(name);
    const output = root.querySelector<HTMLElement>(`#${name}-conversion`)!;
    let composing = false;
    const show = () => {
      if (composing) return;
      const parsed = parseTypedDate(field.value.trim());
      const html = parsed.ok ? inlineHtml(conversionText(parsed.iso, lang)) : "";
      output.innerHTML = markJapaneseFor(lang, html); // WCAG 3.1.2
    };
    field.addEventListener("compositionstart", () => (composing = true));
    field.addEventListener("compositionend", () => {
      composing = false;
      show();
    });
    field.addEventListener("input", show);
    field.addEventListener("change", show);
  }

  const values = (): CheckerInput => {
    const out: CheckerInput = {};
    for (const name of FRAGMENT_FIELDS) {
      const value = input(name).value.trim();
      if (value) out[name] = value;
    }
    return out;
  };

  const fill = (fields: CheckerInput) => {
    for (const name of FRAGMENT_FIELDS) {
      const field = input(name);
      field.value = fields[name] ?? "";
      field.dispatchEvent(new Event("input"));
    }
    // Open the disclosure that holds a filled field, so nothing filled is hidden.
    root.querySelectorAll<HTMLDetailsElement>("details[data-details-for]").forEach((d) => {
      if (fields[d.dataset.detailsFor as DateFieldName]) d.open = true;
    });
  };

  const showAsk = () => {
    result.hidden = true;
    ask.hidden = false;
  };
  /** A failure of the service, not of the input: its own message, not styled as an input error. */
  const showServiceError = (message: string | null) => {
    serviceError.hidden = message === null;
    serviceError.innerHTML = message === null ? "" : inlineHtml(message);
  };

  /** One POST /api/v1/evaluate; a problem or failure comes back as the response, for the caller. */
  const askApi = (body: Record<string, string>) =>
    fetch("/api/v1/evaluate", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, application/problem+json" },
      body: JSON.stringify({ ...body, lang: ctx.apiLang }),
    });
  const askEvaluation = async (body: Record<string, string>) => {
    const response = await askApi(body);
    return response.ok ? ((await response.json()) as PresentedEvaluation) : null;
  };

  let generation = 0;
  const evaluate = async (fields: CheckerInput, moveFocus: boolean, renewed: RenewedAnswer | null = null) => {
    const checked = validateInput(fields, text, lang);
    showServiceError(null);
    if (checked.errors.length) {
      showAsk();
      errors.show(checked.errors);
      return;
    }
    const mine = ++generation;
    // The answer on screen no longer matches the inputs: drop its stage until the new one comes.
    result.removeAttribute("data-stage");
    result.setAttribute("aria-busy", "true");
    submit.disabled = true;
    status.innerHTML = inlineHtml(text.checking);
    try {
      const response = await askApi(checked.body);
      if (mine !== generation) return; // a newer request superseded this one
      if (response.status === 400) {
        const problem = (await response.json()) as ProblemAnswer;
        showAsk();
        errors.show(
          problem.errors?.length
            ? problem.errors.map((e) => ({ field: e.field, message: e.message }))
            : [
                {
                  field: "certificateExpiry",
                  message: problem.detail ?? problem.title ?? readingText(text.errors.server),
                },
              ],
        );
        return;
      }
      if (response.status === 429) {
        errors.clear();
        showServiceError(text.errors.busy);
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      // R-INFER-3: when the card cannot tell whether the holder renewed, the question settles it.
      const { result: evaluation, renewal } = await settleRenewal(
        (await response.json()) as PresentedEvaluation,
        checked.body,
        renewed,
        askEvaluation,
      );
      if (mine !== generation) return;
      errors.clear();
      const here = { ...ctx, dayChosen: Boolean(fields.today), typed: fields };
      result.innerHTML = resultHtml(
        evaluation,
        here,
        fillReaderTemplate(readerTemplate, readerSlots(evaluation, lang)),
        renewal,
      );
      result.dataset.stage = evaluation.stage; // contract.md `data-stage`: the settled reading's stage
      result.hidden = false;
      ask.hidden = true;
      document.title = resultTitle(evaluation, here, siteName);
      if (moveFocus) result.querySelector<HTMLElement>("#result-heading")?.focus();
    } catch (error) {
      if (mine !== generation) return;
      errors.clear();
      showServiceError(error instanceof TypeError ? text.errors.network : text.errors.server);
    } finally {
      if (mine === generation) {
        result.removeAttribute("aria-busy");
        submit.disabled = false;
        status.textContent = "";
      }
    }
  };

  // The language switch keeps the inputs: /check/#… ↔ /en/check/#… shows the same answer.
  const carryFragment = () => {
    document.querySelectorAll<HTMLAnchorElement>(".language-menu a[hreflang]").forEach((a) => {
      const path = a.getAttribute("href")!.split("#")[0]!;
      if (/\/check\/$/.test(path)) a.setAttribute("href", `${path}${isInputFragment() ? location.hash : ""}`);
    });
  };

  // 「入力を変えて調べる」 is a link to this page (it works without JavaScript); here it shows the form.
  result.addEventListener("click", (event) => {
    if (!(event.target as Element | null)?.closest?.("[data-again]")) return;
    event.preventDefault();
    showAsk();
    document.title = baseTitle;
    input("certificateExpiry").focus();
  });

  // The renewal question answers as it is chosen; the settled answer goes to the fragment
  // (renewed=yes|no), so it can be bookmarked. Its submit button is for pages without JavaScript.
  const answerRenewal = (answer: RenewedAnswer) => {
    const fields = readFragment(location.hash);
    const fragment = writeFragment(fields, answer);
    history.replaceState(null, "", `${location.pathname}#${fragment}`);
    carryFragment();
    void evaluate(fields, false, answer).then(() =>
      result.querySelector<HTMLInputElement>('input[name="renewed"]:checked')?.focus(),
    );
  };
  result.addEventListener("change", (event) => {
    const radio = event.target as HTMLInputElement;
    if (radio.name === "renewed" && isRenewedAnswer(radio.value)) answerRenewal(radio.value);
  });
  result.addEventListener("submit", (event) => {
    event.preventDefault();
    // R-INFER-4: 「この日付で調べ直す」 carries the typed values with the nearest birthday as the card expiry.
    const recheck = (event.target as Element | null)?.closest?.<HTMLFormElement>("form[data-recheck-form]");
    if (recheck) {
      const fields: CheckerInput = {};
      for (const name of FRAGMENT_FIELDS) {
        const value = (recheck.elements.namedItem(name) as HTMLInputElement | null)?.value;
        if (value) fields[name] = value;
      }
      fill(fields);
      history.pushState(null, "", `${location.pathname}#${writeFragment(fields)}`);
      carryFragment();
      void evaluate(fields, true);
      return;
    }
    const chosen = result.querySelector<HTMLInputElement>('input[name="renewed"]:checked')?.value;
    if (isRenewedAnswer(chosen)) answerRenewal(chosen);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const fields = values();
    const fragment = writeFragment(fields);
    if (fragment && `#${fragment}` !== location.hash) {
      // Bookmarkable result: the inputs go to the fragment only (contract.md), never the query.
      history.pushState(null, "", `${location.pathname}#${fragment}`);
      carryFragment();
    }
    void evaluate(fields, true);
  });

  const fromFragment = (moveFocus: boolean) => {
    carryFragment();
    const fields = readFragment(location.hash);
    if (Object.keys(fields).length === 0) {
      errors.clear();
      showAsk();
      return;
    }
    fill(fields);
    void evaluate(fields, moveFocus, readRenewed(location.hash));
  };

  // In-page links (the skip link) would replace the inputs in the fragment and lose the
  // bookmarkable result: move focus without touching the URL.
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const id = link?.getAttribute("href")?.slice(1);
    const target = id && !id.includes("=") ? document.getElementById(id) : null;
    if (!target || root.contains(link!)) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "start" });
  });
  window.addEventListener("hashchange", () => isInputFragment() && fromFragment(true));
  window.addEventListener("popstate", () => isInputFragment() && fromFragment(true));
  fromFragment(false);
}
