/**
 * @module
 * A small element builder for the islands. Text from the API is always set as text, never as
 * HTML; only our own content strings go through `inlineHtml` (which escapes first).
 */
import { inlineHtml } from "../lib/inline";

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

/**
 * A control whose visible label is one of our content strings: ruby shown, each reading
 * `aria-hidden`, so the accessible name is the words alone (「上へ」, not 「上うえへ」) in every
 * browser (Chromium leaves `rt` out of names already; others read it). No `aria-label`: the name
 * comes from the content, so it cannot drift from the visible text (WCAG 2.5.3; axe's
 * label-content-name-mismatch counts the readings as visible text and fails any `aria-label`
 * without them). More of the name, such as the row, goes in a `.visually-hidden` child.
 */
export function richLabel<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content: string,
  attrs: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
  const node = rich(tag, content, attrs);
  for (const rt of node.querySelectorAll("rt")) rt.setAttribute("aria-hidden", "true");
  return node;
}

/**
 * One of our content strings with values from the person's own data (a label, a sheet's
 * header) in `{key}` places: the string's markup is ours (ruby, strong), the values are set as
 * text, so a name such as 「**山田**」 or 「{a|b}」 stays as it was typed.
 */
export function richWithText<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  content: string,
  values: Record<string, string>,
  attrs: Record<string, string | undefined> = {},
): HTMLElementTagNameMap[K] {
  const node = el(tag, attrs);
  const keys = Object.keys(values);
  const parts = keys.length ? content.split(new RegExp(`\\{(${keys.join("|")})\\}`)) : [content];
  parts.forEach((part, i) => {
    if (i % 2 === 1) node.appendChild(document.createTextNode(values[part]!));
    else if (part) {
      const holder = document.createElement("span");
      holder.innerHTML = inlineHtml(part);
      while (holder.firstChild) node.appendChild(holder.firstChild);
    }
  });
  return node;
}
