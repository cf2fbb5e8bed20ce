// The Worker bundle the CPU benchmarks measure (bench:isolate, bench:workerd): esbuild bundles
// worker/index.ts the way wrangler does (ESM, workerd conditions, minified). The profiles
// (scripts/profile-*.mjs) take it unminified, so that a profile names the functions.
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
export async function bundleWorker(outfile, root = process.cwd(), { minify = WORKERD_BUILD.minify } = {}) {
  const onDemand = existsSync(join(resolve(root), "worker/lang-texts"));
  const dir = dirname(outfile);
  if (onDemand && existsSync(join(dir, "lang-texts")))
    throw new Error(`${dir} holds another checkout's language modules: bundle this one elsewhere`);
  await build({
    absWorkingDir: resolve(root),
    entryPoints: [join(resolve(root), "worker/index.ts")],
    ...WORKERD_BUILD,
    minify,
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
    esModuleFolder(join(dir, folder));
    const file = join(dir, folder, "worker.mjs");
    return { name, file, modules: await bundleWorker(file, root) };
  };
  const bundles = [await bundle("this checkout", "this")];
  if (process.env.BENCH_AGAINST)
    bundles.unshift(await bundle(`BENCH_AGAINST (${process.env.BENCH_AGAINST})`, "against", process.env.BENCH_AGAINST));
  return bundles;
}

/** This checkout's bundle for a profile, unminified, as `dir`/worker.mjs beside its modules. */
export async function profileBundle(dir) {
  esModuleFolder(dir);
  const file = join(dir, "worker.mjs");
  return { file, modules: await bundleWorker(file, process.cwd(), { minify: false }) };
}

/** Marks `dir`'s `.js` files ES modules for Node. */
function esModuleFolder(dir) {
  // The language modules are `.js` files: told nothing, Node parses each one twice on import,
  // once to guess whether it is an ES module (a few ms of CPU per module in the measured
  // request). wrangler.toml declares them ES modules (`[[rules]]`), and so does this for Node.
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
}

// Code for the Node processes that call the bundle's fetch handler as workerd does (bench:isolate,
// scripts/profile-isolate.mjs), written into their own code (they run it with `node -e`).

/**
 * Node's Request, Response, Headers and body readers load on first use (undici, ~50 ms of CPU);
 * workerd's are native. A process runs this before it imports the Worker's code, so that the
 * measured first request pays only for the Worker's own code.
 */
export const WARM_NODE_FETCH = `{
  const request = new Request("https://warm.test/", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"a":1}' });
  await request.json();
  const response = new Response('{"a":1}', { headers: { "Content-Type": "application/json" } });
  response.headers.get("Content-Type");
  await response.text();
}`;

/** The fetch handler's `env` and `ctx`, and `request()`: a new POST of `body` to `path` (both the process's own). */
export const BENCH_REQUEST = `const env = {};
const ctx = { waitUntil() {}, passThroughOnException() {} };
const request = () =>
  new Request("https://myna.test" + path, {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": "192.0.2.1" },
    body,
  });`;
