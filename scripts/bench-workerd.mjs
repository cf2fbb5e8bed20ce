// `npm run bench:workerd`: the CPU of one batch request in workerd itself, the runtime of the
// edge (issue 12, "CPU and memory on the edge"): the same cases as `npm run bench:isolate`,
// whose figures come from Node's V8, older than workerd's (JSON.stringify, for one, is much
// faster in workerd's). Prints numbers; asserts nothing. Linux only: it reads /proc.
//
// How: the Worker is bundled as wrangler does (scripts/bench-bundle.mjs) and served by the
// workerd binary of node_modules with `npm start`'s configuration (scripts/serve/workerd-config.ts,
// from wrangler.toml), but the Worker alone: no front, no assets layer, no gzip asked for; its
// rate-limit budget counts as on the edge. CPU is read from /proc/PID/task/*/schedstat
// (nanoseconds). Linux brings a running thread's time up to date only at a scheduler tick or
// when it is switched out, so every reading is taken while workerd is idle (SETTLE_MS after
// its answer and its CPU
// unchanged for 2 × SETTLE_MS, which also counts the work it does just after).
// - cold: the first request of a fresh workerd, COLD fresh processes per bundle (default 5):
//   ready means it accepts a TCP connection (workerd compiles and runs the bundle's top level
//   before it listens; its start-up CPU is printed apart), so no request has run before it.
//   The median and the largest: a bound must hold for the largest. A fresh workerd pays its
//   own lazy set-up on that request as well (HTTP, the first body read), so this is an upper
//   bound of what the Worker's code costs cold;
// - warm: after WARM requests, ROUNDS rounds of REQUESTS /healthz requests then REQUESTS batch
//   requests, one at a time from this process over a kept-alive connection; CPU per batch =
//   (batch run − /healthz run) ÷ REQUESTS, summed over the rounds. The process figure counts
//   every thread: what workerd does for the request outside the isolate (HTTP parsing, writing
//   1–6 MiB to the socket) and V8's helper threads (concurrent GC, compilers), which the edge
//   does not bill as the Worker's CPU time: an upper bound of what the isolate costs;
// - the same on workerd's main thread alone, where the isolate runs and workerd does its I/O:
//   without V8's helper threads;
// - steady: an edge isolate serving a bulk caller runs many requests: after the warm rounds the
//   same workerd goes on to batch request BENCH_STEADY_AFTER (default 50), then one more round
//   (REQUESTS /healthz, REQUESTS batch), main thread and all threads. BENCH_STEADY_AFTER=0
//   leaves it out.
// With BENCH_AGAINST=DIR (scripts/bench-bundle.mjs) both bundles run side by side, fresh
// processes and rounds interleaved, and the answers are compared by SHA-256. BENCH_SWEEP=1,50,100
// measures only the batch with texts at those sizes, cold, in the languages of BENCH_LANGS.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parse } from "smol-toml";
import { batchRequest, LANG_CASES } from "./bench-batch-items.mjs";
import { benchBundles } from "./bench-bundle.mjs";
import { freePort } from "./free-port.mjs";
import { workerdConfig } from "./serve/workerd-config.ts";

if (process.platform !== "linux" || !existsSync("/proc/self/stat")) {
  console.log("bench:workerd: skipped; it reads a process's CPU time from /proc (Linux only)");
  process.exit(0);
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM = Number(process.env.BENCH_WARM_RUNS ?? 9);
const COLD = Number(process.env.BENCH_COLD ?? 5);
const STEADY_AFTER = Number(process.env.BENCH_STEADY_AFTER ?? 50);
const SETTLE_MS = 30;
const SWEEP = process.env.BENCH_SWEEP?.split(",").map(Number);
const SWEEP_LANGS = process.env.BENCH_LANGS?.split(",") ?? ["ja"];
const { MAX_BATCH_ITEMS_WITH_TEXTS, MAX_BATCH_LANGS_WITH_TEXTS } = await import("../shared/limits/index.ts");
const ALL_CASES = SWEEP
  ? SWEEP_LANGS.flatMap((lang) =>
      SWEEP.map((count) => ({ label: `full, ${count} items, ${lang}`, count, texts: true, lang, coldOnly: true })),
    )
  : [
      { label: "compact, 1,000 items", count: 1_000, texts: false },
      { label: "compact, 5,000 items", count: 5_000, texts: false },
      { label: "full, 1,000 items (413)", count: 1_000, texts: true },
      ...LANG_CASES.map((lang) => ({
        label:
          lang === "costliest"
            ? `full, ${MAX_BATCH_ITEMS_WITH_TEXTS} items (the costliest accepted: ${MAX_BATCH_LANGS_WITH_TEXTS} languages, another in ?lang=)`
            : `full, ${MAX_BATCH_ITEMS_WITH_TEXTS} items (largest accepted), ${lang}`,
        count: MAX_BATCH_ITEMS_WITH_TEXTS,
        texts: true,
        lang,
      })),
    ];
// BENCH_CASES="compact, 1,000" (prefixes, `;` between them: labels hold commas): only the cases
// whose label starts with one of them; a ratio run of one case takes minutes, not half an hour.
const ONLY = process.env.BENCH_CASES?.split(";");
const CASES = ONLY ? ALL_CASES.filter((c) => ONLY.some((prefix) => c.label.startsWith(prefix))) : ALL_CASES;
/** Requests per round: about 10,000 items' worth, between 2 and 10. */
const requestsFor = (count) => Math.max(2, Math.min(10, Math.round(10_000 / count)));

const schedstatMs = (path) => Number(readFileSync(path, "utf8").split(" ")[0]) / 1e6;

/** Time on CPU of `pid`'s main thread, in ms: workerd runs the isolate and its I/O there;
 *  V8's helper threads (concurrent GC, compilers) are apart. */
const mainThreadCpuMs = (pid) => schedstatMs(`/proc/${pid}/task/${pid}/schedstat`);

/** Time on CPU of every thread of `pid`, in ms (workerd's threads live as long as it does). */
function threadsCpuMs(pid) {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += schedstatMs(`/proc/${pid}/task/${tid}/schedstat`);
    } catch {} // the thread ended meanwhile
  }
  return total;
}

/** Both readings, once workerd is idle (its threads' times are then up to date): at least
 *  SETTLE_MS after its answer, and its CPU unchanged over two SETTLE_MS in a row (start-up and a
 *  request's trailing work, compilers and GC on V8's threads, take longer on a loaded machine). */
async function cpuNow(pid) {
  let last = -1;
  for (let i = 0, still = 0; i < 100 && still < 2; i++) {
    await sleep(SETTLE_MS);
    const all = threadsCpuMs(pid);
    still = all - last < 0.05 ? still + 1 : 0;
    last = all;
  }
  return { all: threadsCpuMs(pid), main: mainThreadCpuMs(pid) };
}

const wrangler = parse(readFileSync("wrangler.toml", "utf8"));
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

/** Whether something accepts a TCP connection on `port` (no request is sent). */
const accepts = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

let serial = 0;
async function startWorkerd(bundle) {
  const port = await freePort();
  const configFile = join(dirname(bundle.file), `config-${serial++}.capnp`);
  writeFileSync(
    configFile,
    workerdConfig({
      wrangler,
      address: `127.0.0.1:${port}`,
      publicOrigin: `http://127.0.0.1:${port}`,
      siteDir: null,
      files: { worker: basename(bundle.file), layer: "", headers: "" },
      modules: bundle.modules,
      serve: "worker",
    }),
  );
  const child = spawn(binary, ["serve", configFile], { stdio: ["ignore", "ignore", "inherit"] });
  running.add(child);
  for (let i = 0; !(await accepts(port)); i++) {
    if (i > 300 || child.exitCode !== null) throw new Error("workerd did not listen");
    await sleep(20);
  }
  const startup = await cpuNow(child.pid);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const stop = () => {
    agent.destroy();
    child.kill("SIGTERM");
    running.delete(child);
  };
  return { ...bundle, pid: child.pid, port, agent, stop, startup };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The first request of COLD fresh workerd processes per bundle, interleaved. */
async function measureCold(bundles, path, body) {
  const figures = bundles.map(() => ({ all: [], main: [], startup: [], status: 0, bytes: 0, sha: "" }));
  for (let i = 0; i < COLD; i++) {
    for (const [b, bundle] of bundles.entries()) {
      const s = await startWorkerd(bundle);
      try {
        const res = await request(s.agent, s.port, "POST", path, body);
        const after = await cpuNow(s.pid);
        const f = figures[b];
        f.all.push(after.all - s.startup.all);
        f.main.push(after.main - s.startup.main);
        f.startup.push(s.startup.all);
        Object.assign(f, {
          status: res.status,
          bytes: res.body.length,
          sha: createHash("sha256").update(res.body).digest("hex"),
        });
      } finally {
        s.stop();
      }
    }
  }
  return figures.map((f) => ({
    ...f,
    cold: median(f.all),
    coldMax: Math.max(...f.all),
    coldMain: median(f.main),
    coldMainMax: Math.max(...f.main),
    startupMs: median(f.startup),
  }));
}

/** One round on server `s`: n /healthz requests, then n batch requests; CPU per batch request
 *  above /healthz, all threads and the main thread. */
async function round(s, n, path, body) {
  const t0 = await cpuNow(s.pid);
  for (let k = 0; k < n; k++) await request(s.agent, s.port, "GET", "/healthz");
  const t1 = await cpuNow(s.pid);
  for (let k = 0; k < n; k++) await request(s.agent, s.port, "POST", path, body);
  const t2 = await cpuNow(s.pid);
  return { all: (t2.all - t1.all - (t1.all - t0.all)) / n, main: (t2.main - t1.main - (t1.main - t0.main)) / n };
}

/** Warm: one fresh workerd per bundle, WARM requests, then ROUNDS interleaved rounds; steady:
 *  the same workerd on to batch request STEADY_AFTER, then one round more. */
async function measureWarm(bundles, count, path, body) {
  const servers = [];
  for (const bundle of bundles) servers.push(await startWorkerd(bundle));
  const n = requestsFor(count);
  const figures = servers.map(() => ({ all: 0, main: 0, rounds: [], steady: null, steadyMain: null }));
  try {
    for (const s of servers) for (let w = 0; w < WARM; w++) await request(s.agent, s.port, "POST", path, body);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, s] of servers.entries()) {
        const f = figures[i];
        const { all, main } = await round(s, n, path, body);
        f.all += all;
        f.main += main;
        f.rounds.push(all);
      }
    }
    if (STEADY_AFTER > 0) {
      for (const [i, s] of servers.entries()) {
        for (let done = WARM + ROUNDS * n; done < STEADY_AFTER; done++)
          await request(s.agent, s.port, "POST", path, body);
        const { all, main } = await round(s, n, path, body);
        Object.assign(figures[i], { steady: all, steadyMain: main });
      }
    }
  } finally {
    for (const s of servers) s.stop();
  }
  return figures.map((f) => ({ ...f, warm: f.all / ROUNDS, warmMain: f.main / ROUNDS, n }));
}

const MiB = 1024 * 1024;
const ms = (value) => value.toFixed(1);
const dir = mkdtempSync(join(tmpdir(), "myna-workerd-"));
try {
  const bundles = await benchBundles(dir);
  const version = spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(
    `bench:workerd, ${version}; per case ${COLD} fresh workerd per bundle for the first request (cold), then ` +
      `one more: ${WARM} warm-up requests and ${ROUNDS} rounds of /healthz and batch requests (warm)` +
      (STEADY_AFTER > 0 ? `, then on to batch request ${STEADY_AFTER} and one round more (steady)` : "") +
      "; " +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
  );
  // What the language modules add to workerd's start-up (it compiles a Worker's modules then;
  // Node compiles each on import, inside the request: bench:isolate).
  for (const bundle of SWEEP ? [] : bundles.filter((b) => b.modules.length > 0)) {
    const startups = { with: [], without: [] };
    for (let i = 0; i < COLD; i++) {
      for (const [key, modules] of [
        ["with", bundle.modules],
        ["without", []],
      ]) {
        const s = await startWorkerd({ ...bundle, modules });
        startups[key].push(s.startup.all);
        s.stop();
      }
    }
    console.log(
      `workerd's start-up${bundles.length > 1 ? ` [${bundle.name}]` : ""}: ${ms(median(startups.with))} ms of CPU with ` +
        `the ${bundle.modules.length} language modules, ${ms(median(startups.without))} ms without (medians of ${COLD})`,
    );
  }
  for (const c of CASES) {
    const batch = batchRequest(c.count, c.lang, c.texts, MAX_BATCH_LANGS_WITH_TEXTS);
    const body = JSON.stringify(batch.body);
    const cold = await measureCold(bundles, batch.path, body);
    const warm = c.coldOnly ? null : await measureWarm(bundles, c.count, batch.path, body);
    for (const [i, f] of cold.entries()) {
      const w = warm?.[i];
      const same = i > 0 && f.sha === cold[0].sha ? "; the same answer (SHA-256)" : i > 0 ? "; ANSWER DIFFERS" : "";
      const ratio =
        i > 0
          ? `; ${(f.coldMain / cold[0].coldMain).toFixed(2)} × BENCH_AGAINST cold on the main thread` +
            (w
              ? `, ${(w.warm / warm[0].warm).toFixed(2)} × warm, ${(w.warmMain / warm[0].warmMain).toFixed(2)} × warm on the main thread` +
                (w.steady === null
                  ? ""
                  : `, ${(w.steadyMain / warm[0].steadyMain).toFixed(2)} × steady on the main thread`)
              : "")
          : "";
      const warmText = w
        ? `; warm ${ms(w.warm)} ms (${w.n * ROUNDS} requests above /healthz; rounds ${w.rounds.map(ms).join(", ")}), ` +
          `main thread ${ms(w.warmMain)} ms` +
          (w.steady === null
            ? ""
            : `; steady (${w.n} requests from batch request ${Math.max(STEADY_AFTER, WARM + ROUNDS * w.n) + 1}) ` +
              `${ms(w.steady)} ms, main thread ${ms(w.steadyMain)} ms`)
        : "";
      console.log(
        `${c.label}${bundles.length > 1 ? ` [${bundles[i].name}]` : ""}: status ${f.status}, ` +
          `${(f.bytes / MiB).toFixed(2)} MiB; CPU cold on the main thread ${ms(f.coldMain)} ms (median; max ` +
          `${ms(f.coldMainMax)}), all threads ${ms(f.cold)} (max ${ms(f.coldMax)})${warmText}; ` +
          `workerd's start-up ${ms(f.startupMs)} ms${ratio}${same}`,
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
