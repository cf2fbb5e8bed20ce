// Types of packs.mjs (a plain Node module) for the TypeScript that imports it.
import type { Plugin } from "esbuild";

/** Language code → the export names of its catalog and of its API texts. */
export const LATER_LANGS: Record<"en" | "ja-easy" | "zh-Hans" | "ko" | "vi" | "pt-BR" | "tl" | "ne", [string, string]>;
/** Where the modules are, relative to the Worker's entry and its bundle. */
export const LANG_TEXTS_DIR: string;
/** A module built apart that holds no texts: its name beside the bundle, its source, what the Worker takes from it. */
export interface Apart {
  module: string;
  entry: string;
  exports: string[];
}
/** The checker page's module. */
export const CHECK_PAGE: Apart;
/** The calendar file's module. */
export const CALENDAR_FILE: Apart;
/** The badge's module. */
export const BADGE: Apart;
/** The modules built apart that hold no texts. */
export const APART: Apart[];
/** The import specifiers the Worker uses for the modules built apart. */
export const SPECIFIER: RegExp;
/** esbuild's options for code that runs in workerd: the Worker as deployed, and its modules (UTF-8 output). */
export const WORKERD_BUILD: {
  bundle: true;
  format: "esm";
  platform: "neutral";
  conditions: string[];
  mainFields: string[];
  minify: true;
  charset: "utf8";
};
/** esbuild plugin: leave the modules built apart out of a bundle, imported as they are written. */
export const externalLangTexts: Plugin;
/** Copies the built modules (languages, `APART`) beside a bundle in `dir`; returns their module names. */
export function copyLangTexts(dir: string, root?: string): string[];
/** The source of one language's module. */
export function entrySource(code: string): string;
/** One language's module, built as the Worker is built; nothing is written. */
export function buildLangTexts(code: string, root?: string): Promise<string>;
/** One of `APART`, built as the Worker is built; nothing is written. */
export function buildApart(apart: Apart, root?: string): Promise<string>;
/** The type declaration beside one of `APART`. */
export function apartDeclaration(apart: Apart): string;
/** The type declaration beside each module. */
export const DECLARATION: string;
