// The languages whose texts the Worker loads when a request asks for them (worker/lang-texts.ts),
// and how their modules are built: each is one ES module, worker/lang-texts/<code>.js, bundled by
// esbuild from the language's catalog and API texts (shared/messages/<code>.ts, api/<code>.ts)
// with what they import (their glossary, readings, limits). Wrangler uploads them beside the
// Worker as additional modules (`find_additional_modules`, `[[rules]]` in wrangler.toml);
// `npm start` and the benchmarks put them beside their bundle (scripts/start.mjs,
// scripts/bench-bundle.mjs). Only ja, the default, stays in the Worker's bundle.
//
// Three more modules are built and shipped the same way, though they hold no texts (`APART`): the
// no-JavaScript checker page's answer (worker/check-page/post.ts: the form's checks and the
// island's renderer it reuses from site/src/scripts), worker/check-page/page.js, imported on an
// isolate's first POST to a checker page (worker/check-page-module.ts); and the calendar file's
// builder (worker/calendar-file/build.ts, shared/calendar), worker/calendar-file/ics.js, imported
// on its first calendar request (worker/calendar-file-module.ts); and the badge's drawing
// (worker/badge/svg.ts, its palette, shared/design's stage looks), worker/badge/image.js, imported
// on its first badge request (worker/badge-module.ts). No other request needs them.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
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

/**
 * esbuild's options for code that runs in workerd: the Worker's bundle as `npm run deploy` builds
 * it (scripts/build-worker.mjs) and wrangler uploads it as it is (`--no-bundle`), and the modules
 * beside it. Wrangler's own bundling would be the same (wrangler.toml's `minify`, `keep_names =
 * false`) but for the text: it writes each non-ASCII character as a `\uXXXX` escape (6 bytes
 * where UTF-8 takes 2 or 3) and has no option against it; here UTF-8 stays as it is. The bundle:
 * 167.7 → 137.5 KB, 48.0 → 47.0 KB gzip (2026-12-02); the eight languages 434.6 → 300.3 KB, 87.1
 * → 82.0 KB gzip.
 */
export const WORKERD_BUILD = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  conditions: ["workerd", "worker", "browser"],
  mainFields: ["module", "main"],
  minify: true,
  charset: "utf8",
};

/** The checker page's module (its name beside the bundle), the source it is built from, and what
 *  the Worker takes from it. */
export const CHECK_PAGE = { module: "check-page/page.js", entry: "worker/check-page/post.ts", exports: ["answerPost"] };

/** The calendar file's module, likewise. */
export const CALENDAR_FILE = {
  module: "calendar-file/ics.js",
  entry: "worker/calendar-file/build.ts",
  exports: ["calendarFile"],
};

/** The badge's drawing, likewise. */
export const BADGE = { module: "badge/image.js", entry: "worker/badge/svg.ts", exports: ["badgeSvg"] };

/** The modules built apart that hold no texts. */
export const APART = [CHECK_PAGE, CALENDAR_FILE, BADGE];

/**
 * The import specifiers the Worker uses for those modules (worker/lang-texts.ts,
 * worker/check-page-module.ts): written in files beside worker/index.ts, so they name the
 * modules as they are named beside the bundle.
 */
export const SPECIFIER = /^\.\/(lang-texts\/[\w-]+|check-page\/page|calendar-file\/ics|badge\/image)\.js$/;

/** esbuild plugin: leave those modules out of a bundle, imported as they are written. */
export const externalLangTexts = {
  name: "external-lang-texts",
  setup(build) {
    build.onResolve({ filter: SPECIFIER }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * Copies the built modules (worker/lang-texts/*.js of `root`, and each of `APART` that `root` has)
 * into `dir`, beside a bundle written there, and returns their module names
 * (`lang-texts/<code>.js`, `check-page/page.js`, `calendar-file/ics.js`).
 */
export function copyLangTexts(dir, root = process.cwd()) {
  mkdirSync(join(dir, LANG_TEXTS_DIR), { recursive: true });
  const names = Object.keys(LATER_LANGS).map((code) => `${LANG_TEXTS_DIR}/${code}.js`);
  for (const { module } of APART)
    if (existsSync(join(root, "worker", module))) {
      mkdirSync(join(dir, dirname(module)), { recursive: true });
      names.push(module);
    }
  for (const name of names) copyFileSync(join(root, "worker", name), join(dir, name));
  return names;
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

/** Builds one language's module as the Worker is built (WORKERD_BUILD); returns its text. */
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

/** Builds one of `APART` as the Worker is built (WORKERD_BUILD); returns its text. */
export async function buildApart(apart, root = process.cwd()) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [apart.entry],
    ...WORKERD_BUILD,
    write: false,
    outfile: basename(apart.module),
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

/** The type declaration beside one of `APART`: what its entry exports to the Worker. */
export const apartDeclaration = (apart) =>
  `// Written by \`npm run lang-texts\` (scripts/lang-texts/generate.mjs) beside the module.
export { ${apart.exports.join(", ")} } from "./${basename(apart.entry)}";
`;

/** The type declaration beside each module, so TypeScript knows what the Worker imports. */
export const DECLARATION = `// Written by \`npm run lang-texts\` (scripts/lang-texts/generate.mjs) beside the module.
import type { LangTexts } from "#shared/messages/catalog.ts";

export declare const texts: LangTexts;
`;
