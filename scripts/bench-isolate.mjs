// `npm run bench:isolate`: CPU time and peak heap of one batch request, measured in one V8
// isolate that runs the Worker's bundle (issue 12, "CPU and memory on the edge"). Prints
// numbers; asserts nothing.
//
// How: esbuild bundles worker/index.ts the way wrangler does (ESM, workerd conditions,
// minified); each case runs in BENCH_ISOLATES fresh Node processes (one isolate each, default 5)
// that import the bundle and call its fetch handler with a Request, like workerd does, then read
// the whole body.
// - The clock: process.threadCpuUsage() (the thread's user + system time). Linux brings a running
//   thread's time up to date only at a scheduler tick (4 ms on some machines) or when the thread
//   is switched out, so two reads around a 10–40 ms request differ by whole ticks. Every reading
//   here is taken right after a 1 ms sleep (Atomics.wait), which switches the thread out: then it
//   is exact to the microsecond. The script prints the raw step it sees and checks the reading on
//   a spin of known length.
// - Cold: the first request of the isolate, after importing the bundle (its CPU is printed
//   apart: on the edge it is the isolate's start-up, not the request's). The median and the
//   largest over the isolates: a bound must hold for the largest.
// - Node's own fetch machinery (undici's Request, Response, Headers and body streams) is loaded
//   lazily by Node on first use, about 50 ms of CPU, which a measured first request would pay;
//   workerd's are native and loaded with the runtime. So each process builds a Request, reads
//   its JSON, builds a Response and reads it BEFORE it imports the bundle: nothing of the
//   Worker's runs before the measured request.
// - Warm: after the cold request, BENCH_WARM_RUNS requests (default 10) in one window, CPU ÷ N
//   (garbage collections included, where they fall), and the wall time per request beside it.
// - Steady: an edge isolate serving a bulk caller runs many requests, and V8 keeps optimising
//   for a while: after request BENCH_STEADY_AFTER (default 50) of the same isolate, a window of
//   BENCH_STEADY_RUNS requests (default 20), CPU ÷ N. Cases of up to 1,000 items only (the
//   5,000-item one is there for its peak heap; 70 requests of it would take a minute).
//   BENCH_STEADY_RUNS=0 leaves it out. Warm is what a short burst of requests costs; steady is
//   a long-running isolate; neither says what a fresh isolate pays (cold).
// - Node's web platform: what undici costs of those figures, measured apart after them on the
//   same bytes (BENCH_WARM_RUNS windows, at least 20): the Request's body read, the Response
//   built from the answer's text, and that Response read back by this harness. workerd does the
//   first two natively and nothing reads an answer back on the edge, so the line prints the
//   figures without it as well: the Worker's JavaScript alone (scripts/profile-isolate.mjs
//   splits both further). The goal is judged on the figures with it. The same line gives the
//   kernel's part of warm and steady (system time): Node's V8 maps and unmaps the answer's large
//   strings and buffers, and the page faults and unmapping cost more the busier the machine
//   (workerd's main thread spends about 0.1 ms there on the same JSON.stringify).
// - Peak heap (the cold request): V8's GCProfiler reports the used heap before every
//   collection; the heap only grows between collections, so the peak is the largest of those
//   and of the heap at the end. Reported above the idle isolate (after a full collection) and as
//   the isolate's total.
// The Worker's limits for comparison: 128 MB per isolate; 10 ms of CPU per request on the free
// plan. Our own bound (issue 12): no accepted request over 50 ms CPU or 64 MiB.
// With BENCH_AGAINST=DIR (scripts/bench-bundle.mjs) both bundles are measured in the same run,
// isolates alternating, and the answers are compared by SHA-256. BENCH_SWEEP=1,50,100 measures
// only the batch with texts at those sizes (cold, in the languages of BENCH_LANGS, default ja).
// Node's V8 is older than workerd's: `npm run bench:workerd` measures the same cases in workerd.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { batchRequest, LANG_CASES } from "./bench-batch-items.mjs";
import { BENCH_REQUEST, benchBundles, WARM_NODE_FETCH } from "./bench-bundle.mjs";

const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 10);
const ISOLATES = Number(process.env.BENCH_ISOLATES ?? 5);
const STEADY_AFTER = Number(process.env.BENCH_STEADY_AFTER ?? 50);
const STEADY_RUNS = Number(process.env.BENCH_STEADY_RUNS ?? 20);
/** The largest batch that gets a steady figure (see the header). */
const STEADY_MAX_ITEMS = 1_000;
const SWEEP = process.env.BENCH_SWEEP?.split(",").map(Number);
const SWEEP_LANGS = process.env.BENCH_LANGS?.split(",") ?? ["ja"];

const { MAX_BATCH_ITEMS_WITH_TEXTS, MAX_BATCH_LANGS_WITH_TEXTS } = await import("../shared/limits/index.ts");
const ALL_CASES = SWEEP
  ? SWEEP_LANGS.flatMap((lang) =>
      SWEEP.map((count) => ({ label: `full, ${count} items, ${lang}`, count, texts: true, lang })),
    )
  : [
      { label: "compact, 1,000 items (goal ≤ 10 ms CPU)", count: 1_000, texts: false },
      { label: "compact, 5,000 items (goal ≤ 64 MiB peak)", count: 5_000, texts: false },
      { label: "full, 1,000 items (over the bound: 413 at once)", count: 1_000, texts: true },
      ...LANG_CASES.map((lang) => ({
        label:
          lang === "costliest"
            ? `full, the costliest accepted batch: ${MAX_BATCH_LANGS_WITH_TEXTS} languages, another in ?lang= (goal ≤ 50 ms, ≤ 64 MiB)`
            : `full, the largest accepted batch, ${lang} (goal ≤ 50 ms, ≤ 64 MiB)`,
        count: MAX_BATCH_ITEMS_WITH_TEXTS,
        texts: true,
        lang,
      })),
    ];
// BENCH_CASES="compact, 1,000" (prefixes, `;` between them: labels hold commas): only the cases
// whose label starts with one of them; a ratio run of one case takes minutes, not half an hour.
const ONLY = process.env.BENCH_CASES?.split(";");
const CASES = ONLY ? ALL_CASES.filter((c) => ONLY.some((prefix) => c.label.startsWith(prefix))) : ALL_CASES;

// The code each process runs: warm Node's fetch, import the bundle, measure one case, post the figures.
const THREAD = `
import v8 from "node:v8";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
const { bundle, bodyFile, path, warmRuns, steadyAfter, steadyRuns } = JSON.parse(process.argv[1]);
const body = readFileSync(bodyFile, "utf8");
const nap = new Int32Array(new SharedArrayBuffer(4));
/** The kernel's part (system time) of the last cpuMs() reading, in ms. */
let systemMs = 0;
/** The thread's CPU in ms, read after a 1 ms sleep: exact, not rounded to a scheduler tick. */
function cpuMs() {
  Atomics.wait(nap, 0, 0, 1);
  const { user, system } = process.threadCpuUsage();
  systemMs = system / 1000;
  return (user + system) / 1000;
}
// Node's fetch classes first, so that the first request pays only for the Worker's code.
${WARM_NODE_FETCH}
const importStart = cpuMs();
const worker = (await import(bundle)).default;
const importMs = cpuMs() - importStart;
${BENCH_REQUEST}
async function once(req) {
  const res = await worker.fetch(req, env, ctx);
  return { status: res.status, text: await res.text() };
}
globalThis.gc();
const idle = v8.getHeapStatistics().used_heap_size;
const profiler = new v8.GCProfiler();
const coldRequest = request();
profiler.start();
const coldStart = cpuMs();
const wallStart = performance.now();
const cold = await once(coldRequest);
const coldWallMs = performance.now() - wallStart;
const coldCpuMs = cpuMs() - coldStart;
const atEnd = v8.getHeapStatistics().used_heap_size;
const { statistics } = profiler.stop();
const peak = Math.max(atEnd, ...statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
const requests = Array.from({ length: warmRuns }, request);
const warmStart = cpuMs();
const warmSystemStart = systemMs;
const warmWallStart = performance.now();
for (const req of requests) await once(req);
const warmWallMs = (performance.now() - warmWallStart) / warmRuns;
const warmCpuMs = (cpuMs() - warmStart) / warmRuns;
const warmSystemMs = (systemMs - warmSystemStart) / warmRuns;
// Steady: on to request steadyAfter of this isolate, then a window of steadyRuns (see the header).
let steadyCpuMs = null;
let steadySystemMs = null;
if (steadyRuns > 0) {
  for (let done = 1 + warmRuns; done < steadyAfter; done++) await once(request());
  const window = Array.from({ length: steadyRuns }, request);
  const steadyStart = cpuMs();
  const steadySystemStart = systemMs;
  for (const req of window) await once(req);
  steadyCpuMs = (cpuMs() - steadyStart) / steadyRuns;
  steadySystemMs = (systemMs - steadySystemStart) / steadyRuns;
}
// Node's web platform on this case's bytes, apart (scripts/profile-isolate.mjs splits it
// further): reading the Request's body (jsonBody does), building the Response from the answer's
// text (hono's c.json does) and reading it back (this harness does; nothing does on the edge).
// workerd does the first two natively, in C++; in Node they are JavaScript (undici), inside the
// figures above.
const platformRuns = Math.max(warmRuns, 20);
const windowMs = async (inputs, work) => {
  const start = cpuMs();
  for (const input of inputs) await work(input);
  return (cpuMs() - start) / inputs.length;
};
const answerHeaders = { "Content-Type": "application/json", "Cache-Control": "no-store" };
const platform = {
  requestBody: await windowMs(Array.from({ length: platformRuns }, request), (r) => r.arrayBuffer()),
  response: await windowMs(Array.from({ length: platformRuns }, () => cold.text), (text) => new Response(text, { status: 200, headers: answerHeaders })),
  readBack: await windowMs(Array.from({ length: platformRuns }, () => new Response(cold.text, { status: 200, headers: answerHeaders })), (r) => r.text()),
};
console.log(JSON.stringify({
  platform,
  status: cold.status,
  bytes: Buffer.byteLength(cold.text),
  sha: createHash("sha256").update(cold.text).digest("hex"),
  importMs, coldCpuMs, coldWallMs, warmCpuMs, warmWallMs, steadyCpuMs, warmSystemMs, steadySystemMs, peak, idle,
}));
`;

// The language modules' own cost: a fresh process imports the bundle, then each module one
// after another (Node parses, compiles and evaluates each on import; workerd compiles a
// Worker's modules when it starts, bench:workerd prints its start-up with and without them).
const MODULES_THREAD = `
const { bundle, modules } = JSON.parse(process.argv[1]);
const nap = new Int32Array(new SharedArrayBuffer(4));
function cpuMs() {
  Atomics.wait(nap, 0, 0, 1);
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}
await import(bundle);
const figures = {};
for (const name of modules) {
  const start = cpuMs();
  await import(new URL(name, bundle).href);
  figures[name] = cpuMs() - start;
}
console.log(JSON.stringify(figures));
`;

/** CPU of importing each of `modules` after the bundle, in ms, median of `runs` fresh processes. */
function moduleImports(bundle, modules, runs) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const args = ["--input-type=module", "-e", MODULES_THREAD, JSON.stringify({ bundle, modules })];
    const run = spawnSync(process.execPath, args, { encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
    all.push(JSON.parse(run.stdout));
  }
  const each = Object.fromEntries(modules.map((name) => [name, median(all.map((f) => f[name]))]));
  const total = median(all.map((f) => modules.reduce((sum, name) => sum + f[name], 0)));
  return { each, total };
}

function runCase(bundle, bodyFile, path, steadyRuns) {
  const args = [
    "--expose-gc",
    "--input-type=module",
    "-e",
    THREAD,
    JSON.stringify({ bundle, bodyFile, path, warmRuns: WARM_RUNS, steadyAfter: STEADY_AFTER, steadyRuns }),
  ];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
  return JSON.parse(run.stdout);
}

/** What the clock does here: the step of raw reads while the thread runs, and a napped reading of a spin. */
function clockGranularity() {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const read = () => {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };
  const steps = [];
  let last = read();
  for (const end = performance.now() + 200; performance.now() < end; ) {
    const now = read();
    if (now !== last) steps.push(now - last);
    last = now;
  }
  const napped = () => {
    Atomics.wait(nap, 0, 0, 1);
    return read();
  };
  const spins = [];
  for (let i = 0; i < 5; i++) {
    const start = napped();
    for (const end = performance.now() + 5; performance.now() < end; );
    spins.push(napped() - start);
  }
  const total = steps.reduce((sum, step) => sum + step, 0);
  const inTicks = steps.filter((step) => step >= 1).reduce((sum, step) => sum + step, 0);
  return { largest: Math.max(...steps), inTicks: inTicks / total, spin: median(spins) };
}

/**
 * The host's speed, for reading absolute figures: this VM's speed has swung by up to 2× within
 * minutes with no change of code (docs/benchmarks.md), so each run prints the CPU of a fixed
 * piece of work like the Worker's largest step: `JSON.stringify` of a fixed 0.58 MB tree of
 * answer-like objects, median of 15 after 15 to warm up. Two runs' figures compare only as far
 * as their probes agree. It changes no figure.
 */
function hostProbe() {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const cpu = () => {
    Atomics.wait(nap, 0, 0, 1);
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1000;
  };
  const day = (i) =>
    `20${String(20 + (i % 10))}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
  const tree = {
    results: Array.from({ length: 1_000 }, (_, i) => ({
      today: day(0),
      stage: i % 3 === 0 ? "renewal" : "valid",
      certificate: { expiresOn: day(i), renewalOpensOn: day(i + 1), graceEndsOn: day(i + 2), basis: "given" },
      card: i % 4 === 0 ? null : { expiresOn: day(i + 3), validityYears: 10, issuedOn: null, printed: true },
      daysUntil: { renewalOpens: i, certificateExpires: i + 90, graceEnds: i + 180 },
      capabilities: { insuranceFull: true, myNaPortalLogin: i % 2 === 0, photoId: null },
      nextSteps: ["nothingYet", "addReminder"],
      caveats: [{ code: "holidaysProjected", rule: "R-COUNTER-2", alternatives: [], days: [day(i + 4)] }],
      rules: ["R-CERT-1", "R-COUNTER-1", "R-INS-1", "R-INS-2", "R-RENEW-1"],
    })),
  };
  const times = [];
  for (let i = 0; i < 30; i++) {
    const start = cpu();
    JSON.stringify(tree);
    times.push(cpu() - start);
  }
  return median(times.slice(15));
}

const MiB = 1024 * 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => value.toFixed(1);
const dir = mkdtempSync(join(tmpdir(), "myna-isolate-"));
try {
  const bundles = await benchBundles(dir);
  const clock = clockGranularity();
  const probeBefore = hostProbe();
  console.log(
    `bench:isolate, node ${process.version}; per case ${ISOLATES} fresh isolate(s) per bundle` +
      (bundles.length > 1 ? " (alternating)" : "") +
      `, each: the first request (cold), then ${WARM_RUNS} in one window (warm)` +
      (STEADY_RUNS > 0 && !SWEEP
        ? `, then on to request ${STEADY_AFTER} and ${STEADY_RUNS} more (steady, up to ${STEADY_MAX_ITEMS.toLocaleString("en-US")} items)`
        : "") +
      `; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  console.log(
    `clock: threadCpuUsage() read while the thread runs moves in steps of up to ${ms(clock.largest)} ms ` +
      `(${(clock.inTicks * 100).toFixed(0)} % of a 200 ms spin in steps of 1 ms or more); read after a 1 ms sleep, ` +
      `a 5 ms spin reads ${clock.spin.toFixed(2)} ms (less when another process had the core)`,
  );
  console.log(
    `host speed probe: JSON.stringify of a fixed 0.58 MB tree takes ${probeBefore.toFixed(2)} ms of CPU here ` +
      "(again at the end; compare absolute figures of two runs only as far as their probes agree)",
  );
  for (const { name, file, modules } of bundles) {
    if (SWEEP || modules.length === 0) continue;
    const { each, total } = moduleImports(pathToFileURL(file).href, modules, ISOLATES);
    console.log(
      `language modules${bundles.length > 1 ? ` [${name}]` : ""}: importing the ${modules.length} after the bundle ` +
        `takes ${ms(total)} ms of CPU (median of ${ISOLATES} processes; ` +
        Object.entries(each)
          .map(([module, cpu]) => `${module.replace(/^.*\//, "")} ${ms(cpu)}`)
          .join(", ") +
        "), paid by the first request that names them; workerd compiles them at start-up",
    );
  }
  for (const { label, count, texts, lang } of CASES) {
    const batch = batchRequest(count, lang, texts, MAX_BATCH_LANGS_WITH_TEXTS);
    const body = JSON.stringify(batch.body);
    const bodyFile = join(dir, "body.json");
    writeFileSync(bodyFile, body);
    const runs = bundles.map(() => []);
    const steadyRuns = SWEEP || count > STEADY_MAX_ITEMS ? 0 : STEADY_RUNS;
    for (let i = 0; i < ISOLATES; i++)
      for (const [b, { file }] of bundles.entries())
        runs[b].push(runCase(pathToFileURL(file).href, bodyFile, batch.path, steadyRuns));
    const figures = runs.map((r) => ({
      ...r[0],
      sameAnswer: r.every((x) => x.sha === r[0].sha),
      importMs: median(r.map((x) => x.importMs)),
      platform: Object.fromEntries(
        ["requestBody", "response", "readBack"].map((part) => [part, median(r.map((x) => x.platform[part]))]),
      ),
      warmCpuMs: median(r.map((x) => x.warmCpuMs)),
      warmWallMs: median(r.map((x) => x.warmWallMs)),
      steadyCpuMs: steadyRuns > 0 ? median(r.map((x) => x.steadyCpuMs)) : null,
      warmSystemMs: median(r.map((x) => x.warmSystemMs)),
      steadySystemMs: steadyRuns > 0 ? median(r.map((x) => x.steadySystemMs)) : null,
      coldCpuMs: median(r.map((x) => x.coldCpuMs)),
      coldMaxMs: Math.max(...r.map((x) => x.coldCpuMs)),
      coldWallMs: median(r.map((x) => x.coldWallMs)),
      peak: Math.max(...r.map((x) => x.peak)),
      idle: median(r.map((x) => x.idle)),
    }));
    for (const [b, r] of figures.entries()) {
      const versus =
        b === 0
          ? ""
          : `; ${(r.warmCpuMs / figures[0].warmCpuMs).toFixed(2)} × warm, ` +
            (r.steadyCpuMs === null ? "" : `${(r.steadyCpuMs / figures[0].steadyCpuMs).toFixed(2)} × steady, `) +
            `${(r.coldCpuMs / figures[0].coldCpuMs).toFixed(2)} × cold (medians) of BENCH_AGAINST` +
            (r.sha === figures[0].sha ? ", the same answer (SHA-256)" : ", ANSWER DIFFERS");
      console.log(
        `${label}${bundles.length > 1 ? ` [${bundles[b].name}]` : ""}: ${count} items, status ${r.status}, ${(r.bytes / MiB).toFixed(2)} MiB answer; ` +
          `CPU cold ${ms(r.coldCpuMs)} ms (median; max ${ms(r.coldMaxMs)}; wall ${ms(r.coldWallMs)}), ` +
          `warm ${ms(r.warmCpuMs)} ms a request (wall ${ms(r.warmWallMs)})` +
          (r.steadyCpuMs === null ? "" : `, steady ${ms(r.steadyCpuMs)} ms (from request ${STEADY_AFTER + 1})`) +
          `; import ${ms(r.importMs)} ms; ` +
          `peak heap ${((r.peak - r.idle) / MiB).toFixed(1)} MiB above the idle isolate (${(r.peak / MiB).toFixed(1)} MiB in all)` +
          (r.sameAnswer ? "" : "; ISOLATES ANSWERED DIFFERENTLY") +
          versus,
      );
      const { requestBody, response, readBack } = r.platform;
      const platformMs = requestBody + response + readBack;
      console.log(
        `  of which Node's web platform, measured apart on the same bytes: ${ms(platformMs)} ms a request ` +
          `(the Request's body ${requestBody.toFixed(2)}, the Response built ${response.toFixed(2)}, read back ${readBack.toFixed(2)}); ` +
          `the Worker's JavaScript without it: warm ${ms(r.warmCpuMs - platformMs)}` +
          (r.steadyCpuMs === null ? "" : `, steady ${ms(r.steadyCpuMs - platformMs)}`) +
          " ms (workerd builds a Response natively; nothing reads it back on the edge); " +
          `the kernel's part (system time) of warm ${ms(r.warmSystemMs)}` +
          (r.steadySystemMs === null ? "" : `, of steady ${ms(r.steadySystemMs)}`) +
          " ms (page faults, large memory mapped and unmapped; it grows with the machine's load)",
      );
    }
  }
  console.log(
    `load average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; host speed probe ${hostProbe().toFixed(2)} ms (${probeBefore.toFixed(2)} at the start)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
