// `npm run bench:abuse`: hostile input and load against `npm start` (workerd), loopback only,
// bounded (a few minutes on a busy 2-core machine; hard stop at 600 s). It starts its own server on a free port of
// 127.0.0.1, and stops it at the end (also on error or Ctrl-C). Exit code 1 when a check fails.
//
// 1. raw-socket cases (malformed HTTP, odd Host headers, unknown methods, CONNECT, lying lengths,
//    slow bodies): every answer is parsed; none may be a 5xx, none may carry a stack trace or a
//    path of this machine, and every one must come from our code (the front, scripts/serve/
//    front.ts, or the Worker): HSTS and nosniff on each;
// 2. 300 uploads aborted halfway; then the server must still answer;
// 3. memory (RSS) of the front and of workerd before and after 50,000 distinct URLs (half API,
//    half site paths, each from its own client address), and what both wrote to disk over the
//    whole run (/proc/PID/io write_bytes); before that, that RATE_LIMIT.limit + 1 addresses of
//    one IPv6 /64 share a budget (shared/limits);
// 4. SIGTERM while a request is in flight: the request must still be answered.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { connect } from "node:net";
import { freePort } from "./free-port.mjs";

const { RATE_LIMIT } = await import("../shared/limits/index.ts");

const DISTINCT_URLS = Number(process.env.ABUSE_URLS ?? 50_000);
const CONCURRENCY = 16;
/**
 * Memory bounds (RSS + swap) after the distinct URLs; README states the same. Neither process
 * keeps anything per URL or per client beyond bounded tables (the Worker's memo of 512 answers,
 * the limiter's 50,000 clients), but V8 collects lazily: workerd's three isolates (the Worker
 * and the two halves of the assets layer) and the front's heap grow until V8 collects, then
 * level off. So the check is absolute, and a leak would also show as the second half of the
 * URLs adding about as much as the first.
 */
const MEMORY_BOUND_MIB = { front: 320, workerd: 512 };
const PROCESSES = ["front", "workerd"];
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
  return ok;
};

const hardStop = setTimeout(() => {
  console.error("bench:abuse: over the time budget, stopping");
  process.exit(1);
}, 600_000);

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// TRUST_CF_CONNECTING_IP=1, as behind a proxy that sets the header: each request below names its
// client, so the limiter is exercised per client (and per /64) instead of one shared budget.
const env = {
  ...process.env,
  PORT: String(port),
  HOST: "127.0.0.1",
  TRUST_CF_CONNECTING_IP: "1",
  ...(existsSync("site/dist/index.html") ? { SKIP_SITE_BUILD: "1" } : {}),
};
const server = spawn(process.execPath, ["scripts/start.mjs"], { env, stdio: ["ignore", "ignore", "inherit"] });
const stopServer = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stopServer);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

async function waitForHealth() {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error("npm start exited");
    if (
      await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the server did not become healthy");
}

/** The workerd process that start.mjs (the front) runs: its only child. */
function workerdPid() {
  const children = readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, "utf8").trim().split(/\s+/);
  return Number(children[0]);
}
/** Resident and swapped-out memory together (RSS alone shrinks when the machine swaps), and the peak RSS. */
function memoryMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (name) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? 0);
  return { used: (kib("VmRSS") + kib("VmSwap")) / 1024, peak: kib("VmHWM") / 1024 };
}
/** Bytes the process caused to be written to storage (/proc/PID/io). */
const writtenBytes = (pid) => Number(readFileSync(`/proc/${pid}/io`, "utf8").match(/\nwrite_bytes:\s+(\d+)/)[1]);

/** Sends `chunks` (strings or Buffers, or numbers = pause in ms) on one connection; the raw answer. */
function raw(chunks, { timeoutMs = 3_000, endWrite = false } = {}) {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const received = [];
    const started = performance.now();
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve({ text: Buffer.concat(received).toString("latin1"), ms: performance.now() - started });
    };
    socket.on("data", (d) => {
      received.push(d);
      // One answer is enough: stop once its head and declared body are in.
      const text = Buffer.concat(received).toString("latin1");
      const head = text.indexOf("\r\n\r\n");
      const length = text.match(/\r\ncontent-length: *(\d+)/i);
      if (head >= 0 && length && text.length >= head + 4 + Number(length[1])) finish();
    });
    socket.on("end", finish);
    socket.on("error", finish);
    setTimeout(finish, timeoutMs);
    socket.on("connect", async () => {
      for (const chunk of chunks) {
        if (typeof chunk === "number") await new Promise((r) => setTimeout(r, chunk));
        else if (!socket.destroyed) socket.write(chunk);
      }
      if (endWrite) socket.end();
    });
  });
}

const TRACE = /\bat [\w.<>]+ \(|\.(ts|js|mjs):\d+|\/work\/|\/home\/|node_modules|workerd\/|Error:/;
const json = '{"certificateExpiry":"2026-03-15","today":"2026-01-10"}';
let client = 0;
/** A new client address for each request, so the cases do not run into the rate limit. */
const clientHeader = () => `CF-Connecting-IP: 198.18.${(++client >> 8) & 255}.${client & 255}\r\n`;
const post = (path, headers, body = "") =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${clientHeader()}${headers}\r\n${body}`;

// Each: what is sent, and what must come back.
const CASES = [
  [
    "chunk size of 20 hex digits",
    [
      post(
        "/api/v1/evaluate",
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
        `${"f".repeat(20)}\r\nabc\r\n0\r\n\r\n`,
      ),
    ],
    { status: [400] },
  ],
  [
    "chunk size that is not hex",
    [
      post(
        "/api/v1/evaluate",
        "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
        "zz\r\nabc\r\n0\r\n\r\n",
      ),
    ],
    { status: [400] },
  ],
  ["Host: a,b", ["GET /api/v1/stage?certificateExpiry=2026-03-15 HTTP/1.1\r\nHost: a,b\r\n\r\n"], { status: [400] }],
  ["Host with a path", ["GET / HTTP/1.1\r\nHost: a/b\r\n\r\n"], { status: [400] }],
  ["two Host headers", ["GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"], { status: [400] }],
  ["no Host", ["GET /healthz HTTP/1.1\r\n\r\n"], { status: [400] }],
  ["OPTIONS *", ["OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [204] }],
  ["unknown method FOO", ["FOO /api/v1/stage HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [405] }],
  ["CONNECT", ["CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n"], { status: [405] }],
  ["WebDAV method on the API", ["PROPFIND /api/v1/stage HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [405] }],
  ["WebDAV method on the site", ["MKCOL /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [405] }],
  ["DELETE on a missing site page", ["DELETE /nope/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [404] }],
  ["garbage request line", ["\u0000\u0001garbage\r\n\r\n"], { status: [400] }],
  ["HTTP/9.9", ["GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n"], { status: [400] }],
  [
    "negative Content-Length",
    [post("/api/v1/evaluate", "Content-Type: application/json\r\nContent-Length: -1\r\n")],
    { status: [400] },
  ],
  [
    "Content-Length and chunked together",
    [
      post(
        "/api/v1/evaluate",
        "Content-Type: application/json\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n",
        `${json.length.toString(16)}\r\n${json}\r\n0\r\n\r\n`,
      ),
    ],
    { status: [200, 400] },
  ],
  [
    "two Content-Length values",
    [post("/api/v1/evaluate", "Content-Type: application/json\r\nContent-Length: 3\r\nContent-Length: 5\r\n", "abcde")],
    { status: [400] },
  ],
  [
    "lying Content-Length (says 100, sends 10, closes)",
    [post("/api/v1/evaluate", "Content-Type: application/json\r\nContent-Length: 100\r\n", '{"a":"1234')],
    { status: [400], endWrite: true },
  ],
  [
    "declared 2 MB to the batch, no body sent",
    [post("/api/v1/evaluate/batch", "Content-Type: application/json\r\nContent-Length: 2000000\r\n")],
    { status: [413], within: 1_000 },
  ],
  [
    "declared 20 KB to /evaluate, no body sent",
    [post("/api/v1/evaluate", "Content-Type: application/json\r\nContent-Length: 20000\r\n")],
    { status: [413], within: 1_000 },
  ],
  [
    "slow body (a byte every 50 ms)",
    [
      post("/api/v1/evaluate", `Content-Type: application/json\r\nContent-Length: ${json.length}\r\n`),
      ...[...json].flatMap((ch) => [50, ch]),
    ],
    { status: [200], timeoutMs: 10_000 },
  ],
  [
    "slow headers (a line every 200 ms)",
    ["GET /healthz HTTP/1.1\r\n", 200, "Host: 127.0.0.1\r\n", 200, "Accept: */*\r\n", 200, "\r\n"],
    { status: [200] },
  ],
  [
    "a 100 KB URL",
    [`GET /api/v1/stage?x=${"a".repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`],
    { status: [400] },
  ],
  [
    "a 3 KB query",
    [`GET /api/v1/stage?certificateExpiry=${"1".repeat(3_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`],
    { status: [414] },
  ],
  [
    "a 200 KB header",
    [`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${"b".repeat(200_000)}\r\n\r\n`],
    { status: [400] },
  ],
  [
    "absolute-form target",
    ["GET http://evil.example/api/v1/stage?certificateExpiry=2026-03-15 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"],
    { status: [200] },
  ],
  ["path traversal to the site", ["GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [404] }],
  ["encoded traversal", ["GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [404] }],
  [
    "asks for a WebSocket (Upgrade)",
    ["GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n"],
    { status: [200] },
  ],
  ["obsolete line folding", ["GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\r\n b\r\n\r\n"], { status: [400] }],
  ["the _headers file itself", ["GET /_headers HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"], { status: [404] }],
];

function parse(text) {
  const status = Number(text.match(/^HTTP\/1\.[01] (\d{3}) /)?.[1] ?? 0);
  const head = text.slice(0, Math.max(0, text.indexOf("\r\n\r\n")));
  const header = (name) => head.match(new RegExp(`\\r\\n${name}: *([^\\r]*)`, "i"))?.[1];
  return { status, head, header, body: text.slice(head.length + 4) };
}

let code = 0;
try {
  await waitForHealth();
  const pid = workerdPid();
  const frontPid = server.pid;
  const pids = { front: frontPid, workerd: pid };
  const written0 = { front: writtenBytes(frontPid), workerd: writtenBytes(pid) };
  console.log(`bench:abuse against ${base} (front pid ${frontPid}, workerd pid ${pid}), loopback only`);

  console.log("\n1. raw-socket cases");
  for (const [label, chunks, expect] of CASES) {
    const { text, ms } = await raw(chunks, expect);
    const r = parse(text);
    const type = r.header("Content-Type") ?? "(none)";
    const ok = [
      check(expect.status.includes(r.status), `${label}: status ${r.status}, expected ${expect.status.join("/")}`),
      check(!TRACE.test(text), `${label}: a stack trace or a path in the answer`),
      check(Boolean(r.header("Strict-Transport-Security")), `${label}: no HSTS (not answered by our code)`),
      check(r.header("X-Content-Type-Options") === "nosniff", `${label}: no nosniff`),
      // An error says what went wrong, as problem+json (API) or the site's 404 page; a 405 on a
      // site page may be empty (its Allow header says it all).
      check(r.status < 400 || /problem\+json|text\/html/.test(type) || r.body === "", `${label}: an error as ${type}`),
      check(!expect.within || ms < expect.within, `${label}: ${ms.toFixed(0)} ms, expected under ${expect.within}`),
    ].every(Boolean);
    const code = r.status >= 400 ? (r.body.match(/"code":"(\w+)"/)?.[1] ?? type.split(";")[0]) : "";
    console.log(`  ${ok ? "ok  " : "FAIL"} ${label}: ${r.status || "(no answer)"} ${code}, ${ms.toFixed(0)} ms`);
  }

  console.log("\n2a. the limit holds per IPv6 /64");
  const windowMs = RATE_LIMIT.period * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 20_000) await new Promise((r) => setTimeout(r, left + 100)); // one fixed window
  const limited = [];
  for (let i = 0; i <= RATE_LIMIT.limit; i++) {
    const address = `2001:db8:aa:bb:${(i >> 8).toString(16)}:${(i & 255).toString(16)}::1`;
    limited.push(
      await fetch(`${base}/api/v1/stage?certificateExpiry=2026-03-15`, {
        headers: { "CF-Connecting-IP": address },
      }).then((r) => r.status),
    );
  }
  const otherNetwork = await fetch(`${base}/api/v1/stage?certificateExpiry=2026-03-15`, {
    headers: { "CF-Connecting-IP": "2001:db8:aa:bc::1" },
  }).then((r) => r.status);
  const okCount = limited.filter((s) => s === 200).length;
  const over = RATE_LIMIT.limit; // the index of the first request over the budget
  check(
    okCount === over && limited[over] === 429 && otherNetwork === 200,
    `per /64: ${okCount} answered, request ${over + 1} ${limited[over]}, another /64 ${otherNetwork}`,
  );
  console.log(
    `  ${over + 1} addresses of one /64: ${okCount} answered, request ${over + 1} got ${limited[over]}; an address of the next /64: ${otherNetwork}`,
  );

  console.log("\n2. 300 uploads aborted halfway");
  const aborted = [];
  for (let i = 0; i < 300; i++) {
    aborted.push(
      raw(
        [
          post(
            "/api/v1/evaluate/batch",
            "Content-Type: application/json\r\nContent-Length: 100000\r\n",
            `{"items":[${"{},".repeat(3_000)}`,
          ),
        ],
        { timeoutMs: 50 },
      ),
    );
    if (aborted.length >= 32) await Promise.all(aborted.splice(0));
  }
  await Promise.all(aborted);
  const alive = await fetch(`${base}/healthz`).then(
    (r) => r.status,
    () => 0,
  );
  check(alive === 200, "the server did not answer after the aborted uploads");
  console.log(`  /healthz afterwards: ${alive}`);

  console.log(`\n3. memory and disk across ${DISTINCT_URLS.toLocaleString("en")} distinct URLs`);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const get = (path, address) =>
    new Promise((resolve) => {
      const req = request(`${base}${path}`, { agent, headers: { "CF-Connecting-IP": address } }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode));
      });
      req.on("error", () => resolve(0));
      req.end();
    });
  const memory = () => ({ front: memoryMiB(frontPid), workerd: memoryMiB(pid) });
  const rss0 = memory();
  let rssHalf = null;
  const statuses = new Map();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < DISTINCT_URLS) {
        const i = next++;
        if (i === DISTINCT_URLS / 2) rssHalf = memory();
        const day = new Date(Date.UTC(1990, 0, 1) + (i >> 1) * 86_400_000).toISOString().slice(0, 10);
        const path = i % 2 === 0 ? `/api/v1/stage?certificateExpiry=${day}&today=2026-01-10` : `/no-such-page-${i}/`;
        const status = await get(path, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rss1 = memory();
  await new Promise((r) => setTimeout(r, 5_000));
  const rss2 = memory();
  agent.destroy();
  const written = Object.fromEntries(PROCESSES.map((name) => [name, writtenBytes(pids[name]) - written0[name]]));
  check(
    ![...statuses.keys()].some((s) => s >= 500 || s === 0),
    `5xx or no answer among the distinct URLs: ${JSON.stringify([...statuses])}`,
  );
  for (const name of PROCESSES) {
    check(written[name] === 0, `${name} wrote ${written[name]} bytes to disk`);
    check(
      rss1[name].used < MEMORY_BOUND_MIB[name],
      `${name} memory ${rss1[name].used.toFixed(0)} MiB (bound: ${MEMORY_BOUND_MIB[name]} MiB)`,
    );
  }
  console.log(
    `  ${seconds.toFixed(1)} s (${(DISTINCT_URLS / seconds).toFixed(0)} requests/s, ${CONCURRENCY} connections); statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  for (const name of PROCESSES) {
    const [a, h, b] = [rss0, rssHalf ?? rss0, rss1].map((r) => r[name].used);
    console.log(
      `  ${name} memory (RSS + swap): ${a.toFixed(1)} MiB before, ${h.toFixed(1)} after half the URLs, ${b.toFixed(1)} after all ` +
        `(first half +${(h - a).toFixed(1)}, second half +${(b - h).toFixed(1)}), ${rss2[name].used.toFixed(1)} MiB 5 s later ` +
        `(bound: ${MEMORY_BOUND_MIB[name]} MiB); peak RSS ${rss2[name].peak.toFixed(1)} MiB`,
    );
  }
  console.log(
    `  written to disk during the whole run (cases, aborts, URLs): front ${written.front} bytes, workerd ${written.workerd} bytes`,
  );

  console.log("\n4. SIGTERM with a request in flight");
  const inFlight = raw(
    [
      post(
        "/api/v1/evaluate",
        `Content-Type: application/json\r\nContent-Length: ${json.length}\r\n`,
        json.slice(0, 10),
      ),
      1_000,
      json.slice(10),
    ],
    { timeoutMs: 8_000 },
  );
  await new Promise((r) => setTimeout(r, 300));
  const termAt = performance.now();
  server.kill("SIGTERM");
  const answer = parse((await inFlight).text);
  const exited = await new Promise((resolve) =>
    server.exitCode !== null ? resolve(server.exitCode) : server.once("exit", resolve),
  );
  check(answer.status === 200, `the request in flight got ${answer.status || "no answer"}`);
  console.log(
    `  the request in flight: ${answer.status}; server exited (${exited}) ${((performance.now() - termAt) / 1000).toFixed(1)} s after SIGTERM`,
  );
} catch (error) {
  console.error("bench:abuse:", error.message);
  code = 1;
} finally {
  clearTimeout(hardStop);
  stopServer();
}
if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  code = 1;
} else if (code === 0) console.log("\nall checks passed");
process.exit(code);
