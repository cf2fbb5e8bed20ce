// `npm run bench:isolate`: CPU time and peak heap of one batch request, measured in one V8
// isolate that runs the Worker's bundle (issue 12, "CPU and memory on the edge"). Prints
// numbers; asserts nothing.
//
// How: esbuild bundles worker/index.ts the way wrangler does (ESM, workerd conditions,
// minified); each case runs in a fresh Node process (one isolate) that imports the bundle
// and calls its fetch handler with a Request, like workerd does, then reads the whole body.
// - CPU: process.threadCpuUsage() of the isolate's thread around the request (user + system), the
//   median of warm runs, and the first (cold) run separately.
// - Peak heap: V8's GCProfiler reports the used heap before every collection; the heap only
//   grows between collections, so the peak is the largest of those and of the heap at the end.
//   Reported above the idle isolate (after a full collection) and as the isolate's total.
// The Worker's limits for comparison: 128 MB per isolate; 10 ms of CPU per request on the free
// plan. Our own bound (issue 12): no accepted request over 50 ms CPU or 64 MiB.
// With BENCH_AGAINST=DIR (scripts/bench-bundle.mjs) both bundles are measured in the same run,
// BENCH_ISOLATES fresh isolates each (default 3 then, else 1), alternating, and the answers are
// compared by SHA-256. Node's V8 is older than workerd's: `npm run bench:workerd` measures the
// same cases in workerd itself.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { batchItems } from "./bench-batch-items.mjs";
import { benchBundles } from "./bench-bundle.mjs";

const WARM_RUNS = Number(process.env.BENCH_WARM_RUNS ?? 9);
const ISOLATES = Number(process.env.BENCH_ISOLATES ?? (process.env.BENCH_AGAINST ? 3 : 1));

const CASES = [
  { label: "compact, 1,000 items (goal ≤ 10 ms CPU)", count: 1_000, texts: false },
  { label: "compact, 5,000 items (goal ≤ 64 MiB peak)", count: 5_000, texts: false },
  { label: "full, 1,000 items (over the bound: 413 at once)", count: 1_000, texts: true },
  { label: "full, the largest accepted batch (goal ≤ 50 ms, ≤ 64 MiB)", count: "max", texts: true },
];

// The code each process runs: import the bundle, measure one case, post the figures.
const THREAD = `
import v8 from "node:v8";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
const { bundle, bodyFile, warmRuns } = JSON.parse(process.argv[1]);
const body = readFileSync(bodyFile, "utf8");
const worker = (await import(bundle)).default;
const env = {};
const ctx = { waitUntil() {}, passThroughOnException() {} };
async function once() {
  const request = new Request("https://myna.test/api/v1/evaluate/batch", {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": "192.0.2.1" },
    body,
  });
  const started = process.threadCpuUsage();
  const res = await worker.fetch(request, env, ctx);
  const text = await res.text();
  const used = process.threadCpuUsage(started);
  const sha = createHash("sha256").update(text).digest("hex");
  return { status: res.status, bytes: Buffer.byteLength(text), sha, cpuMs: (used.user + used.system) / 1000 };
}
globalThis.gc();
const idle = v8.getHeapStatistics().used_heap_size;
const profiler = new v8.GCProfiler();
profiler.start();
const cold = await once();
const atEnd = v8.getHeapStatistics().used_heap_size;
const { statistics } = profiler.stop();
const peak = Math.max(atEnd, ...statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
const warm = [];
for (let i = 0; i < warmRuns; i++) warm.push((await once()).cpuMs);
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ ...cold, coldCpuMs: cold.cpuMs, warmCpuMs: warm[Math.floor(warm.length / 2)], peak, idle }));
`;

function runCase(bundle, bodyFile) {
  const args = [
    "--expose-gc",
    "--input-type=module",
    "-e",
    THREAD,
    JSON.stringify({ bundle, bodyFile, warmRuns: WARM_RUNS }),
  ];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(run.stderr.slice(-2000));
  return JSON.parse(run.stdout);
}

const MiB = 1024 * 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const dir = mkdtempSync(join(tmpdir(), "myna-isolate-"));
try {
  const bundles = await benchBundles(dir);
  const { MAX_BATCH_ITEMS_WITH_TEXTS } = await import("../shared/limits/index.ts");
  console.log(
    `bench:isolate, node ${process.version}; ${WARM_RUNS} warm runs per case, each case in a fresh isolate` +
      (ISOLATES > 1 ? ` (${ISOLATES} isolates per bundle, alternating; medians of them)` : "") +
      `; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  for (const { label, count, texts } of CASES) {
    const n = count === "max" ? MAX_BATCH_ITEMS_WITH_TEXTS : count;
    const body = JSON.stringify({ ...(texts ? {} : { texts: false }), items: batchItems(n) });
    const bodyFile = join(dir, "body.json");
    writeFileSync(bodyFile, body);
    const runs = bundles.map(() => []);
    for (let i = 0; i < ISOLATES; i++)
      for (const [b, { file }] of bundles.entries()) runs[b].push(runCase(pathToFileURL(file).href, bodyFile));
    const figures = runs.map((r) => ({
      ...r[0],
      warmCpuMs: median(r.map((x) => x.warmCpuMs)),
      coldCpuMs: median(r.map((x) => x.coldCpuMs)),
      peak: median(r.map((x) => x.peak)),
      idle: median(r.map((x) => x.idle)),
    }));
    for (const [b, r] of figures.entries()) {
      const versus =
        b === 0
          ? ""
          : `; ${(r.warmCpuMs / figures[0].warmCpuMs).toFixed(2)} × warm, ${(r.coldCpuMs / figures[0].coldCpuMs).toFixed(2)} × cold of BENCH_AGAINST` +
            (r.sha === figures[0].sha ? ", the same answer (SHA-256)" : ", ANSWER DIFFERS");
      console.log(
        `${label}${bundles.length > 1 ? ` [${bundles[b].name}]` : ""}: ${n} items, status ${r.status}, ${(r.bytes / MiB).toFixed(2)} MiB answer; ` +
          `CPU ${r.warmCpuMs.toFixed(1)} ms warm (median), ${r.coldCpuMs.toFixed(1)} ms cold; ` +
          `peak heap ${((r.peak - r.idle) / MiB).toFixed(1)} MiB above the idle isolate (${(r.peak / MiB).toFixed(1)} MiB in all)${versus}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
