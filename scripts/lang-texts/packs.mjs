// The languages whose texts the Worker loads when a request asks for them (worker/lang-texts.ts),
// and how their modules are built: each is one ES module, worker/lang-texts/<code>.js, bundled by
// esbuild from the language's catalog and API texts (shared/messages/<code>.ts, api/<code>.ts)
// with what they import (their glossary, readings, limits). Wrangler uploads them beside the
// Worker as additional modules (`find_additional_modules`, `[[rules]]` in wrangler.toml);
// `npm start` and the benchmarks put them beside their bundle (scripts/start.mjs,
// scripts/bench-bundle.mjs). Only ja, the default, stays in the Worker's bundle.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** Language code → the export names of its catalog and of its API texts. */
export const LATER_LANGS = {
  en: ["en", "enApi"],
  "ja-easy": ["jaEasy", "jaEasyApi"],
  "zh-Hans": ["zhHans", "zhHansApi"],
  ko: ["ko", "koApi"],
  vi: ["vi", "viApi"],
  "pt-BR": ["ptBR", "ptBRApi"],
  tl: ["tl", "tlApi"],
  ne: ["ne", "neApi"],
};

/** Where the modules are, relative to the Worker's entry (worker/index.ts) and so to its bundle. */
export const LANG_TEXTS_DIR = "lang-texts";

/** esbuild's options for code that runs in workerd, as wrangler bundles the Worker. */
export const WORKERD_BUILD = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  conditions: ["workerd", "worker", "browser"],
  mainFields: ["module", "main"],
  minify: true,
};

/** The import specifier the Worker uses for a language's module (worker/lang-texts.ts). */
export const SPECIFIER = /^\.\/lang-texts\/[\w-]+\.js$/;

/** esbuild plugin: leave the language modules out of a bundle, imported as they are written. */
export const externalLangTexts = {
  name: "external-lang-texts",
  setup(build) {
    build.onResolve({ filter: SPECIFIER }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * Copies the built modules (worker/lang-texts/*.js of `root`) into `dir`/lang-texts/, beside a
 * bundle written to `dir`, and returns their module names (`lang-texts/<code>.js`).
 */
export function copyLangTexts(dir, root = process.cwd()) {
  mkdirSync(join(dir, LANG_TEXTS_DIR), { recursive: true });
  return Object.keys(LATER_LANGS).map((code) => {
    const name = `${LANG_TEXTS_DIR}/${code}.js`;
    copyFileSync(join(root, "worker", name), join(dir, name));
    return name;
  });
}

/** The source of one language's module: `export const texts = { catalog, api }`. */
export function entrySource(code) {
  const [catalog, api] = LATER_LANGS[code];
  return [
    `import { ${catalog} as catalog } from "#shared/messages/${code}.ts";`,
    `import { ${api} as api } from "#shared/messages/api/${code}.ts";`,
    "export const texts = { catalog, api };",
    "",
  ].join("\n");
}

/** Builds one language's module as wrangler builds the Worker (ESM, minified); returns its text. */
export async function buildLangTexts(code, root = process.cwd()) {
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: entrySource(code), resolveDir: root, sourcefile: `lang-texts/${code}.ts`, loader: "ts" },
    ...WORKERD_BUILD,
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

/** The type declaration beside each module, so TypeScript knows what the Worker imports. */
export const DECLARATION = `// Written by \`npm run lang-texts\` (scripts/lang-texts/generate.mjs) beside the module.
import type { LangTexts } from "#shared/messages/catalog.ts";

export declare const texts: LangTexts;
`;
