// `npm run bench:http`: the API's figures on this machine (issue 3). Prints numbers; asserts
// nothing. Bounded: about 60–90 s, and the server it starts is stopped at the end.
//
// 1. requests/s of GET /api/v1/stage as a ratio of GET /healthz on the same server
//    (autocannon, fixed duration, interleaved rounds; goal ≥ 0.85);
// 2. end-to-end time of a 1,000-item POST /api/v1/evaluate/batch (median of 12; goal < 250 ms);
// 3. the Worker bundle from `wrangler deploy --dry-run`, gzip (goal ≤ 48 KiB).
//
// The rate limit (600/min per client) would turn a load test into a 429 test, so each
// autocannon request carries its own CF-Connecting-IP: wrangler dev passes the header on, as
// Cloudflare's edge does after setting it. Only responses with status 200 are counted.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = 8;
const STAGE_PATH = "/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10";
const deadline = setTimeout(() => {
  console.error("bench:http: over the time budget, stopping");
  stop(1);
}, 150_000);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// SKIP_SITE_BUILD when a built site exists: the bench measures the Worker, not Astro.
const env = { ...process.env, PORT: String(port), ...(existsSync("site/dist") ? { SKIP_SITE_BUILD: "1" } : {}) };
const server = spawn("npm", ["start"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });

function stop(code = 0) {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
  clearTimeout(deadline);
  setTimeout(() => process.exit(code), 300);
}

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(base + "/healthz")).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

let client = 0;
function load(path) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: base + path,
        connections: CONNECTIONS,
        duration: ROUND_SECONDS,
        requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, "CF-Connecting-IP": `bench-${++client}` } }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  await waitForHealth();
  // Warm both paths (JIT, isolate) before measuring.
  await load("/healthz");
  await load(STAGE_PATH);
  const rps = { healthz: [], stage: [] };
  const non2xx = { healthz: 0, stage: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, path] of [["healthz", "/healthz"], ["stage", STAGE_PATH]]) {
      const result = await load(path);
      rps[name].push(result["2xx"] / result.duration);
      non2xx[name] += result.non2xx;
    }
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const healthz = mean(rps.healthz);
  const stage = mean(rps.stage);
  console.log(`healthz: ${healthz.toFixed(0)} req/s   stage: ${stage.toFixed(0)} req/s   (${CONNECTIONS} connections, ${ROUNDS}×${ROUND_SECONDS}s each; non-2xx: ${non2xx.healthz}/${non2xx.stage})`);
  console.log(`stage/healthz ratio: ${(stage / healthz).toFixed(3)} (goal ≥ 0.85)`);

  // A realistic batch: birth dates and printed card expiries, varied so nothing is memoised.
  const items = Array.from({ length: 1_000 }, (_, i) => ({
    birthDate: `${1950 + (i % 45)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    cardExpiry: `${2028 + (i % 7)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    today: "2026-01-10",
  }));
  const body = JSON.stringify({ items });
  const times = [];
  let bytes = 0;
  let statuses = new Set();
  for (let run = 0; run < 14; run++) {
    const started = performance.now();
    const res = await fetch(base + "/api/v1/evaluate/batch", { method: "POST", headers: { "Content-Type": "application/json", "CF-Connecting-IP": `batch-${run}` }, body });
    const json = await res.json();
    const elapsed = performance.now() - started;
    statuses.add(res.status);
    bytes = JSON.stringify(json).length;
    if (run >= 2) times.push(elapsed);
  }
  console.log(
    `batch of 1,000: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms over ${times.length} runs (goal < 250 ms; status ${[...statuses].join(",")}; ${(bytes / 1024 / 1024).toFixed(1)} MiB response)`,
  );
} catch (error) {
  console.error("bench:http:", error.message);
}

// The bundle wrangler would upload (the Worker only; assets are uploaded separately).
const outdir = mkdtempSync(join(tmpdir(), "myna-bundle-"));
const dry = spawnSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
if (dry.status === 0) {
  const files = readdirSync(outdir).filter((f) => f.endsWith(".js") || f.endsWith(".mjs"));
  const raw = files.reduce((n, f) => n + readFileSync(join(outdir, f)).length, 0);
  const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(join(outdir, f)), { level: 9 }).length, 0);
  console.log(`worker bundle: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip (goal ≤ 48 KiB gzip; ${files.join(", ")})`);
} else {
  console.error("bench:http: wrangler deploy --dry-run failed:\n" + dry.stderr.slice(-2000));
}
rmSync(outdir, { recursive: true, force: true });
stop(0);
