/**
 * @module
 * A list of sources in a translated page: each source's title and address as the sources page
 * has them (content/sources.ts, one home; titles stay Japanese, they are the sources' own
 * names), and what it says in the page's language. A source without its sentence stops the
 * build, so a source added to a page is never shown with an empty or English line.
 */
import type { Block } from "../blocks";
import type { Source } from "../sources";

export function translatedSourceBlock(sources: readonly Source[], what: ReadonlyMap<Source, string>): Block {
  return {
    kind: "sources",
    items: sources.map((source) => {
      const text = what.get(source);
      if (text === undefined) throw new Error(`No translation of what ${source.href} says`);
      // The titles are Japanese (WCAG 3.1.2): lang="ja" on the whole title, which on a Chinese
      // page nothing else could tell (厚生労働省「…」 reads as Chinese characters).
      return { title: source.title, href: source.href, what: text, titleLang: "ja" };
    }),
  };
}
