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

import { htmlLang } from "#shared/lang/index.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { pathFor } from "../i18n/site.ts";
import { japaneseRuns, markJapaneseInDom } from "../lib/language-of-parts.ts";
import { type ApiFieldError, fetchStage, type StageOutcome } from "./api.ts";
import { h, stageIcon } from "./dom.ts";
import { JA_PACK, loadPack, type WidgetPack } from "./pack.ts";
import { STYLES } from "./styles.ts";
import { type WidgetLang, widgetLang } from "./texts.ts";
import { WIDGET_VERSION } from "./version.ts";

/** The language an element speaks, with its words (pack.ts). */
interface Speech {
  lang: WidgetLang;
  pack: WidgetPack;
}

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
  #speech: Speech = { lang: "ja", pack: JA_PACK };

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
    queueMicrotask(async () => {
      this.#queued = false;
      if (!this.isConnected) return;
      const wanted = this.#lang;
      const pack = await loadPack(this.#api, wanted);
      // A newer change of attributes renders after this one (the same pack is cached by then).
      if (this.#queued || !this.isConnected || this.#lang !== wanted) return;
      // A language whose words cannot be loaded: the whole element in Japanese, labelled so.
      this.#speech = pack ? { lang: wanted, pack } : { lang: "ja", pack: JA_PACK };
      this.#render();
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
    const speech = this.#speech;
    const certificateExpiry = this.getAttribute("certificate-expiry")?.trim();
    this.#input = this.#error = null;
    this.#status = h("div", { role: "status", "aria-live": "polite", class: "out" });
    this.#more = h("div", { class: "more" });
    const form = certificateExpiry ? null : this.#form(speech);
    const container = h(
      "div",
      { part: "container", class: "c", lang: htmlLang(speech.lang) },
      form,
      this.#status,
      this.#more,
    );
    this.#mark(speech, container);
    this.#root.replaceChildren(...(this.#style ? [this.#style] : []), container);
    if (certificateExpiry) void this.#evaluate(certificateExpiry, false);
  }

  #form(speech: Speech): HTMLElement {
    const t = speech.pack.texts;
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
    const speech = this.#speech;
    this.removeAttribute("data-stage");
    this.#fieldError(speech, []);
    // aria-busy: the live region speaks once, with the answer, not with "checking…" first.
    this.#status.setAttribute("aria-busy", "true");
    this.#status.replaceChildren(h("p", { class: "busy" }, speech.pack.texts.loading));
    this.#more.replaceChildren();
    const outcome = await fetchStage(
      this.#api,
      { certificateExpiry, today: this.getAttribute("today"), lang: speech.lang },
      request.signal,
    );
    if (request.signal.aborted) return;
    this.#status.removeAttribute("aria-busy");
    if (outcome.ok) this.#showResult(outcome.result, speech, !fromForm);
    else this.#showFailure(outcome, speech, certificateExpiry, fromForm);
  }

  #showResult(result: PresentedEvaluation, speech: Speech, withCaption: boolean): void {
    const { texts: t, stageNames, date: formatDate } = speech.pack;
    const { stage, certificate } = result;
    const date = (iso: string) => h("span", { class: "nw" }, formatDate(iso));
    // The API's stage sentence starts with the assumption when another reading of the same
    // input gives another stage today (R-INFER-3, R-INFER-6, …): it is then never hidden, not
    // even in the compact variant, so a bare 「有効」 never stands for a conditional answer.
    const conditional = result.caveats.some((c) => c.alternatives.some((a) => a.stage && a.stage !== stage));
    this.setAttribute("data-stage", stage);
    this.#status.replaceChildren(
      ...(withCaption ? [h("p", { class: "cap" }, t.caption)] : []),
      h(
        "p",
        { part: "stage", class: "stage" },
        h("span", { class: "tag" }, stageIcon(stage), h("strong", {}, stageNames[stage])),
        h("span", { class: "days" }, result.text.daysLeft),
      ),
      h("p", { class: "sentence", "data-conditional": conditional ? "" : null }, result.text.stage),
    );
    // R-COUNTER-1: the last day the office is open, when it comes before the deadline (the API's sentence).
    const counterDay = result.text.lastCounterDay;
    if (counterDay)
      this.#status.appendChild(
        h("p", { class: "counter", "data-last-counter-day": certificate.lastCounterDay }, counterDay),
      );
    const row = (term: string, ...value: (Node | string)[]) => h("div", {}, h("dt", {}, term), h("dd", {}, ...value));
    // Review8 #5 (R-COUNTER-1): the window runs to the last day the counter is open, not to a
    // closed expiry day; after the expiry it is past and goes: in grace the API's counter sentence
    // above (or the grace end itself, an open day) gives the re-issue's last counter day.
    const renewalWindow =
      stage === "valid" || stage === "renewal"
        ? row(stageNames.renewal, date(certificate.renewalOpensOn), t.until, date(certificate.lastCounterDay))
        : null;
    this.#more.replaceChildren(
      h(
        "dl",
        { part: "dates", class: "dates" },
        row(t.expiresOn, date(certificate.expiresOn)),
        renewalWindow,
        row(t.graceEndsOn, date(certificate.graceEndsOn)),
      ),
      h("p", { class: "asof" }, t.asOf(formatDate(result.today))),
      h("p", {}, this.#link(speech, t.details, certificate.expiresOn)),
    );
    this.#mark(speech, this.#status, this.#more);
    this.#emit("myna-expiry:result", result);
  }

  #showFailure(outcome: Exclude<StageOutcome, { ok: true }>, speech: Speech, typed: string, fromForm: boolean): void {
    const t = speech.pack.texts;
    const detail: WidgetErrorDetail = { reason: outcome.reason, errors: outcome.errors };
    if (outcome.reason === "invalid" && fromForm) {
      // The person can fix this here: the message sits by the field, which takes the focus.
      this.#status.replaceChildren();
      this.#fieldError(speech, outcome.errors);
      this.#input?.focus();
    } else {
      const message =
        outcome.reason === "invalid" ? outcome.errors.map((error) => error.message).join(" ") : t[outcome.reason];
      this.#status.replaceChildren(
        h("p", { class: "err" }, message),
        h("p", {}, this.#link(speech, t.checkOnSite, typed)),
      );
      this.#mark(speech, this.#status);
    }
    this.#emit("myna-expiry:error", detail);
  }

  #fieldError(speech: Speech, errors: ApiFieldError[]): void {
    if (!this.#input || !this.#error) return;
    const messages = errors.map((error) => error.message).join(" ");
    this.#error.replaceChildren(
      ...(messages ? [h("span", { class: "vh" }, speech.pack.texts.errorPrefix), messages] : []),
    );
    this.#mark(speech, this.#error);
    if (messages) this.#input.setAttribute("aria-invalid", "true");
    else this.#input.removeAttribute("aria-invalid");
  }

  /** The site's checker, with the date in the fragment (which never reaches a server, contract.md). */
  #link(speech: Speech, text: string, certificateExpiry: string): HTMLElement {
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
        href: `${this.#api}${pathFor(speech.lang, "check")}${String(fragment) ? `#${fragment}` : ""}`,
        target,
        rel: newTab ? "noopener" : null,
      },
      // One span: in the inline-flex link each bare text run would be a flex item of its own,
      // whose edge spaces collapse ("trên マイナ期限ナビ" read "trênマイナ期限ナビ" once the
      // Japanese was marked lang=ja).
      h("span", {}, text),
      newTab && h("span", { class: "vh" }, speech.pack.texts.newTab),
    );
  }

  /**
   * WCAG 3.1.2, as the site does (lib/language-of-parts.ts): the Japanese inside another
   * language's words (マイナ保険証, マイナ期限ナビ, the terms the API's sentences quote) gets
   * `lang="ja"`, for a Japanese voice and Japanese glyphs; nothing changes in Japanese.
   */
  #mark(speech: Speech, ...nodes: Element[]): void {
    if (speech.lang === "ja") return;
    const find = speech.pack.findJapanese ?? japaneseRuns;
    for (const node of nodes) markJapaneseInDom(node, find);
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
