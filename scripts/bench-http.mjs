// `npm run bench:http`: the API's figures on this machine (issue 3). Prints numbers; asserts
// nothing. Bounded (about 100 s, hard stop at 170 s); the servers it starts are stopped at the
// end, also on error or Ctrl-C.
//
// 1. requests/s of GET /api/v1/stage as a ratio of GET /healthz on the same server
//    (autocannon, fixed duration, interleaved rounds; goal ≥ 0.85):
//    - on `npm start` as shipped, the same stage URL over and over (the issue's figure);
//    - the same with a different certificateExpiry on every request (no answer reused);
//    - on a second `wrangler dev` without the rate-limit binding: locally that binding is a
//      Durable Object with SQLite that every /api request waits for (on Cloudflare it is an
//      in-memory counter), so this isolates the API's own cost.
// 2. end-to-end time of a 1,000-item POST /api/v1/evaluate/batch (median of 12; goal < 250 ms);
// 3. the Worker bundle from `wrangler deploy --dry-run`, gzip (goal ≤ 48 KiB).
//
// The rate limit (600/min per client) would turn a load test into a 429 test, so each
// autocannon request carries its own CF-Connecting-IP: wrangler dev passes the header on, as
// Cloudflare's edge does after setting it. Only responses with status 200 are counted.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const CONNECTIONS = 8;
const STAGE_PATH = "/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10";
const CONFIG_WITHOUT_LIMIT = ".wrangler/bench-without-rate-limit.toml";

const servers = [];
function stopServers() {
  for (const server of servers.splice(0)) {
    try {
      process.kill(-server.pid, "SIGTERM"); // the process group this script started
    } catch {}
  }
  rmSync(CONFIG_WITHOUT_LIMIT, { force: true });
}
process.on("exit", stopServers);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));
const deadline = setTimeout(() => {
  console.error("bench:http: over the time budget, stopping");
  process.exit(1);
}, 170_000);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const devEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };
const start = (command, args, env) => servers.push(spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"], detached: true }));

async function waitForHealth(base) {
  for (let i = 0; i < 180; i++) {
    try {
      if ((await fetch(base + "/healthz")).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not become healthy`);
}

/** `npm start` as shipped (without rebuilding the site when one is built: this measures the Worker). */
async function startShipped() {
  const port = await freePort();
  start("npm", ["start"], { ...devEnv, PORT: String(port), ...(existsSync("site/dist") ? { SKIP_SITE_BUILD: "1" } : {}) });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  return base;
}

/** The same Worker and config without [[ratelimits]] (the middleware then lets every request through). */
async function startWithoutLimit() {
  const toml = readFileSync("wrangler.toml", "utf8")
    .replace(/\[\[ratelimits\]\][^[]*/s, "")
    .replace('main = "worker/index.ts"', 'main = "../worker/index.ts"')
    .replace('directory = "./site/dist"', 'directory = "../site/dist"');
  writeFileSync(CONFIG_WITHOUT_LIMIT, toml);
  const port = await freePort();
  const inspector = await freePort();
  const args = ["wrangler", "dev", "-c", CONFIG_WITHOUT_LIMIT, "--ip", "127.0.0.1", "--port", String(port)];
  start("npx", [...args, "--inspector-port", String(inspector), "--log-level", "warn", "--show-interactive-dev-session=false"], devEnv);
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base);
  return base;
}

let client = 0;
/** autocannon on one path; `vary` gives every request its own certificateExpiry. */
function load(base, path, { seconds = ROUND_SECONDS, vary = false } = {}) {
  const setupRequest = (req) => {
    client++;
    const day = new Date(Date.UTC(2026, 0, 1) + (client % 3_000) * 86_400_000).toISOString().slice(0, 10);
    return { ...req, path: vary ? path.replace("2026-03-15", day) : path, headers: { ...req.headers, "CF-Connecting-IP": `bench-${client}` } };
  };
  return new Promise((resolve, reject) => {
    autocannon({ url: base + path, connections: CONNECTIONS, duration: seconds, requests: [{ setupRequest }] }, (err, result) =>
      err ? reject(err) : resolve(result),
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

async function batch(base) {
  // Realistic and valid: birth dates with the matching printed expiry of a 10-year card, varied
  // so that no two items are alike.
  const items = Array.from({ length: 1_000 }, (_, i) => {
    const monthDay = `${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    return { birthDate: `${1950 + (i % 45)}-${monthDay}`, cardExpiry: `${2028 + (i % 7)}-${monthDay}`, today: "2026-01-10" };
  });
  const body = JSON.stringify({ items });
  const times = [];
  let bytes = 0;
  let itemErrors = 0;
  const statuses = new Set();
  for (let run = 0; run < 14; run++) {
    const started = performance.now();
    const res = await fetch(base + "/api/v1/evaluate/batch", { method: "POST", headers: { "Content-Type": "application/json" }, body });
    const text = await res.text();
    const json = JSON.parse(text);
    const elapsed = performance.now() - started;
    statuses.add(res.status);
    bytes = text.length;
    itemErrors = json.results?.filter((r) => r.error).length ?? -1;
    if (run >= 2) times.push(elapsed); // two warm-up runs
  }
  console.log(
    `batch of 1,000 (goal < 250 ms): median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)} over ${times.length} runs` +
      ` (status ${[...statuses].join(",")}, ${itemErrors} item errors, ${(bytes / 1024 / 1024).toFixed(1)} MiB response)`,
  );
}

function bundle() {
  const outdir = mkdtempSync(join(tmpdir(), "myna-bundle-"));
  try {
    const dry = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { encoding: "utf8", env: devEnv });
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
  console.log(`bench:http on ${process.env.CI ? "CI" : "this machine"} (load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")})`);
  const shipped = await startShipped();
  await ratio("stage/healthz, npm start, same URL (goal ≥ 0.85)", shipped);
  await ratio("stage/healthz, npm start, a new date per request ", shipped, true);
  await batch(shipped);
  // One server at a time: two wrangler dev starting together can race for local sockets.
  stopServers();
  const withoutLimit = await startWithoutLimit();
  await ratio("stage/healthz, no rate-limit binding, same URL   ", withoutLimit);
  await ratio("stage/healthz, no rate-limit binding, new dates  ", withoutLimit, true);
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
