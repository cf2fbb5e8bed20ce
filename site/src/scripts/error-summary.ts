/**
 * @module
 * The GOV.UK error summary and inline errors for the checker: a list of links at the top (focus
 * moves to it, "エラー：" goes in front of the title; `role="alert"` on the page), each field
 * marked `aria-invalid` with its message tied in by `aria-describedby`, one message per field. Links focus their field instead of jumping, since
 * a jump would rewrite the URL fragment, which holds the checker's inputs.
 */
import type { Lang } from "#shared/lang/index.ts";
import type { DateFieldName } from "../content/check";
import { rubyHtml } from "../lib/inline";
import { markJapaneseInDomFor } from "../lib/language-of-parts";
import { el } from "./dom";
import { FRAGMENT_FIELDS } from "./fragment";
import type { FieldError } from "./validate";

export interface ErrorSummary {
  show(errors: FieldError[]): void;
  clear(): void;
}

const isField = (name: string): name is DateFieldName => (FRAGMENT_FIELDS as readonly string[]).includes(name);

export function errorSummary(root: HTMLElement, form: HTMLFormElement, lang: Lang, titlePrefix: string): ErrorSummary {
  const summary = root.querySelector<HTMLElement>("[data-error-summary]")!;
  const list = summary.querySelector<HTMLElement>("[data-error-list]")!;
  const baseTitle = document.title;
  const input = (name: DateFieldName) => form.elements.namedItem(name) as HTMLInputElement;
  const describedBy = (name: string, withError: boolean) =>
    `${name}-hint ${withError ? `${name}-error ` : ""}${name}-conversion`;

  const focusField = (name: DateFieldName) => {
    const field = input(name);
    const details = field.closest("details");
    if (details) details.open = true;
    field.closest("[data-field]")?.scrollIntoView({ block: "start" });
    field.focus({ preventScroll: true });
  };

  const clear = () => {
    summary.hidden = true;
    list.replaceChildren();
    document.title = baseTitle;
    for (const name of FRAGMENT_FIELDS) {
      const field = input(name);
      field.closest<HTMLElement>("[data-field]")!.removeAttribute("data-invalid");
      field.removeAttribute("aria-invalid");
      field.setAttribute("aria-describedby", describedBy(name, false));
      root.querySelector<HTMLElement>(`#${name}-error`)!.hidden = true;
    }
  };

  const show = (all: FieldError[]) => {
    clear();
    // One message per field (issue 10): the first one a field gets is the one to act on.
    const errors = all.filter((error, i) => all.findIndex((other) => other.field === error.field) === i);
    for (const error of errors) {
      const target: DateFieldName = isField(error.field) ? error.field : "certificateExpiry";
      const link = el("a", { href: `#${target}` });
      link.innerHTML = rubyHtml(error.message);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        focusField(target);
      });
      list.appendChild(el("li", {}, link));
      if (!isField(error.field)) continue;
      const field = input(error.field);
      field.closest<HTMLElement>("[data-field]")!.dataset.invalid = "true";
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", describedBy(error.field, true));
      const message = root.querySelector<HTMLElement>(`#${error.field}-error`)!;
      message.querySelector("[data-error-text]")!.innerHTML = rubyHtml(error.message);
      message.hidden = false;
      const details = field.closest("details");
      if (details) details.open = true;
    }
    document.title = `${titlePrefix}${baseTitle}`;
    markJapaneseInDomFor(lang, root); // WCAG 3.1.2
    summary.hidden = false;
    summary.focus();
  };

  return { show, clear };
}
