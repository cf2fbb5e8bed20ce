/**
 * @module
 * The embed docs page in the browser: the real origin in every code sample, Copy buttons, the
 * snippet builder with its preview, and the parent side of the iframe demo (resize messages).
 */
import {
  badgeAlt,
  badgeUrl,
  EXAMPLE_EXPIRY,
  embedUrl,
  frameHeight,
  frameTitle,
  ORIGIN_PLACEHOLDER,
  type SnippetOptions,
  snippet,
} from "../lib/snippets.ts";
import { widgetLang } from "../widget/texts.ts";

const origin = location.origin;
const page = document.querySelector<HTMLElement>(".embed-docs");
const status = document.querySelector<HTMLElement>("[data-copy-status]");

for (const code of document.querySelectorAll<HTMLElement>("[data-origin-code]")) {
  code.textContent = (code.textContent ?? "").replaceAll(ORIGIN_PLACEHOLDER, origin);
}

// Copy: the code as shown, announced politely.
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const code = button.parentElement?.querySelector("code")?.textContent ?? "";
    let message = page?.dataset.copied ?? "";
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      message = page?.dataset.copyFailed ?? "";
    }
    if (status) {
      status.textContent = "";
      // A fresh text each time, so the same words are announced again.
      requestAnimationFrame(() => (status.textContent = message));
    }
  });
}

// The iframe demos: follow the height the embed page reports (the snippet embedders copy).
addEventListener("message", (event) => {
  if (event.origin !== origin || event.data?.type !== "myna-expiry:resize") return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>("iframe.myna-expiry-frame")) {
    if (frame.contentWindow === event.source) frame.height = String(event.data.height);
  }
});

// The snippet builder.
const builder = document.querySelector<HTMLFormElement>("[data-builder]");
const output = document.querySelector<HTMLElement>("[data-builder-output]");
const preview = document.querySelector<HTMLElement>("[data-builder-preview]");
const badgeNote = document.querySelector<HTMLElement>("[data-builder-badge-note]");

function options(form: HTMLFormElement): SnippetOptions {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? "");
  return {
    method: value("method") as SnippetOptions["method"],
    lang: widgetLang(value("lang")),
    variant: value("variant") === "compact" ? "compact" : "default",
    theme: (["dark", "auto"].includes(value("theme")) ? value("theme") : "light") as SnippetOptions["theme"],
    certificateExpiry: value("certificateExpiry").trim(),
    origin,
  };
}

/** The preview shows what the snippet shows, built with DOM calls (never the snippet as HTML). */
function renderPreview(chosen: SnippetOptions): Node {
  if (chosen.method === "element") {
    const element = document.createElement("myna-expiry");
    if (chosen.certificateExpiry) element.setAttribute("certificate-expiry", chosen.certificateExpiry);
    element.setAttribute("lang", chosen.lang);
    if (chosen.variant === "compact") element.setAttribute("variant", "compact");
    if (chosen.theme !== "light") element.setAttribute("theme", chosen.theme);
    return element;
  }
  if (chosen.method === "iframe") {
    const frame = document.createElement("iframe");
    frame.className = "myna-expiry-frame";
    frame.src = embedUrl(chosen);
    frame.title = frameTitle(chosen.lang);
    frame.width = "100%";
    frame.height = String(frameHeight(chosen));
    return frame;
  }
  const image = document.createElement("img");
  image.src = badgeUrl(chosen);
  image.alt = badgeAlt(chosen.lang, chosen.certificateExpiry || EXAMPLE_EXPIRY);
  return image;
}

if (builder && output && preview) {
  builder.hidden = false;
  document.querySelector("[data-builder-noscript]")?.remove();
  const update = () => {
    const chosen = options(builder);
    output.textContent = snippet(chosen);
    if (badgeNote) badgeNote.hidden = !(chosen.method === "badge" && !chosen.certificateExpiry);
    preview.replaceChildren(renderPreview(chosen));
  };
  builder.addEventListener("submit", (event) => event.preventDefault());
  builder.addEventListener("change", update);
  let typing: ReturnType<typeof setTimeout> | undefined;
  builder.addEventListener("input", (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== "text") return;
    clearTimeout(typing);
    typing = setTimeout(update, 400);
  });
  update();
}
