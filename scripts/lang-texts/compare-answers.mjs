// `node scripts/lang-texts/compare-answers.mjs OLD [NEW]`: the same requests through two Worker
// bundles, answers compared byte for byte (status, headers, body). OLD and NEW (default: this
// checkout) are checkouts with their own node_modules, each bundled by its own
// `wrangler deploy --dry-run --outdir` (the bundle that ships, its language modules beside it),
// or directories such a run wrote (an index.js there). Each bundle answers in a fresh Node
// process, in one order, so a language's first request is also the one that loads its texts.
// Exits 1 if any answer differs. For a change to how texts load or how the bundle is built.
//
// Left out: the no-JS checker pages (the HTML rewriting is workerd's HTMLRewriter, which Node
// lacks; test/api covers them), and anything needing the ASSETS binding.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { LANGS } from "../../shared/lang/index.ts";
import { answerRequests } from "./answer-requests.mjs";

/** Every kind of answer in `lang` (answer-requests.mjs, the list test/api/lang-texts.test.ts
 *  sends too), after the stage on 65 days around a certificate's expiry (every stage, both
 *  sides of each edge); `other` and `third` for the items of a batch. */
function requests(lang, other, third) {
  const days = Array.from({ length: 65 }, (_, i) => {
    const day = new Date(Date.UTC(2025, 10, 14) + i * 9 * 86_400_000).toISOString().slice(0, 10);
    return ["GET", `/api/v1/stage?certificateExpiry=2026-11-14&today=${day}&lang=${lang}`];
  });
  return [...days, ...answerRequests(lang, other, third).map(([, ...request]) => request)];
}

const ALL = LANGS.flatMap((lang, i) => requests(lang, LANGS[(i + 4) % LANGS.length], LANGS[(i + 7) % LANGS.length]));

// The code each fresh process runs: import the bundle, answer every request in order, print them.
const CHILD = `
const { bundle, all } = JSON.parse(process.argv[1]);
const worker = (await import(bundle)).default;
const ctx = { waitUntil() {}, passThroughOnException() {} };
const env = { PUBLIC_ORIGIN: "https://myna.test" };
const out = [];
for (const [method, path, headers = {}, body] of all) {
  const res = await worker.fetch(
    new Request("https://myna.test" + path, {
      method,
      headers: { ...headers, "CF-Connecting-IP": "192.0.2.1" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    }),
    env,
    ctx,
  );
  out.push({ status: res.status, headers: [...res.headers], body: await res.text() });
}
process.stdout.write(JSON.stringify(out));
`;

/** `where`'s bundle: its index.js if it is a wrangler output, else wrangler's output for it. */
function bundleOf(where, scratch) {
  const dir = resolve(where);
  if (existsSync(join(dir, "index.js"))) return join(dir, "index.js");
  const outdir = mkdtempSync(join(scratch, "out-"));
  mkdirSync(join(dir, "site/dist"), { recursive: true }); // wrangler refuses a missing assets directory
  const run = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { cwd: dir, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`wrangler in ${dir} failed:\n${run.stderr.slice(-2000)}`);
  return join(outdir, "index.js");
}

function answers(file) {
  const arg = JSON.stringify({ bundle: pathToFileURL(file).href, all: ALL });
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD, arg], {
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
  return JSON.parse(run.stdout);
}

const [oldWhere, newWhere = "."] = process.argv.slice(2);
if (!oldWhere) throw new Error("usage: node scripts/lang-texts/compare-answers.mjs OLD [NEW]");
const scratch = mkdtempSync(join(tmpdir(), "myna-compare-"));
try {
  const [a, b] = [bundleOf(oldWhere, scratch), bundleOf(newWhere, scratch)].map(answers);
  const differ = ALL.map((request, i) => [request, a[i], b[i]]).filter(
    ([, x, y]) => JSON.stringify(x) !== JSON.stringify(y),
  );
  const statuses = Object.entries(Object.groupBy(a, (r) => r.status)).map(([s, rs]) => `${rs.length}× ${s}`);
  console.log(
    `${ALL.length} requests in ${LANGS.length} languages (${statuses.join(", ")}): ${differ.length} answers differ`,
  );
  for (const [[method, path]] of differ.slice(0, 10)) console.log(`  differs: ${method} ${path}`);
  process.exitCode = differ.length === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
