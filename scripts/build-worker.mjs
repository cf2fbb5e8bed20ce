// `npm run build:worker`: the Worker as `npm run deploy` uploads it, into dist/worker/: index.js
// (worker/index.ts bundled with WORKERD_BUILD, UTF-8 text as it is: scripts/lang-texts/packs.mjs
// says why) and, beside it, the modules it imports on demand (worker/lang-texts/*.js,
// worker/check-page/page.js, built by `npm run lang-texts`). `npm run deploy` then runs
// `wrangler deploy dist/worker/index.js --no-bundle`, which uploads these files as they are,
// finding the modules beside the bundle with wrangler.toml's `find_additional_modules` and
// `rules`. scripts/lang-texts/bundle.test.ts measures this build against the bundle's ceiling.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { copyLangTexts, externalLangTexts, WORKERD_BUILD } from "./lang-texts/packs.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds the Worker into `dir` (emptied first); returns esbuild's result, with its metafile. */
export async function buildWorker(dir = join(root, "dist/worker")) {
  rmSync(dir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["worker/index.ts"],
    ...WORKERD_BUILD,
    outfile: join(dir, "index.js"),
    metafile: true,
    logLevel: "warning",
    plugins: [externalLangTexts],
  });
  copyLangTexts(dir, root);
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWorker();
  console.log(`build-worker: ${join("dist", "worker", "index.js")} and the modules beside it`);
}
