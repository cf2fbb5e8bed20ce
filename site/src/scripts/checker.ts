/**
 * @module
 * The checker island (/check/, /en/check/, /easy/check/). Shows the form (the page explains
 * without JavaScript), converts typed dates live with shared/dates (R-PARSE-1..4), reads and
 * writes the URL fragment (contract.md; never the query string), asks POST /api/v1/evaluate
 * and renders the answer. Errors follow the GOV.UK error summary pattern.
 */
import type { PresentedEvaluation, Stage } from "../../../shared/rules/result.ts";
import { formatJapaneseDate, parseTypedDate, type ParsedDate } from "../../../shared/dates/index.ts";
import type { CheckContent, DateFieldName } from "../content/check";
import type { SiteLang } from "../i18n/site";
import { formatDay, formatEra } from "../lib/format";
import { inlineHtml, readingText } from "../lib/inline";
import { markJapanese, markJapaneseInDom } from "../lib/language-of-parts";
import { FRAGMENT_FIELDS, readFragment, writeFragment, type CheckerInput } from "./fragment";
import { renderResult, type ResultContext } from "./render-result";
import { el } from "./dom";

interface FieldError {
  field: string;
  message: string;
}

interface Problem {
  title?: string;
  detail?: string;
  errors?: { field: string; code: string; message: string }[];
}

/** "= 1985年11月14日（昭和60年）" / "= 14 November 1985 (Shōwa 60)". */
function conversionText(iso: string, lang: SiteLang): string {
  if (lang === "en") {
    const era = formatEra(iso, lang);
    return `= ${formatDay(iso, lang)}${era ? ` (${era})` : ""}`;
  }
  return `= ${formatJapaneseDate(iso)}`;
}

/** A sentence for a date the parser rejected, with its suggestion (R-PARSE-3). */
function parseProblem(parsed: Extract<ParsedDate, { ok: false }>, text: CheckContent): string {
  const base = parsed.code === "empty" ? text.parse.unrecognised : text.parse[parsed.code];
  if (!parsed.suggestion) return base;
  const gap = /[\u3000-\u30ff\u4e00-\u9fff]$/.test(base) ? "" : " "; // no space between Japanese sentences
  return `${base}${gap}${text.parse.suggestion.replace("{date}", parsed.suggestion.wareki)}`;
}

export function mountChecker(root: HTMLElement): void {
  const lang = root.dataset.lang as SiteLang;
  const text = JSON.parse(root.dataset.text ?? "{}") as CheckContent;
  const ctx: ResultContext = {
    lang,
    apiLang: root.dataset.apiLang ?? "ja",
    text,
    stageNames: JSON.parse(root.dataset.stageNames ?? "{}") as Record<Stage, string>,
    stagesHref: root.dataset.stagesHref ?? "/stages/",
    readerTemplate: root.querySelector<HTMLTemplateElement>("template[data-reader-template]"),
  };
  const form = root.querySelector<HTMLFormElement>("form[data-form]")!;
  const ask = root.querySelector<HTMLElement>("[data-ask]")!;
  const result = root.querySelector<HTMLElement>("[data-result]")!;
  const summary = root.querySelector<HTMLElement>("[data-error-summary]")!;
  const summaryList = summary.querySelector<HTMLElement>("[data-error-list]")!;
  const status = form.querySelector<HTMLElement>("[data-status]")!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const baseTitle = document.title;
  const input = (name: DateFieldName) => form.elements.namedItem(name) as HTMLInputElement;

  // Without JavaScript the page explains; with it, the form replaces the explanation.
  root.querySelector<HTMLElement>("[data-no-script]")?.setAttribute("hidden", "");
  form.hidden = false;

  // Live conversion as people type (R-PARSE-4 display form).
  for (const name of FRAGMENT_FIELDS) {
    const field = input(name);
    const output = root.querySelector<HTMLElement>(`#${name}-conversion`)!;
    const show = () => {
      const typed = field.value.trim();
      if (!typed) {
        output.textContent = "";
        return;
      }
      const parsed = parseTypedDate(typed);
      output.dataset.kind = parsed.ok ? "date" : "problem";
      const html = parsed.ok ? inlineHtml(conversionText(parsed.iso, lang)) : inlineHtml(parseProblem(parsed, text));
      output.innerHTML = lang === "en" ? markJapanese(html) : html; // WCAG 3.1.2
    };
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

  const clearErrors = () => {
    summary.hidden = true;
    summaryList.replaceChildren();
    document.title = baseTitle;
    for (const name of FRAGMENT_FIELDS) {
      const field = input(name);
      const wrapper = field.closest<HTMLElement>("[data-field]")!;
      wrapper.removeAttribute("data-invalid");
      field.removeAttribute("aria-invalid");
      field.setAttribute("aria-describedby", `${name}-hint ${name}-conversion`);
      root.querySelector<HTMLElement>(`#${name}-error`)!.hidden = true;
    }
  };

  const focusField = (name: string) => {
    const field = (FRAGMENT_FIELDS as readonly string[]).includes(name) ? input(name as DateFieldName) : input("certificateExpiry");
    const details = field.closest("details");
    if (details) details.open = true;
    field.closest("[data-field]")?.scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  };

  /** GOV.UK error summary: list, links to the fields, focus on the summary, "エラー：" in the title. */
  const showErrors = (errors: FieldError[]) => {
    clearErrors();
    ask.hidden = false;
    result.hidden = true;
    for (const error of errors) {
      const known = (FRAGMENT_FIELDS as readonly string[]).includes(error.field);
      const target = known ? error.field : "certificateExpiry";
      const link = el("a", { href: `#${target}` }, error.message);
      link.addEventListener("click", (event) => {
        event.preventDefault(); // a real jump would rewrite the fragment and re-run the check
        focusField(target);
      });
      summaryList.appendChild(el("li", {}, link));
      if (known) {
        const field = input(error.field as DateFieldName);
        field.closest<HTMLElement>("[data-field]")!.dataset.invalid = "true";
        field.setAttribute("aria-invalid", "true");
        const message = root.querySelector<HTMLElement>(`#${error.field}-error`)!;
        message.querySelector("[data-error-text]")!.textContent = error.message;
        message.hidden = false;
        field.setAttribute("aria-describedby", `${error.field}-hint ${error.field}-error ${error.field}-conversion`);
        const details = field.closest("details");
        if (details) details.open = true;
      }
    }
    document.title = `${readingText(text.errors.titlePrefix)}${baseTitle}`;
    if (lang === "en") markJapaneseInDom(root);
    summary.hidden = false;
    summary.focus();
  };

  /** Check what the browser can check before asking the server (R-PARSE-1..3, contract combinations). */
  const validate = (fields: CheckerInput): { errors: FieldError[]; body: Record<string, string> } => {
    const errors: FieldError[] = [];
    const body: Record<string, string> = {};
    for (const name of FRAGMENT_FIELDS) {
      const typed = fields[name];
      if (!typed) continue;
      const parsed = parseTypedDate(typed);
      if (parsed.ok) body[name] = parsed.iso;
      else errors.push({ field: name, message: readingText(parseProblem(parsed, text)) });
    }
    if (errors.length) return { errors, body };
    const hasCertificate = Boolean(fields.certificateExpiry);
    const hasCard = Boolean(fields.cardExpiry || fields.cardIssuedOn);
    if (!hasCertificate && hasCard && !fields.birthDate) errors.push({ field: "birthDate", message: readingText(text.errors.needBirthDate) });
    else if (!hasCertificate && !(fields.birthDate && hasCard))
      errors.push({ field: fields.birthDate ? "cardExpiry" : "certificateExpiry", message: readingText(text.errors.needInput) });
    return { errors, body };
  };

  let generation = 0;
  const evaluate = async (fields: CheckerInput, moveFocus: boolean) => {
    const { errors, body } = validate(fields);
    if (errors.length) {
      showErrors(errors);
      return;
    }
    const mine = ++generation;
    // The answer on screen no longer matches the inputs: drop its stage until the new one comes.
    result.removeAttribute("data-stage");
    result.setAttribute("aria-busy", "true");
    submit.disabled = true;
    status.innerHTML = inlineHtml(text.checking);
    try {
      const response = await fetch("/api/v1/evaluate", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json, application/problem+json" },
        body: JSON.stringify({ ...body, lang: ctx.apiLang }),
      });
      if (mine !== generation) return; // a newer request superseded this one
      if (response.status === 400) {
        const problem = (await response.json()) as Problem;
        const list = problem.errors?.length
          ? problem.errors.map((e) => ({ field: e.field, message: e.message }))
          : [{ field: "certificateExpiry", message: problem.detail ?? problem.title ?? readingText(text.errors.server) }];
        showErrors(list);
        return;
      }
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const evaluation = (await response.json()) as PresentedEvaluation;
      clearErrors();
      renderResult(result, evaluation, ctx, () => {
        result.hidden = true;
        ask.hidden = false;
        input("certificateExpiry").focus();
      });
      if (lang === "en") markJapaneseInDom(result); // WCAG 3.1.2
      ask.hidden = true;
      document.title = `${readingText(text.result.heading)}: ${evaluation.text.stage} | ${baseTitle}`;
      if (moveFocus) result.focus();
    } catch (error) {
      if (mine !== generation) return;
      showErrors([{ field: "certificateExpiry", message: readingText(error instanceof TypeError ? text.errors.network : text.errors.server) }]);
    } finally {
      if (mine === generation) {
        result.removeAttribute("aria-busy");
        submit.disabled = false;
        status.textContent = "";
      }
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const fields = values();
    const fragment = writeFragment(fields);
    if (`#${fragment}` !== location.hash && fragment) {
      // Bookmarkable result: the inputs go to the fragment only (contract.md), never the query.
      history.pushState(null, "", `${location.pathname}#${fragment}`);
    }
    void evaluate(fields, true);
  });

  // The language switch keeps the inputs: /check/#… ↔ /en/check/#… shows the same answer.
  const carryFragment = () => {
    document.querySelectorAll<HTMLAnchorElement>(".language-switch a[hreflang]").forEach((a) => {
      const path = a.getAttribute("href")!.split("#")[0]!;
      if (/\/check\/$/.test(path)) a.setAttribute("href", `${path}${isInputFragment() ? location.hash : ""}`);
    });
  };
  window.addEventListener("hashchange", carryFragment);
  window.addEventListener("popstate", carryFragment);
  form.addEventListener("submit", () => queueMicrotask(carryFragment));

  const fromFragment = (moveFocus: boolean) => {
    const fields = readFragment(location.hash);
    if (Object.keys(fields).length === 0) {
      clearErrors();
      result.hidden = true;
      ask.hidden = false;
      return;
    }
    fill(fields);
    void evaluate(fields, moveFocus);
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
  // Only fragments that carry inputs are checker state; "#main" and the like are not.
  const isInputFragment = () => location.hash === "" || location.hash.includes("=");
  window.addEventListener("hashchange", () => isInputFragment() && fromFragment(true));
  window.addEventListener("popstate", () => isInputFragment() && fromFragment(true));
  fromFragment(false);
  carryFragment();
}
