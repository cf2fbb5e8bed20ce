/**
 * @module
 * A tiny element builder. Hint: DOM calls instead of `innerHTML` strings, so text from the API
 * is always text, and the widget also runs on pages that enforce Trusted Types.
 */
import type { Stage } from "#shared/rules/result.ts";

type Child = Node | string | null | undefined | false;

/** Hint: `appendChild`, not `append`: @cloudflare/workers-types (in the shared tsconfig)
 *  redeclares `Element.append` for HTMLRewriter, which hides the DOM's. */
const append = (parent: Node, child: Node | string) =>
  parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);

export function h(tag: string, attrs: Record<string, string | null | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const name in attrs) {
    const value = attrs[name];
    if (value != null) node.setAttribute(name, value);
  }
  for (const child of children) if (child) append(node, child);
  return node;
}

/** R-INS-2: one icon shape per stage (the badge's shapes, worker/badge/palette.ts), so colour is never the only signal. */
const ICON_PATHS: Record<Stage, string> = {
  valid: "M2 6.5 4.8 9.2 10 3",
  renewal: "M6 1a5 5 0 1 0 0.01 0M6 3.2V6l2 1.6",
  grace: "M6 1.2 11 10.5H1Z M6 4.5V7.2M6 8.6V8.9",
  lapsed: "M2.5 2.5l7 7M9.5 2.5l-7 7",
};

const SVG = "http://www.w3.org/2000/svg";

/** The stage's icon, hidden from assistive technology: the stage word next to it says the same. */
export function stageIcon(stage: Stage): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  const path = document.createElementNS(SVG, "path");
  for (const [name, value] of Object.entries({ viewBox: "0 0 12 12", width: "18", height: "18", "aria-hidden": "true", focusable: "false", class: "icon" }))
    svg.setAttribute(name, value);
  path.setAttribute("d", ICON_PATHS[stage]);
  append(svg, path);
  return svg;
}
