// `npm run bench:workerd`: the CPU of one batch request in workerd itself, the runtime of the
// edge (issue 12, "CPU and memory on the edge"): the same cases as `npm run bench:isolate`,
// whose figures come from Node's V8, older than workerd's (JSON.stringify, for one, is much
// faster in workerd's). Prints numbers; asserts nothing. Linux only: it reads /proc.
//
// How: the Worker is bundled as wrangler does (scripts/bench-bundle.mjs) and served by the
// workerd binary of node_modules (as `npm start` runs it, but the Worker alone: no front, no
// assets layer, no rate-limit binding, no gzip asked for). For each case a fresh workerd
// process answers one /healthz, then:
// - cold: the first batch request, CPU from /proc/PID/task/*/schedstat (nanoseconds, every
//   thread still alive);
// - warm: after WARM requests, ROUNDS rounds of REQUESTS /healthz requests then REQUESTS batch
//   requests, one at a time from this process over a kept-alive connection; workerd's process
//   CPU (utime + stime of /proc/PID/stat, every thread, in clock ticks) before and after each
//   run of requests; CPU per batch = (batch run − /healthz run) ÷ REQUESTS, summed over the
//   rounds. So it includes what workerd does for the request outside the isolate (HTTP
//   parsing, writing 1–6 MiB to the socket) and V8's helper threads (concurrent GC), which the
//   edge does not bill as the Worker's CPU time: an upper bound of what the isolate costs;
// - the same on workerd's main thread alone (/proc/PID/task/PID/schedstat, nanoseconds), where
//   the isolate runs and workerd does its I/O: without V8's helper threads.
// With BENCH_AGAINST=DIR (scripts/bench-bundle.mjs) both bundles run side by side, rounds
// interleaved, and the answers are compared by SHA-256.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse } from "smol-toml";
import { batchItems } from "./bench-batch-items.mjs";
import { benchBundles } from "./bench-bundle.mjs";
import { freePort } from "./free-port.mjs";

if (process.platform !== "linux" || !existsSync("/proc/self/stat")) {
  console.log("bench:workerd: skipped; it reads a process's CPU time from /proc (Linux only)");
  process.exit(0);
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM = Number(process.env.BENCH_WARM_RUNS ?? 9);
const { MAX_BATCH_ITEMS_WITH_TEXTS } = await import("../shared/limits/index.ts");
const CASES = [
  { label: "compact, 1,000 items", count: 1_000, texts: false },
  { label: "compact, 5,000 items", count: 5_000, texts: false },
  { label: "full, 1,000 items (413)", count: 1_000, texts: true },
  {
    label: `full, ${MAX_BATCH_ITEMS_WITH_TEXTS} items (largest accepted)`,
    count: MAX_BATCH_ITEMS_WITH_TEXTS,
    texts: true,
  },
];
/** Requests per round: about 10,000 items' worth, between 2 and 10. */
const requestsFor = (count) => Math.max(2, Math.min(10, Math.round(10_000 / count)));

const ticksPerSecond = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** utime + stime of every thread of `pid`, dead ones included, in ms (clock-tick resolution). */
function processCpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Time on CPU of `pid`'s main thread, in ms (nanoseconds): workerd runs the isolate and its
 *  I/O there; V8's helper threads (concurrent GC, compilers) are apart. */
const mainThreadCpuMs = (pid) => Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").split(" ")[0]) / 1e6;

/** Time on CPU of the threads of `pid` alive now, in ms (nanosecond resolution). */
function threadsCpuMs(pid) {
  let ns = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    } catch {} // the thread ended meanwhile
  }
  return ns / 1e6;
}

const wrangler = parse(readFileSync("wrangler.toml", "utf8"));
const text = (value) => JSON.stringify(value);
function config(workerFile, port, modules = []) {
  const flags = (wrangler.compatibility_flags ?? []).map(text).join(", ");
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "worker", worker = (modules = [(name = "worker.mjs", esModule = embed ${text(basename(workerFile))})${modules.map((name) => `, (name = ${text(name)}, esModule = embed ${text(name)})`).join("")}], compatibilityDate = ${text(wrangler.compatibility_date)}, compatibilityFlags = [${flags}], bindings = [(name = "PUBLIC_ORIGIN", text = "http://127.0.0.1:${port}")]))],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "worker")],
);
`;
}

const binary = createRequire(import.meta.url)("workerd").default;
const running = new Set();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

function request(agent, port, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) } : {};
    const req = http.request({ agent, host: "127.0.0.1", port, method, path, headers }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function startWorkerd(dir, bundle) {
  const port = await freePort();
  const configFile = join(dir, `${basename(bundle.file, ".mjs")}.capnp`);
  writeFileSync(configFile, config(bundle.file, port, bundle.modules));
  const child = spawn(binary, ["serve", configFile], { stdio: ["ignore", "ignore", "inherit"] });
  running.add(child);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (let i = 0; ; i++) {
    const ok = await request(agent, port, "GET", "/healthz").then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) break;
    if (i > 300 || child.exitCode !== null) throw new Error("workerd did not answer /healthz");
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () => {
    agent.destroy();
    child.kill("SIGTERM");
    running.delete(child);
  };
  return { ...bundle, pid: child.pid, port, agent, stop };
}

async function measureCase(dir, bundles, { count, texts }) {
  const body = JSON.stringify({ ...(texts ? {} : { texts: false }), items: batchItems(count) });
  const servers = [];
  for (const bundle of bundles) servers.push(await startWorkerd(dir, bundle));
  const n = requestsFor(count);
  const figures = servers.map(() => ({
    cold: 0,
    coldMain: 0,
    batch: 0,
    healthz: 0,
    batchMain: 0,
    healthzMain: 0,
    rounds: [],
    status: 0,
    bytes: 0,
    sha: "",
  }));
  try {
    for (const [i, s] of servers.entries()) {
      const before = threadsCpuMs(s.pid);
      const beforeMain = mainThreadCpuMs(s.pid);
      const res = await request(s.agent, s.port, "POST", "/api/v1/evaluate/batch", body);
      figures[i].cold = threadsCpuMs(s.pid) - before;
      figures[i].coldMain = mainThreadCpuMs(s.pid) - beforeMain;
      Object.assign(figures[i], {
        status: res.status,
        bytes: res.body.length,
        sha: createHash("sha256").update(res.body).digest("hex"),
      });
      for (let w = 0; w < WARM; w++) await request(s.agent, s.port, "POST", "/api/v1/evaluate/batch", body);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, s] of servers.entries()) {
        let t = processCpuMs(s.pid);
        let main = mainThreadCpuMs(s.pid);
        for (let k = 0; k < n; k++) await request(s.agent, s.port, "GET", "/healthz");
        const healthz = processCpuMs(s.pid) - t;
        figures[i].healthzMain += mainThreadCpuMs(s.pid) - main;
        t = processCpuMs(s.pid);
        main = mainThreadCpuMs(s.pid);
        for (let k = 0; k < n; k++) await request(s.agent, s.port, "POST", "/api/v1/evaluate/batch", body);
        const batch = processCpuMs(s.pid) - t;
        figures[i].batchMain += mainThreadCpuMs(s.pid) - main;
        figures[i].healthz += healthz;
        figures[i].batch += batch;
        figures[i].rounds.push((batch - healthz) / n);
      }
    }
  } finally {
    for (const s of servers) s.stop();
  }
  return figures.map((f) => ({
    ...f,
    warm: (f.batch - f.healthz) / (n * ROUNDS),
    warmMain: (f.batchMain - f.healthzMain) / (n * ROUNDS),
    n,
  }));
}

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "myna-workerd-"));
try {
  const bundles = await benchBundles(dir);
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(
    `bench:workerd, ${version}; per case a fresh workerd per bundle; ${WARM} warm-up requests, then ` +
      `${ROUNDS} rounds of /healthz and batch requests; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  for (const c of CASES) {
    const figures = await measureCase(dir, bundles, c);
    for (const [i, f] of figures.entries()) {
      const rounds = f.rounds.map((r) => r.toFixed(1)).join(", ");
      const same = i > 0 && f.sha === figures[0].sha ? "; the same answer (SHA-256)" : i > 0 ? "; ANSWER DIFFERS" : "";
      const ratio =
        i > 0
          ? `; ${(f.warm / figures[0].warm).toFixed(2)} × BENCH_AGAINST warm, ` +
            `${(f.warmMain / figures[0].warmMain).toFixed(2)} × on the main thread`
          : "";
      console.log(
        `${c.label}${bundles.length > 1 ? ` [${bundles[i].name}]` : ""}: status ${f.status}, ` +
          `${(f.bytes / MiB).toFixed(2)} MiB; CPU ${f.warm.toFixed(1)} ms warm (${f.n * ROUNDS} requests above ` +
          `/healthz; rounds ${rounds}), ${f.cold.toFixed(1)} ms cold; main thread alone ` +
          `${f.warmMain.toFixed(1)} ms warm, ${f.coldMain.toFixed(1)} ms cold${ratio}${same}`,
      );
    }
  }
  console.log(
    `load average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
