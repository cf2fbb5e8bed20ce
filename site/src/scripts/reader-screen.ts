/**
 * @module
 * The card reader's screen for an answer (R-INS-2): what goes into each `data-slot` of the
 * page's ReaderScreen template, as HTML, with no DOM. The island applies it to a clone of the
 * template (checker.ts); the Worker applies the same slots with HTMLRewriter for the
 * no-JavaScript answer (worker/routes/check-page.ts).
 */
import { htmlLang, type Lang } from "#shared/lang/index.ts";
import type { PresentedEvaluation } from "#shared/rules/result.ts";
import { rubyHtml } from "../lib/inline";
import { type Html, h } from "./html";

export interface ReaderSlots {
  /** `data-usable` of the figure: only lapsed is 「使えない」 (R-INS-2). */
  usable: boolean;
  /** The `lang` of the on-screen text: the API's reader texts are in the request's language. */
  screenLang: string;
  /** Slot name → its HTML. */
  html: Record<"badge-icon" | "badge-text" | "heading" | "message" | "button-label", Html>;
  /** Slots hidden on this screen (an empty heading, no button on the lapsed screen). */
  hidden: Record<"heading" | "button", boolean>;
  /** `data-described` of the message: the normal screen is described, not quoted. */
  described: boolean;
}

export function readerSlots(result: PresentedEvaluation, lang: Lang): ReaderSlots {
  const reader = result.text.reader;
  const lapsed = result.stage === "lapsed";
  return {
    usable: !lapsed,
    screenLang: htmlLang(lang),
    described: result.reader === "normal",
    html: {
      "badge-icon": lapsed ? "✕" : "✓",
      "badge-text": rubyHtml(reader.badge),
      heading: rubyHtml(reader.heading),
      message: reader.message
        .split("\n")
        .filter(Boolean)
        .map((line) => h("p", {}, rubyHtml(line)))
        .join(""),
      "button-label": rubyHtml(reader.button),
    },
    hidden: { heading: !reader.heading, button: !reader.button },
  };
}

/** Fill a clone of the page's reader template (the island's side of {@link readerSlots}). */
export function fillReaderTemplate(template: HTMLTemplateElement | null, slots: ReaderSlots): Html | null {
  const source = template?.content.firstElementChild;
  if (!source) return null;
  const screen = source.cloneNode(true) as HTMLElement;
  screen.dataset.usable = String(slots.usable);
  screen.querySelector<HTMLElement>(".screen")?.setAttribute("lang", slots.screenLang);
  const slot = (name: string) => screen.querySelector<HTMLElement>(`[data-slot="${name}"]`);
  for (const [name, html] of Object.entries(slots.html)) {
    const element = slot(name);
    if (element) element.innerHTML = html;
  }
  for (const [name, hidden] of Object.entries(slots.hidden)) {
    const element = slot(name);
    if (element) element.hidden = hidden;
  }
  const message = slot("message");
  if (message) message.dataset.described = String(slots.described);
  return screen.outerHTML;
}
