/**
 * @module
 * The embed page's script: query → `<myna-expiry>` attributes, and the frame's height → parent.
 */

import { htmlLang } from "#shared/lang/index.ts";
import { EMBED_MIN_HEIGHT } from "../lib/embed-sizes.ts";
import { frameTitle } from "../lib/snippets.ts";
import { widgetLang } from "../widget/texts.ts";

/** Query parameter → widget attribute. Anything else in the query is ignored. */
const ATTRIBUTES = {
  certificateExpiry: "certificate-expiry",
  today: "today",
  lang: "lang",
  variant: "variant",
  theme: "theme",
} as const;

const query = new URLSearchParams(location.search);
/**
 * The widget speaks every language but やさしい日本語 (widget/texts.ts). Review7 #12: the frame
 * speaks it too (WCAG 3.1.1): its `lang`, its title and its visually hidden heading, which is the
 * iframe title the embed docs give in that language (lib/snippets.ts), so a screen reader meets
 * one language first, not a Japanese heading over a Vietnamese widget.
 */
const lang = widgetLang(query.get("lang"));
if (lang !== "ja") {
  const SITE = "マイナ期限ナビ";
  const title = frameTitle(lang);
  document.documentElement.lang = htmlLang(lang);
  document.title = title;
  const name = document.createElement("span");
  name.lang = "ja"; // WCAG 3.1.2
  name.textContent = SITE;
  const [before = "", after = ""] = title.split(SITE);
  document.querySelector("[data-heading]")?.replaceChildren(before, name, after);
}

const widget = document.createElement("myna-expiry");
for (const [param, attribute] of Object.entries(ATTRIBUTES)) {
  const value = query.get(param);
  if (value) widget.setAttribute(attribute, value);
}
widget.setAttribute("lang", lang);
// Inside a frame, a link would replace only the frame: open the checker in a new tab instead.
widget.setAttribute("link-target", "_blank");
document.querySelector("[data-fallback]")?.replaceWith(widget);

/**
 * Review7 #10: nothing is posted before the widget has drawn (its answer or error, or its form
 * when there is no date). On `load` it may not have: the document was then only the body's 12 px
 * of padding, and a cross-origin frame below the fold stayed at that height, since Chromium does
 * not render such a frame, so its ResizeObserver does not fire until it is scrolled into view.
 * The widget's events still fire there, and measuring forces the layout.
 */
let drawn = false;

/** Hint: the whole document's height, so margins and the focus-ring padding are included. */
let lastHeight = -1;
function postHeight(force = false): void {
  if (!drawn || window.parent === window) return;
  const height = Math.max(EMBED_MIN_HEIGHT, Math.ceil(document.documentElement.getBoundingClientRect().height));
  if (height === lastHeight && !force) return;
  lastHeight = height;
  window.parent.postMessage({ type: "myna-expiry:resize", height }, "*");
}

const onDrawn = () => {
  drawn = true;
  postHeight(true);
};
widget.addEventListener("myna-expiry:result", onDrawn);
widget.addEventListener("myna-expiry:error", onDrawn);
// Without a date the widget draws its form and fires nothing until it is used: its first drawing
// (a change in its shadow root, seen even where the frame is not rendered) counts instead.
if (!query.get("certificateExpiry"))
  void customElements.whenDefined("myna-expiry").then(() => {
    const root = widget.shadowRoot;
    if (!root) return;
    const drawing = new MutationObserver(() => {
      drawing.disconnect();
      onDrawn();
    });
    drawing.observe(root, { childList: true });
    if (root.querySelector("form")) onDrawn();
  });

new ResizeObserver(() => postHeight()).observe(document.documentElement);
// On load again, even unchanged: the parent's listener may have been added after the first post.
addEventListener("load", () => postHeight(true));
