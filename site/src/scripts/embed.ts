/**
 * @module
 * The embed page's script: query → `<myna-expiry>` attributes, and the frame's height → parent.
 */

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
/** The widget speaks every language but やさしい日本語 (widget/texts.ts); its frame's own words are ja or en. */
const lang = widgetLang(query.get("lang"));
if (lang === "en") {
  document.documentElement.lang = "en";
  document.title = "マイナ期限ナビ | Certificate expiry (embedded)";
  const heading = document.querySelector("[data-heading]");
  const name = document.createElement("span");
  name.lang = "ja"; // WCAG 3.1.2
  name.textContent = "マイナ期限ナビ";
  heading?.replaceChildren("Certificate expiry (", name, ")");
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

/** Hint: the whole document's height, so margins and the focus-ring padding are included. */
let lastHeight = -1;
function postHeight(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === lastHeight && !force) || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: "myna-expiry:resize", height }, "*");
}

new ResizeObserver(() => postHeight()).observe(document.documentElement);
// On load always, even unchanged: the parent's listener may have been added after the first post.
addEventListener("load", () => postHeight(true));
