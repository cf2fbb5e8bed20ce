/**
 * @module
 * A tiny element builder. Hint: DOM calls instead of `innerHTML` strings, so text from the API
 * is always text, and the widget also runs on pages that enforce Trusted Types.
 */

import { STAGE_ICONS } from "#shared/design/stage-look.ts";
import type { Stage } from "#shared/rules/result.ts";

type Child = Node | string | null | undefined | false;

/** Hint: `appendChild`, not `append`: @cloudflare/workers-types (in the shared tsconfig)
 *  redeclares `Element.append` for HTMLRewriter, which hides the DOM's. */
const append = (parent: Node, child: Node | string) =>
  parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);

export function h(
  tag: string,
  attrs: Record<string, string | null | undefined> = {},
  ...children: Child[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const name in attrs) {
    const value = attrs[name];
    if (value != null) node.setAttribute(name, value);
  }
  for (const child of children) if (child) append(node, child);
  return node;
}

const SVG = "http://www.w3.org/2000/svg";

/** The stage's icon (R-INS-2, shared/design/stage-look.ts), hidden from assistive technology: the stage word next to it says the same. */
export function stageIcon(stage: Stage): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  const path = document.createElementNS(SVG, "path");
  for (const [name, value] of Object.entries({
    viewBox: "0 0 12 12",
    width: "18",
    height: "18",
    "aria-hidden": "true",
    focusable: "false",
    class: "icon",
  }))
    svg.setAttribute(name, value);
  path.setAttribute("d", STAGE_ICONS[stage]);
  append(svg, path);
  return svg;
}
