/**
 * @module
 * `<myna-expiry>`: the certificate's stage on any page (contract.md, "Site and widget").
 *
 * With `certificate-expiry` it asks the API at once; without it, it shows a one-field form.
 * Once evaluated it sets `data-stage` on itself and dispatches `myna-expiry:result`; on failure
 * it says so in words, links to the site's checker and dispatches `myna-expiry:error`.
 *
 * @example
 * <script type="module" src="https://HOST/widget.js"></script>
 * <myna-expiry certificate-expiry="2026-03-15" lang="en" variant="compact"></myna-expiry>
 *
 * `theme`: `light` (the default, also for an unknown value), `dark`, or `auto` (the reader's
 * device setting); only styles.ts reads it.
 */

import { formatDay, formatDayWithEra } from "#shared/dates/display.ts";
import { sitePath } from "#shared/lang/index.ts";
import { stageName } from "#shared/messages/stages.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { type ApiFieldError, fetchStage, type StageOutcome } from "./api.ts";
import { h, stageIcon } from "./dom.ts";
import { STYLES } from "./styles.ts";
import { TEXTS, type WidgetLang, widgetLang } from "./texts.ts";
import { WIDGET_VERSION } from "./version.ts";

/** Japanese dates carry the era year (R-PARSE-4); English ones stay short, to fit a narrow widget. */
const formatDate = (iso: string, lang: WidgetLang): string =>
  lang === "en" ? formatDay(iso, lang) : formatDayWithEra(iso, lang);

/** The API lives where the script came from, so one `<script src>` is the whole setup. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/** `detail` of `myna-expiry:error`. */
export interface WidgetErrorDetail {
  reason: "invalid" | "unavailable" | "unreachable";
  errors: ApiFieldError[];
}

let sharedSheet: CSSStyleSheet | undefined;

/**
 * Hint: a constructed stylesheet is not an inline `<style>`, so embedders need no
 * `style-src 'unsafe-inline'` in their CSP. Browsers without it get a `<style>` element.
 */
function applyStyles(root: ShadowRoot): Node | null {
  if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [sharedSheet];
    return null;
  }
  return h("style", {}, STYLES);
}

export class MynaExpiryElement extends HTMLElement {
  static readonly version = WIDGET_VERSION;
  static readonly observedAttributes = ["certificate-expiry", "today", "lang", "api", "link-target"];

  #root = this.attachShadow({ mode: "open" });
  #style = applyStyles(this.#root);
  #request: AbortController | null = null;
  #queued = false;
  #status = h("div");
  #more = h("div");
  #input: HTMLInputElement | null = null;
  #error: HTMLElement | null = null;

  connectedCallback(): void {
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#request?.abort();
  }

  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (before !== after && this.isConnected) this.#schedule();
  }

  /** Several attributes set in a row (a framework, the snippet builder) give one request. */
  #schedule(): void {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#render();
    });
  }

  get #lang(): WidgetLang {
    return widgetLang(this.getAttribute("lang") ?? this.parentElement?.closest("[lang]")?.getAttribute("lang") ?? null);
  }

  get #api(): string {
    try {
      return new URL(this.getAttribute("api") ?? SCRIPT_ORIGIN).origin;
    } catch {
      return SCRIPT_ORIGIN;
    }
  }

  #render(): void {
    this.#request?.abort();
    this.removeAttribute("data-stage");
    const lang = this.#lang;
    const certificateExpiry = this.getAttribute("certificate-expiry")?.trim();
    this.#input = this.#error = null;
    this.#status = h("div", { role: "status", "aria-live": "polite", class: "out" });
    this.#more = h("div", { class: "more" });
    const form = certificateExpiry ? null : this.#form(lang);
    const container = h("div", { part: "container", class: "c", lang }, form, this.#status, this.#more);
    this.#root.replaceChildren(...(this.#style ? [this.#style] : []), container);
    if (certificateExpiry) void this.#evaluate(certificateExpiry, false);
  }

  #form(lang: WidgetLang): HTMLElement {
    const t = TEXTS[lang];
    const input = h("input", {
      id: "date",
      name: "certificateExpiry",
      type: "text",
      part: "input",
      autocomplete: "off",
      spellcheck: "false",
      enterkeyhint: "go",
      "aria-describedby": "hint error",
    }) as HTMLInputElement;
    const error = h("p", { id: "error", class: "err" });
    const form = h(
      "form",
      { part: "form", novalidate: "" },
      h("label", { for: "date" }, t.label),
      h("p", { id: "hint", class: "hint" }, t.hint),
      // GOV.UK's order: the error between the hint and the field, read before the field is reached.
      error,
      h("div", { class: "row" }, input, h("button", { part: "button", type: "submit" }, t.submit)),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#evaluate(input.value.trim(), true);
    });
    this.#input = input;
    this.#error = error;
    return form;
  }

  async #evaluate(certificateExpiry: string, fromForm: boolean): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const lang = this.#lang;
    this.removeAttribute("data-stage");
    this.#fieldError(lang, []);
    // aria-busy: the live region speaks once, with the answer, not with "checking…" first.
    this.#status.setAttribute("aria-busy", "true");
    this.#status.replaceChildren(h("p", { class: "busy" }, TEXTS[lang].loading));
    this.#more.replaceChildren();
    const outcome = await fetchStage(
      this.#api,
      { certificateExpiry, today: this.getAttribute("today"), lang },
      request.signal,
    );
    if (request.signal.aborted) return;
    this.#status.removeAttribute("aria-busy");
    if (outcome.ok) this.#showResult(outcome.result, lang, !fromForm);
    else this.#showFailure(outcome, lang, certificateExpiry, fromForm);
  }

  #showResult(result: PresentedEvaluation, lang: WidgetLang, withCaption: boolean): void {
    const t = TEXTS[lang];
    const { stage, certificate } = result;
    const date = (iso: string) => h("span", { class: "nw" }, formatDate(iso, lang));
    this.setAttribute("data-stage", stage);
    this.#status.replaceChildren(
      ...(withCaption ? [h("p", { class: "cap" }, t.caption)] : []),
      h(
        "p",
        { part: "stage", class: "stage" },
        h("span", { class: "tag" }, stageIcon(stage), h("strong", {}, stageName(stage, lang))),
        h("span", { class: "days" }, result.text.daysLeft),
      ),
      h("p", { class: "sentence" }, result.text.stage),
    );
    // R-COUNTER-1: the last day the office is open, when it comes before the deadline (the API's sentence).
    const counterDay = result.text.lastCounterDay;
    if (counterDay)
      this.#status.appendChild(
        h("p", { class: "counter", "data-last-counter-day": certificate.lastCounterDay }, counterDay),
      );
    const row = (term: string, ...value: (Node | string)[]) => h("div", {}, h("dt", {}, term), h("dd", {}, ...value));
    this.#more.replaceChildren(
      h(
        "dl",
        { part: "dates", class: "dates" },
        row(t.expiresOn, date(certificate.expiresOn)),
        row(stageName("renewal", lang), date(certificate.renewalOpensOn), t.until, date(certificate.expiresOn)),
        row(t.graceEndsOn, date(certificate.graceEndsOn)),
      ),
      h("p", { class: "asof" }, t.asOf(formatDate(result.today, lang))),
      h("p", {}, this.#link(lang, t.details, certificate.expiresOn)),
    );
    this.#emit("myna-expiry:result", result);
  }

  #showFailure(outcome: Exclude<StageOutcome, { ok: true }>, lang: WidgetLang, typed: string, fromForm: boolean): void {
    const t = TEXTS[lang];
    const detail: WidgetErrorDetail = { reason: outcome.reason, errors: outcome.errors };
    if (outcome.reason === "invalid" && fromForm) {
      // The person can fix this here: the message sits by the field, which takes the focus.
      this.#status.replaceChildren();
      this.#fieldError(lang, outcome.errors);
      this.#input?.focus();
    } else {
      const message =
        outcome.reason === "invalid" ? outcome.errors.map((error) => error.message).join(" ") : t[outcome.reason];
      this.#status.replaceChildren(
        h("p", { class: "err" }, message),
        h("p", {}, this.#link(lang, t.checkOnSite, typed)),
      );
    }
    this.#emit("myna-expiry:error", detail);
  }

  #fieldError(lang: WidgetLang, errors: ApiFieldError[]): void {
    if (!this.#input || !this.#error) return;
    const messages = errors.map((error) => error.message).join(" ");
    this.#error.replaceChildren(...(messages ? [h("span", { class: "vh" }, TEXTS[lang].errorPrefix), messages] : []));
    if (messages) this.#input.setAttribute("aria-invalid", "true");
    else this.#input.removeAttribute("aria-invalid");
  }

  /** The site's checker, with the date in the fragment (which never reaches a server, contract.md). */
  #link(lang: WidgetLang, text: string, certificateExpiry: string): HTMLElement {
    const fragment = new URLSearchParams();
    if (certificateExpiry) fragment.set("certificateExpiry", certificateExpiry);
    const today = this.getAttribute("today");
    if (today) fragment.set("today", today);
    const target = this.getAttribute("link-target");
    const newTab = target === "_blank";
    return h(
      "a",
      {
        part: "link",
        href: `${this.#api}${sitePath(lang)}check/${String(fragment) ? `#${fragment}` : ""}`,
        target,
        rel: newTab ? "noopener" : null,
      },
      text,
      newTab && h("span", { class: "vh" }, TEXTS[lang].newTab),
    );
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
