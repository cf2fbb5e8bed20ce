/**
 * @module
 * The shape of prose pages (renew, certificates, FAQ, sources, privacy, accessibility): sections
 * of blocks, filled per language in `content/<page>.ts` and drawn by components/Blocks.astro.
 * Strings use the inline markup of lib/inline.ts.
 */

export type Block =
  | { kind: "p"; text: string }
  | { kind: "list"; items: string[]; ordered?: boolean }
  /** "precise": where the leaflet simplifies and this site says exactly what the rule is. */
  | { kind: "note"; tone: "info" | "warning" | "precise"; title: string; text: string[] }
  | { kind: "table"; caption: string; head: string[]; rows: string[][] }
  | { kind: "steps"; items: { title: string; text: string[] }[] }
  | { kind: "qa"; items: { q: string; a: string[] }[] }
  /** `titleLang`: the title's language where it is not the page's (Japanese titles on a translation). */
  | { kind: "sources"; items: { title: string; href: string; what: string; titleLang?: "ja" }[] };

export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
}

export interface ProsePageContent {
  title: string;
  description: string;
  lead: string[];
  sections: Section[];
  /** Label of the on-page contents list; omitted for short pages. */
  contentsLabel?: string;
}

export const p = (text: string): Block => ({ kind: "p", text });
export const list = (...items: string[]): Block => ({ kind: "list", items });
export const ol = (...items: string[]): Block => ({ kind: "list", items, ordered: true });
export const note = (tone: "info" | "warning" | "precise", title: string, ...text: string[]): Block => ({
  kind: "note",
  tone,
  title,
  text,
});
