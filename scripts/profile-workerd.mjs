// `node scripts/profile-workerd.mjs [OUT.cpuprofile]` (default: the temp folder): a CPU profile of workerd's isolate while it
// serves the compact 1,000-item batch (issue 12), taken over workerd's inspector, and the
// functions that spend the most of it (self time). bench:workerd says how much CPU a request
// costs; this says where it goes, in the runtime of the edge, whose V8 is newer than Node's.
//
// How: the Worker is bundled as wrangler does (scripts/bench-bundle.mjs) but not minified,
// so that the profile names the functions; workerd serves it with `npm start`'s configuration
// (the Worker alone, as bench:workerd does) and `--inspector-addr`; after PROFILE_WARM requests
// (default 30) the Chrome DevTools protocol's Profiler records PROFILE_REQUESTS more (default
// 100) at a 200 µs interval. The .cpuprofile opens in Chrome's DevTools (Performance) or any
// speedscope-like viewer. Linux or macOS; one workerd on loopback ports; it stops by itself.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parse } from "smol-toml";
import { batchItems } from "./bench-batch-items.mjs";
import { profileBundle } from "./bench-bundle.mjs";
import { freePort } from "./free-port.mjs";
import { workerdConfig } from "./serve/workerd-config.ts";

const WARM = Number(process.env.PROFILE_WARM ?? 30);
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 100);
const out = resolve(process.argv[2] ?? join(tmpdir(), "workerd.cpuprofile"));

const dir = mkdtempSync(join(tmpdir(), "myna-profile-"));
const { file: bundle, modules } = await profileBundle(dir);

const port = await freePort();
const inspectorPort = await freePort();
const config = join(dir, "config.capnp");
writeFileSync(
  config,
  workerdConfig({
    wrangler: parse(readFileSync("wrangler.toml", "utf8")),
    address: `127.0.0.1:${port}`,
    publicOrigin: `http://127.0.0.1:${port}`,
    siteDir: null,
    files: { worker: basename(bundle), layer: "", headers: "" },
    modules,
    serve: "worker",
  }),
);
const binary = createRequire(import.meta.url)("workerd").default;
const child = spawn(binary, ["serve", config, `--inspector-addr=127.0.0.1:${inspectorPort}`], {
  stdio: ["ignore", "ignore", "inherit"],
});
process.on("exit", () => {
  child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const body = JSON.stringify({ texts: false, items: batchItems(1_000) });
const post = () =>
  new Promise((done, fail) => {
    const headers = { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) };
    const req = http.request(
      { agent, host: "127.0.0.1", port, method: "POST", path: "/api/v1/evaluate/batch", headers },
      (res) => res.resume().on("end", () => (res.statusCode === 200 ? done() : fail(new Error(`${res.statusCode}`)))),
    );
    req.on("error", fail);
    req.end(body);
  });
// workerd listens once it has compiled and run the bundle's top level.
for (let i = 0; ; i++) {
  try {
    await post();
    break;
  } catch (error) {
    if (i > 300 || child.exitCode !== null) throw error;
    await sleep(20);
  }
}
for (let i = 1; i < WARM; i++) await post();

const [target] = await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json();
const socket = new WebSocket(target.webSocketDebuggerUrl);
await new Promise((open) => socket.addEventListener("open", open, { once: true }));
const pending = new Map();
socket.addEventListener("message", (event) => {
  const message = JSON.parse(event.data);
  pending.get(message.id)?.(message.result);
  pending.delete(message.id);
});
let lastId = 0;
const send = (method, params = {}) =>
  new Promise((answer) => {
    const id = ++lastId;
    pending.set(id, answer);
    socket.send(JSON.stringify({ id, method, params }));
  });
await send("Profiler.enable");
await send("Profiler.setSamplingInterval", { interval: 200 });
await send("Profiler.start");
for (let i = 0; i < REQUESTS; i++) await post();
const { profile } = await send("Profiler.stop");
socket.close();
agent.destroy();
writeFileSync(out, JSON.stringify(profile));

// Self time per function, from the samples and their time deltas.
const time = new Map();
for (const [i, id] of profile.samples.entries()) time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
const self = new Map();
let total = 0;
for (const node of profile.nodes) {
  const t = time.get(node.id) ?? 0;
  total += t;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = `${functionName || "(anonymous)"} ${url ? `${basename(url)}:${lineNumber + 1}` : ""}`.trim();
  self.set(name, (self.get(name) ?? 0) + t);
}
console.log(`profile of ${REQUESTS} compact 1,000-item batches after ${WARM} (${out}); self time, top 25:`);
for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}`);
process.exit(0);
