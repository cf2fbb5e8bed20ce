// Builds the embeddable widget (site/src/widget) into the site's output, after `astro build`:
// - site/dist/widget/v<major>.js: pinned, changes only compatibly within the major version;
// - site/dist/widget.js: the same bytes, at the address contract.md promises.
// One minified ES2020 module, no dependencies. The size budget (12 KiB gzip) is checked by
// scripts/build-widget.test.ts.
import { mkdir, readFile, writeFile } from "node:fs/promises";
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

/** Bundles the widget and returns its code (a string), without writing anything. */
export async function bundleWidget() {
  const { version } = await widgetVersion();
  const result = await build({
    entryPoints: [join(root, "site/src/widget/index.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    charset: "utf8",
    legalComments: "none",
    banner: { js: `/*! <myna-expiry> widget ${version} | no cookies, nothing stored | /embed-docs/ */` },
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}

async function main() {
  const { major } = await widgetVersion();
  const code = await bundleWidget();
  await mkdir(join(outDir, "widget"), { recursive: true });
  await writeFile(join(outDir, "widget", `v${major}.js`), code);
  await writeFile(join(outDir, "widget.js"), code);
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`widget: ${code.length} bytes, ${gzip} bytes gzip → widget.js, widget/v${major}.js`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
