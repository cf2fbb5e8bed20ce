// Types of packs.mjs (a plain Node module) for the TypeScript that imports it.
import type { Plugin } from "esbuild";

/** Language code → the export names of its catalog and of its API texts. */
export const LATER_LANGS: Record<"en" | "ja-easy" | "zh-Hans" | "ko" | "vi" | "pt-BR" | "tl" | "ne", [string, string]>;
/** Where the modules are, relative to the Worker's entry and its bundle. */
export const LANG_TEXTS_DIR: string;
/** The checker page's module (its name beside the bundle) and the source it is built from. */
export const CHECK_PAGE: { module: string; entry: string };
/** The import specifiers the Worker uses for the modules built apart. */
export const SPECIFIER: RegExp;
/** esbuild's options for code that runs in workerd, as wrangler bundles the Worker. */
export const WORKERD_BUILD: {
  bundle: true;
  format: "esm";
  platform: "neutral";
  conditions: string[];
  mainFields: string[];
  minify: true;
};
/** esbuild's options for the modules built apart (WORKERD_BUILD, UTF-8 output). */
export const MODULE_BUILD: typeof WORKERD_BUILD & { charset: "utf8" };
/** esbuild plugin: leave the modules built apart out of a bundle, imported as they are written. */
export const externalLangTexts: Plugin;
/** Copies the built modules (languages, checker page) beside a bundle in `dir`; returns their module names. */
export function copyLangTexts(dir: string, root?: string): string[];
/** The source of one language's module. */
export function entrySource(code: string): string;
/** One language's module, built as wrangler builds the Worker; nothing is written. */
export function buildLangTexts(code: string, root?: string): Promise<string>;
/** The checker page's module, built as wrangler builds the Worker; nothing is written. */
export function buildCheckPage(root?: string): Promise<string>;
/** The type declaration beside the checker page's module. */
export const CHECK_PAGE_DECLARATION: string;
/** The type declaration beside each module. */
export const DECLARATION: string;
