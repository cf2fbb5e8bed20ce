// `node scripts/profile-isolate.mjs [OUT.cpuprofile]` (default: the temp folder): where the CPU of
// `npm run bench:isolate`'s compact 1,000-item batch goes in Node (issue 12), split into what
// the Worker's own JavaScript costs and what Node's web platform costs around it: undici's
// Request, Response and Headers, its body streams, TextEncoder/TextDecoder. workerd implements
// those natively (C++), so in Node they cost what an edge isolate does not pay in JavaScript.
//
// How: the bench's code path in one fresh process (scripts/bench-isolate.mjs: Node's fetch
// classes loaded first, then the bundle, built as wrangler does but not minified so that the
// profile names functions). After PROFILE_WARM requests (default 50, the bench's steady point):
// 1. Timed parts, each a window of PROFILE_RUNS (default 20) in turn, PROFILE_ROUNDS rounds
//    (default 5), medians, CPU read after a 1 ms sleep as the bench does:
//    - the bench's request: `worker.fetch(request)` and reading the answer with `text()`;
//    - the same without `text()` (the bench's harness reads the answer; the edge never does);
//    - Node's parts alone, on the same bytes: reading a Request's body (`arrayBuffer()`, which
//      jsonBody calls), building a Response of the answer's text (hono's `c.json` does), and
//      reading it back (`text()`);
//    - the Worker's JavaScript alone: decoding and parsing the body, and `JSON.stringify` of the
//      answer (of its parsed copy: the same keys and values).
// 2. A CPU profile (node:inspector, 100 µs interval) of PROFILE_REQUESTS more (default 50) of
//    the bench's request, self time grouped by where the code lives: the Worker's bundle (with
//    the V8 built-ins it calls, JSON.stringify among them: they have no frame of their own),
//    undici, web streams, the encoders, the rest of Node, the harness, GC. The top functions.
// One process on one core for about 10 s; prints figures, asserts nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { batchRequest } from "./bench-batch-items.mjs";
import { BENCH_REQUEST, profileBundle, WARM_NODE_FETCH } from "./bench-bundle.mjs";

const WARM = Number(process.env.PROFILE_WARM ?? 50);
const RUNS = Number(process.env.PROFILE_RUNS ?? 20);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 5);
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 50);
/** PROFILE_PARTS=0: no timed parts, so that PROFILE_WARM=1 PROFILE_REQUESTS=10 profiles the bench's warm window. */
const PARTS = process.env.PROFILE_PARTS !== "0";
const out = resolve(process.argv[2] ?? join(tmpdir(), "isolate.cpuprofile"));

const THREAD = `
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
const { bundle, bodyFile, path, warm, runs, rounds, requests, parts: timeParts, out } = JSON.parse(process.argv[1]);
const body = readFileSync(bodyFile, "utf8");
const nap = new Int32Array(new SharedArrayBuffer(4));
/** The thread's CPU, user + system, in ms, after a 1 ms sleep (exact, as bench:isolate reads it). */
function cpuMs() {
  return cpu().total;
}
function cpu() {
  Atomics.wait(nap, 0, 0, 1);
  const { user, system } = process.threadCpuUsage();
  return { total: (user + system) / 1000, system: system / 1000 };
}
${WARM_NODE_FETCH}
const worker = (await import(bundle)).default;
${BENCH_REQUEST}
let answer = "";
for (let i = 0; i < warm; i++) answer = await (await worker.fetch(request(), env, ctx)).text();
const answerObject = JSON.parse(answer);
const bodyBytes = new TextEncoder().encode(body);
const decoder = new TextDecoder("utf-8", { fatal: true });
const headers = { "Content-Type": "application/json", "Cache-Control": "no-store" };
let sink = 0;
/** Each part: set-up outside the window (not measured), then the measured work on each input. */
const parts = {
  "bench request (fetch + text())": [() => request(), async (r) => { sink += (await (await worker.fetch(r, env, ctx)).text()).length; }],
  "fetch only (answer not read)": [() => request(), async (r) => { sink += (await worker.fetch(r, env, ctx)).status; }],
  "Node: Request body arrayBuffer()": [() => request(), async (r) => { sink += (await r.arrayBuffer()).byteLength; }],
  "Node: new Response(answer text)": [() => answer, (a) => { sink += new Response(a, { status: 200, headers }).status; }],
  "Node: Response text()": [() => new Response(answer, { status: 200, headers }), async (r) => { sink += (await r.text()).length; }],
  "JS: decode + JSON.parse of the body": [() => bodyBytes, (b) => { sink += Object.keys(JSON.parse(decoder.decode(b))).length; }],
  "JS: JSON.stringify of the answer": [() => answerObject, (o) => { sink += JSON.stringify(o).length; }],
};
const figures = Object.fromEntries(Object.keys(parts).map((name) => [name, []]));
const kernel = Object.fromEntries(Object.keys(parts).map((name) => [name, []]));
for (let round = 0; timeParts && round < rounds; round++)
  for (const [name, [setUp, work]] of Object.entries(parts)) {
    const inputs = Array.from({ length: runs }, setUp);
    const start = cpu();
    for (const input of inputs) await work(input);
    const end = cpu();
    figures[name].push((end.total - start.total) / runs);
    kernel[name].push((end.system - start.system) / runs);
  }
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
const batch = Array.from({ length: requests }, request);
const profileStart = cpuMs();
await session.post("Profiler.start");
for (const r of batch) sink += (await (await worker.fetch(r, env, ctx)).text()).length;
const { profile } = await session.post("Profiler.stop");
const profiledMs = (cpuMs() - profileStart) / requests;
writeFileSync(out, JSON.stringify(profile));
console.log(JSON.stringify({ figures, kernel, profiledMs, answerBytes: Buffer.byteLength(answer), sink }));
`;

const dir = mkdtempSync(join(tmpdir(), "myna-profile-isolate-"));
try {
  const { file: bundle } = await profileBundle(dir);
  const batch = batchRequest(1_000, "ja", false);
  const bodyFile = join(dir, "body.json");
  writeFileSync(bodyFile, JSON.stringify(batch.body));
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  const loadBefore = load();
  const args = {
    bundle: pathToFileURL(bundle).href,
    bodyFile,
    path: batch.path,
    warm: WARM,
    runs: RUNS,
    rounds: ROUNDS,
    requests: REQUESTS,
    parts: PARTS,
    out,
  };
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", THREAD, JSON.stringify(args)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
  const { figures, kernel, profiledMs, answerBytes } = JSON.parse(run.stdout);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    `profile-isolate, node ${process.version}: the compact 1,000-item batch (${(answerBytes / 2 ** 20).toFixed(2)} MiB answer), ` +
      `after ${WARM} requests; load average ${loadBefore} → ${load()}`,
  );
  if (PARTS)
    console.log(
      `CPU per request, ms: median of ${ROUNDS} windows of ${RUNS} (the rounds' spread in brackets), and of it the ` +
        "kernel's (system time: page faults and the mapping and unmapping of V8's and the buffers' large memory)",
    );
  for (const [name, values] of Object.entries(figures).filter(([, values]) => values.length > 0))
    console.log(
      `  ${name.padEnd(38)} ${median(values).toFixed(2).padStart(6)}  [${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}]` +
        `  kernel ${median(kernel[name]).toFixed(2)}`,
    );

  if (PARTS) {
    const node = ["Node: Request body arrayBuffer()", "Node: new Response(answer text)", "Node: Response text()"];
    const nodeMs = node.reduce((sum, name) => sum + median(figures[name]), 0);
    const benchMs = median(figures["bench request (fetch + text())"]);
    console.log(
      `  Node's web platform (the three Node parts): ${nodeMs.toFixed(2)} ms of the bench request's ${benchMs.toFixed(2)}; ` +
        `the rest, ${(benchMs - nodeMs).toFixed(2)} ms, is the Worker's JavaScript (workerd does those three natively, ` +
        "and only the first two: nothing reads the answer back on the edge)",
    );
  }
  const profile = JSON.parse(readFileSync(out, "utf8"));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const time = new Map();
  for (const [i, id] of profile.samples.entries()) time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  /** Where a frame's code lives; a frame without a script (a native function) counts as its caller's. */
  const place = (node) => {
    const { url, functionName } = node.callFrame;
    if (!url) {
      if (functionName === "(garbage collector)") return "GC";
      if (functionName === "(program)" || functionName === "(idle)" || functionName === "(root)") return functionName;
      const up = parent.get(node.id);
      return up === undefined ? "native" : place(byId.get(up));
    }
    if (url === pathToFileURL(bundle).href) return "Worker's bundle (JS and the built-ins it calls)";
    if (url.includes("undici")) return "Node: undici (Request, Response, Headers, body)";
    if (url.includes("webstreams")) return "Node: web streams";
    if (url.includes("encoding")) return "Node: TextEncoder/TextDecoder";
    if (url.startsWith("node:")) return `Node: other (${url.replace(/^node:internal\//, "").split("/")[0]})`;
    return "harness";
  };
  const groups = new Map();
  const self = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    // The profiler's own start and stop (node:inspector's post) is not the request's.
    if (t === 0 || node.callFrame.url === "node:inspector") continue;
    total += t;
    const group = place(node);
    groups.set(group, (groups.get(group) ?? 0) + t);
    const { functionName, url, lineNumber } = node.callFrame;
    const name =
      `${functionName || "(anonymous)"} ${url ? `${url.replace(/^.*\//, "")}:${lineNumber + 1}` : ""}`.trim();
    self.set(name, (self.get(name) ?? 0) + t);
  }
  console.log(
    `profile of ${REQUESTS} bench requests (${out}; ${profiledMs.toFixed(2)} ms CPU a request while profiled), self time by place:`,
  );
  for (const [group, t] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(
      `  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${((profiledMs * t) / total).toFixed(2).padStart(5)} ms  ${group}`,
    );
  console.log("top 30 functions by self time:");
  for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
