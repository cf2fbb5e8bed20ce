// `npm run bench:http`: the API's figures on this machine (issues 3 and 12). Prints numbers;
// asserts nothing. Bounded (about 100 s, hard stop at 240 s); the server it starts is stopped at
// the end, also on error or Ctrl-C.
//
// 1. requests/s of GET /api/v1/stage as a ratio of GET /healthz on the same `npm start`
//    (workerd; autocannon, fixed duration, interleaved rounds; goal ≥ 0.85), the same stage
//    URL over and over, and with a different certificateExpiry on every request;
// 2. end-to-end time of a batch in the same run: 1,000 items compact (`"texts": false`) and
//    the largest batch with texts, each the median of 12, with bytes on the wire with and
//    without gzip;
// 3. the front's cost: requests/s through `npm start`'s front (scripts/serve/front.ts) as a
//    ratio of the same requests sent to its workerd directly (the internal port), same run,
//    interleaved rounds, for /healthz and for the stage URL;
// 4. the Worker bundle from `wrangler deploy --dry-run`, gzip (goal ≤ 48 KiB).
//
// The rate limit (600/min per client) would turn a load test into a 429 test, so the server is
// started with TRUST_CF_CONNECTING_IP=1 (as behind a proxy that sets the header) and each
// autocannon request carries its own CF-Connecting-IP. Only responses with status 200 count.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { batchItems } from "./bench-batch-items.mjs";
import { freePort } from "./free-port.mjs";

const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 8;
const STAGE_PATH = "/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10";

const servers = [];
function stopServers() {
  for (const server of servers.splice(0)) {
    try {
      process.kill(-server.pid, "SIGTERM"); // the process group this script started
    } catch {}
  }
}
process.on("exit", stopServers);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
const deadline = setTimeout(() => {
  console.error("bench:http: over the time budget, stopping");
  process.exit(1);
}, 240_000);

const devEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
const start = (command, args, env) =>
  servers.push(spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"], detached: true }));

async function waitForHealth(base) {
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(base + "/healthz")).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not become healthy`);
}

/** `npm start` (without rebuilding the site when one is built: this measures the Worker). */
async function startShipped() {
  const port = await freePort();
  const workerdPort = await freePort();
  const site = existsSync("site/dist") ? { SKIP_SITE_BUILD: "1" } : {};
  start("npm", ["start"], {
    ...devEnv,
    PORT: String(port),
    WORKERD_PORT: String(workerdPort),
    TRUST_CF_CONNECTING_IP: "1",
    ...site,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  return { base, direct: `http://127.0.0.1:${workerdPort}` };
}

let client = 0;
/** autocannon on one path; `vary` gives every request its own certificateExpiry. */
function load(base, path, { seconds = ROUND_SECONDS, vary = false } = {}) {
  const setupRequest = (req) => {
    client++;
    const day = new Date(Date.UTC(2026, 0, 1) + (client % 3_000) * 86_400_000).toISOString().slice(0, 10);
    return {
      ...req,
      path: vary ? path.replace("2026-03-15", day) : path,
      headers: { ...req.headers, "CF-Connecting-IP": `bench-${client}` },
    };
  };
  return new Promise((resolve, reject) => {
    autocannon(
      { url: base + path, connections: CONNECTIONS, duration: seconds, requests: [{ setupRequest }] },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Interleaved rounds (healthz, then stage) and the median of the per-round ratios, so that load
 * from other processes drifting during the run moves both sides of each ratio alike.
 */
async function ratio(label, base, vary = false) {
  // Warm both paths (JIT, isolate) before measuring.
  await load(base, "/healthz", { seconds: 1 });
  await load(base, STAGE_PATH, { seconds: 1, vary });
  const rounds = [];
  let non2xx = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const healthz = await load(base, "/healthz");
    const stage = await load(base, STAGE_PATH, { vary });
    rounds.push({ healthz: healthz["2xx"] / healthz.duration, stage: stage["2xx"] / stage.duration });
    non2xx += healthz.non2xx + stage.non2xx;
  }
  const healthz = mean(rounds.map((r) => r.healthz));
  const stage = mean(rounds.map((r) => r.stage));
  console.log(
    `${label}: ratio ${median(rounds.map((r) => r.stage / r.healthz)).toFixed(2)} (median of ${ROUNDS} rounds of ${ROUND_SECONDS}s; ` +
      `healthz ${healthz.toFixed(0)} req/s, stage ${stage.toFixed(0)} req/s; ${CONNECTIONS} connections; non-2xx ${non2xx})`,
  );
}

/** The front's cost: the same path through the front and to workerd directly, interleaved rounds. */
async function frontCost(base, direct, path) {
  await load(base, path, { seconds: 1 });
  await load(direct, path, { seconds: 1 });
  const rounds = [];
  let non2xx = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const viaDirect = await load(direct, path);
    const viaFront = await load(base, path);
    rounds.push({
      direct: viaDirect["2xx"] / viaDirect.duration,
      front: viaFront["2xx"] / viaFront.duration,
      latency: { direct: viaDirect.latency.p50, front: viaFront.latency.p50 },
    });
    non2xx += viaDirect.non2xx + viaFront.non2xx;
  }
  const direct_ = mean(rounds.map((r) => r.direct));
  const front = mean(rounds.map((r) => r.front));
  console.log(
    `front ÷ workerd directly, ${path}: requests/s ratio ${median(rounds.map((r) => r.front / r.direct)).toFixed(2)} ` +
      `(median of ${ROUNDS} rounds of ${ROUND_SECONDS}s; front ${front.toFixed(0)} req/s, direct ${direct_.toFixed(0)} req/s; ` +
      `p50 latency ${median(rounds.map((r) => r.latency.front))} vs ${median(rounds.map((r) => r.latency.direct))} ms; non-2xx ${non2xx})`,
  );
}

/** One batch, `runs` times: median milliseconds end to end (body read), bytes plain and gzip. */
async function timeBatch(base, body, runs = 14) {
  const times = [];
  let bytes = 0;
  let itemErrors = 0;
  const statuses = new Set();
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const res = await fetch(base + "/api/v1/evaluate/batch", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Encoding": "identity" },
      body,
    });
    const text = await res.text();
    const elapsed = performance.now() - started;
    statuses.add(res.status);
    bytes = Buffer.byteLength(text);
    itemErrors = JSON.parse(text).results?.filter((r) => r.error).length ?? -1;
    if (run >= 2) times.push(elapsed); // two warm-up runs
  }
  // The same request asking for gzip: node's fetch decodes it, so count the bytes on the socket.
  const { request } = await import("node:http");
  const wire = await new Promise((resolve, reject) => {
    const req = request(
      base + "/api/v1/evaluate/batch",
      { method: "POST", headers: { "Content-Type": "application/json", "Accept-Encoding": "gzip" } },
      (res) => {
        let n = 0;
        res.on("data", (chunk) => (n += chunk.length));
        res.on("end", () => resolve({ n, encoding: res.headers["content-encoding"] }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    runs: times.length,
    bytes,
    wire,
    statuses: [...statuses],
    itemErrors,
  };
}

async function batch(base) {
  const { MAX_BATCH_ITEMS_WITH_TEXTS } = await import("../shared/limits/index.ts");
  const compact = await timeBatch(base, JSON.stringify({ texts: false, items: batchItems(1_000) }));
  const full = await timeBatch(base, JSON.stringify({ items: batchItems(MAX_BATCH_ITEMS_WITH_TEXTS) }));
  const fullPerItem = full.bytes / MAX_BATCH_ITEMS_WITH_TEXTS;
  const line = (label, r, items) =>
    `${label}: median ${r.median.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)}, ${r.runs} runs; status ${r.statuses.join(",")}, ${r.itemErrors} item errors); ` +
    `${(r.bytes / 1024).toFixed(0)} KiB, ${(r.wire.n / 1024).toFixed(0)} KiB with ${r.wire.encoding ?? "no encoding"}; ${((r.median / items) * 1000).toFixed(0)} µs per item`;
  console.log(line("batch of 1,000 compact (texts: false)", compact, 1_000));
  console.log(
    line(`batch of ${MAX_BATCH_ITEMS_WITH_TEXTS} with texts (the largest accepted)`, full, MAX_BATCH_ITEMS_WITH_TEXTS),
  );
  console.log(
    `compact ÷ full, per item: bytes ${(compact.bytes / 1_000 / fullPerItem).toFixed(3)} (goal ≤ 0.25), ` +
      `time ${(compact.median / 1_000 / (full.median / MAX_BATCH_ITEMS_WITH_TEXTS)).toFixed(2)}`,
  );
}

function bundle() {
  const outdir = mkdtempSync(join(tmpdir(), "myna-bundle-"));
  try {
    const dry = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
      encoding: "utf8",
      env: devEnv,
    });
    if (dry.status !== 0) throw new Error("wrangler deploy --dry-run failed:\n" + dry.stderr.slice(-2000));
    const files = readdirSync(outdir).filter((f) => /\.m?js$/.test(f));
    const raw = files.reduce((n, f) => n + readFileSync(join(outdir, f)).length, 0);
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(outdir, f)), { level: 9 }).length, 0);
    const reported = dry.stdout.match(/Total Upload: ([\d.]+ KiB) \/ gzip: ([\d.]+ KiB)/);
    console.log(
      `worker bundle (goal ≤ 48 KiB gzip): wrangler reports ${reported ? `${reported[2]} gzip (${reported[1]})` : "?"}; ` +
        `gzip -9 of ${files.join(", ")}: ${(gzip / 1024).toFixed(1)} KiB (${(raw / 1024).toFixed(1)} KiB minified)`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

let code = 0;
try {
  console.log(
    `bench:http on ${process.env.CI ? "CI" : "this machine"} (load average ${(await import("node:os"))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")})`,
  );
  const { base: shipped, direct } = await startShipped();
  await ratio("stage/healthz, npm start, same URL (goal ≥ 0.85)", shipped);
  await ratio("stage/healthz, npm start, a new date per request ", shipped, true);
  await frontCost(shipped, direct, "/healthz");
  await frontCost(shipped, direct, STAGE_PATH);
  await batch(shipped);
  stopServers();
  bundle();
} catch (error) {
  console.error("bench:http:", error.message);
  code = 1;
} finally {
  clearTimeout(deadline);
  stopServers();
}
process.exit(code);
