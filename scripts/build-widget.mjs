// Builds the embeddable widget (site/src/widget) into the site's output, after `astro build`:
// - site/dist/widget/v<major>.js: pinned, changes only compatibly within the major version;
// - site/dist/widget.js: the same bytes, at the address contract.md promises;
// - site/dist/widget/v<major>/lang/<code>.js: one module per language that is not bundled
//   (site/src/widget/pack.ts), loaded by the element only where that language is used.
// Minified ES2020 modules, no dependencies. The size budget (12 KiB gzip for the widget with
// the largest language module) is checked by scripts/build-widget.test.ts.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = process.env.WIDGET_OUT_DIR ?? join(root, "site", "dist");

/** The version lives in one place (site/src/widget/version.ts); the pinned file is named after its major. */
export async function widgetVersion() {
  const source = await readFile(join(root, "site/src/widget/version.ts"), "utf8");
  const version = /WIDGET_VERSION = "(\d+)\.(\d+)\.(\d+)"/.exec(source);
  if (!version) throw new Error("site/src/widget/version.ts: no WIDGET_VERSION");
  return { version: version.slice(1).join("."), major: version[1] };
}

const PACKS_DIR = join(root, "site/src/widget/packs");

/** The languages with a module of their own: the files in site/src/widget/packs (but index.ts). */
export async function packedLangs() {
  const files = await readdir(PACKS_DIR);
  return files
    .filter((f) => f.endsWith(".ts") && f !== "index.ts")
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Bundles one entry into one module and returns its code, without writing anything. */
async function bundle(entry, banner) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    charset: "utf8",
    legalComments: "none",
    banner: { js: banner },
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

/** Bundles the widget and returns its code (a string), without writing anything. */
export async function bundleWidget() {
  const { version } = await widgetVersion();
  return bundle(
    join(root, "site/src/widget/index.ts"),
    `/*! <myna-expiry> widget ${version} | no cookies, nothing stored | /embed-docs/ */`,
  );
}

/** Bundles one language's module (its words, stage names, dates). */
export async function bundlePack(lang) {
  const { version } = await widgetVersion();
  return bundle(join(PACKS_DIR, `${lang}.ts`), `/*! <myna-expiry> widget ${version}, ${lang} */`);
}

async function main() {
  const { major } = await widgetVersion();
  const code = await bundleWidget();
  await mkdir(join(outDir, "widget"), { recursive: true });
  await writeFile(join(outDir, "widget", `v${major}.js`), code);
  await writeFile(join(outDir, "widget.js"), code);
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`widget: ${code.length} bytes, ${gzip} bytes gzip → widget.js, widget/v${major}.js`);
  const langDir = join(outDir, "widget", `v${major}`, "lang");
  await mkdir(langDir, { recursive: true });
  for (const lang of await packedLangs()) {
    const pack = await bundlePack(lang);
    await writeFile(join(langDir, `${lang}.js`), pack);
    console.log(`  ${lang}: ${gzipSync(pack, { level: 9 }).length} bytes gzip → widget/v${major}/lang/${lang}.js`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
