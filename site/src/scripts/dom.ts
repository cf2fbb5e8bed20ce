/**
 * @module
 * A small element builder for the islands. Text from the API is always set as text, never as
 * HTML; only our own content strings go through `inlineHtml` (which escapes first).
 */
import { inlineHtml, rubyHtml } from "../lib/inline";

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  // appendChild, not append: the project's Workers types redeclare Element.append (HTMLRewriter).
  for (const child of children)
    if (child) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

/** An element whose content is one of our content strings (inline markup, ruby). */
export function rich<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content: string,
  attrs: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
  const node = el(tag, attrs);
  node.innerHTML = inlineHtml(content);
  return node;
}

/** An element whose content is a sentence from the API (escaped; ruby allowed, see rubyHtml). */
export function apiText<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content: string,
  attrs: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
  const node = el(tag, attrs);
  node.innerHTML = rubyHtml(content);
  return node;
}
