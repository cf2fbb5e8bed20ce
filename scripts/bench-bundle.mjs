// The Worker bundle the CPU benchmarks measure (bench:isolate, bench:workerd): esbuild bundles
// worker/index.ts the way wrangler does (ESM, workerd conditions, minified).
//
// BENCH_AGAINST=DIR (another checkout of this project with its own node_modules, e.g. a
// `git worktree add /tmp/old main`) bundles that checkout's Worker too, so that old and new
// code are measured in the same run, on the same machine, at the same load.
//
// A checkout that loads languages on demand (worker/lang-texts/, worker/lang-texts.ts) gets its
// language modules copied beside its bundle, as wrangler uploads them; `modules` lists them.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";
import { copyLangTexts, externalLangTexts, WORKERD_BUILD } from "./lang-texts/packs.mjs";

/** Bundles `root`'s worker/index.ts to `outfile` (an absolute path); returns the further modules. */
export async function bundleWorker(outfile, root = process.cwd()) {
  const onDemand = existsSync(join(resolve(root), "worker/lang-texts"));
  const dir = dirname(outfile);
  if (onDemand && existsSync(join(dir, "lang-texts")))
    throw new Error(`${dir} holds another checkout's language modules: bundle this one elsewhere`);
  await build({
    absWorkingDir: resolve(root),
    entryPoints: [join(resolve(root), "worker/index.ts")],
    ...WORKERD_BUILD,
    outfile,
    logLevel: "warning",
    plugins: onDemand ? [externalLangTexts] : [],
  });
  return onDemand ? copyLangTexts(dir, resolve(root)) : [];
}

/** The bundles to measure: this checkout's, and BENCH_AGAINST's when it is set, each in a
 *  folder of its own under `dir` (each beside its own language modules). */
export async function benchBundles(dir) {
  const bundle = async (name, folder, root) => {
    mkdirSync(join(dir, folder));
    // The language modules are `.js` files: told nothing, Node parses each one twice on import,
    // once to guess whether it is an ES module (a few ms of CPU per module in the measured
    // request). wrangler.toml declares them ES modules (`[[rules]]`), and so does this for Node.
    writeFileSync(join(dir, folder, "package.json"), '{ "type": "module" }\n');
    const file = join(dir, folder, "worker.mjs");
    return { name, file, modules: await bundleWorker(file, root) };
  };
  const bundles = [await bundle("this checkout", "this")];
  if (process.env.BENCH_AGAINST)
    bundles.unshift(await bundle(`BENCH_AGAINST (${process.env.BENCH_AGAINST})`, "against", process.env.BENCH_AGAINST));
  return bundles;
}
