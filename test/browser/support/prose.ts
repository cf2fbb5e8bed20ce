/**
 * @module
 * Reading a prose page (content/blocks.ts) back from the browser: every sentence its content
 * puts on the page, and the page's text as written (ruby readings left out), both without white
 * space, so a test can check that each sentence of the content is on the page.
 */
import type { Page } from "playwright-core";
import type { Block, ProsePageContent } from "../../../site/src/content/blocks.ts";
import { plainText } from "../../../site/src/lib/inline.ts";

function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case "p":
      return [block.text];
    case "list":
      return block.items;
    case "note":
      return [block.title, ...block.text];
    case "steps":
      return block.items.flatMap((item) => [item.title, ...item.text]);
    case "table":
      return [block.caption, ...block.head, ...block.rows.flat()];
    case "qa":
      return block.items.flatMap((item) => [item.q, ...item.a]);
    case "sources":
      return block.items.flatMap((item) => [item.title, item.what]);
  }
}

const squash = (text: string) => text.replace(/\s+/g, "");

/** Every sentence of a prose page's content, without markup or white space. */
export const proseSentences = (content: ProsePageContent): string[] =>
  [
    content.title,
    ...content.lead,
    ...content.sections.flatMap((s) => [s.heading, ...s.blocks.flatMap(blockTexts)]),
  ].map((text) => squash(plainText(text)));

/** The text of `selector` as written (ruby readings left out), without white space. */
export const textOf = (p: Page, selector = "main"): Promise<string> =>
  p.evaluate((selector) => {
    const element = document.querySelector(selector)!.cloneNode(true) as HTMLElement;
    for (const reading of element.querySelectorAll("rt, rp")) reading.remove();
    return (element.textContent ?? "").replace(/\s+/g, "");
  }, selector);

/** The text of the section headed by the heading with this id. */
export const sectionText = (p: Page, id: string): Promise<string> => textOf(p, `section[aria-labelledby="${id}"]`);
