/**
 * @module
 * A DOM-free HTML builder, so the checker's answer is one function from an evaluation to HTML:
 * the island sets it in the page, and the Worker writes it into the static page for the
 * no-JavaScript answer (worker/routes/check-page.ts). Attribute values are escaped here;
 * children are HTML already: our content strings go through `inlineHtml`, API sentences
 * through `rubyHtml`, anything else through `escapeHtml` (lib/inline.ts).
 */
import { escapeHtml } from "../lib/inline";

/** HTML text, as built by {@link h} or the escaping helpers. */
export type Html = string;

type Child = Html | null | undefined | false;

const VOID = new Set(["br", "img", "input", "hr"]);

export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): Html {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined) open += value === "" ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  open += ">";
  if (VOID.has(tag)) return open;
  return `${open}${children.filter(Boolean).join("")}</${tag}>`;
}
