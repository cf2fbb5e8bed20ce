// `npm start`: the product on workerd itself (Cloudflare's open-source runtime), as a server
// one could run on one's own machine. `npm run dev` (wrangler dev) is for live reload.
//
// 1. builds the site (SKIP_SITE_BUILD=1 skips it); without site/dist the API still starts;
// 2. bundles the Worker with esbuild as wrangler does (main, minify from wrangler.toml; the
//    language modules worker/lang-texts/*.js beside it, not in it), the local assets layer
//    (scripts/serve/site-layer.ts) and the front (scripts/serve/front.ts), into a temporary
//    directory;
// 3. writes the workerd config generated from wrangler.toml (scripts/serve/workerd-config.ts)
//    there and starts workerd on an internal loopback port (WORKERD_PORT, else a free one);
// 4. once workerd answers /healthz, the front listens on HOST:PORT and hands it each request
//    (Node's HTTP parser answers malformed ones, CONNECT and unknown methods in the API's shape,
//    and sets CF-Connecting-IP from the socket), and the directory is deleted: nothing is on
//    disk while serving, and neither process writes anything (no state, no logs of requests);
// 5. on SIGTERM or SIGINT the front stops accepting connections and lets the requests in flight
//    finish, for at most SHUTDOWN_SECONDS (default 10) in all, then workerd stops.
//
// Environment: PORT (8787), HOST (127.0.0.1; e.g. 0.0.0.0 or :: to listen on every interface),
// PUBLIC_ORIGIN (default http://HOST:PORT; the https origin people reach), TRUST_CF_CONNECTING_IP=1
// (only behind a proxy that sets CF-Connecting-IP to the client's address; else the front sets
// it from the connection), WORKERD_PORT (the internal port; only for measuring workerd alone).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, stop as stopEsbuild } from "esbuild";
import { parse } from "smol-toml";
import { freePort } from "./free-port.mjs";
import { copyLangTexts, externalLangTexts, WORKERD_BUILD } from "./lang-texts/packs.mjs";
import { workerdConfig } from "./serve/workerd-config.ts";

const port = process.env.PORT ?? "8787";
const host = process.env.HOST ?? "127.0.0.1";
const urlHost = host.includes(":") ? `[${host}]` : host;
const address = `${urlHost}:${port}`;
const localHost = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "[::1]" : urlHost;
const localUrl = `http://${localHost}:${port}`;
const publicOrigin = process.env.PUBLIC_ORIGIN ?? localUrl;
const internalPort = Number(process.env.WORKERD_PORT ?? (await freePort()));
const internalUrl = `http://127.0.0.1:${internalPort}`;
const shutdownMs = Number(process.env.SHUTDOWN_SECONDS ?? 10) * 1000;
const log = (line) => console.log(`myna-expiry: ${line}`);

if (!process.env.SKIP_SITE_BUILD) {
  const site = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (site.status !== 0) log("the site did not build; serving the API without it");
}

const wrangler = parse(readFileSync("wrangler.toml", "utf8"));
const siteDir = wrangler.assets?.directory ? resolve(wrangler.assets.directory) : null;
const hasSite = siteDir !== null && existsSync(join(siteDir, "index.html"));
if (!hasSite) log(`no built site in ${siteDir ?? "(none configured)"}: the API runs, site paths answer 404`);

const dir = mkdtempSync(join(tmpdir(), "myna-expiry-"));
const removeDir = () => rmSync(dir, { recursive: true, force: true });
const files = {
  worker: "worker.mjs",
  layer: "site-layer.mjs",
  front: "front.mjs",
  headers: "headers.txt",
  config: "config.capnp",
};
try {
  // minify follows wrangler.toml below, as wrangler does.
  const { minify: _wranglerDecides, ...common } = { ...WORKERD_BUILD, logLevel: "warning" };
  await build({
    ...common,
    entryPoints: [wrangler.main],
    minify: wrangler.minify === true,
    outfile: join(dir, files.worker),
    // The languages loaded on demand stay modules of their own, as wrangler uploads them.
    plugins: [externalLangTexts],
  });
  const modules = copyLangTexts(dir);
  await build({
    ...common,
    entryPoints: ["scripts/serve/site-layer.ts"],
    minify: true,
    outfile: join(dir, files.layer),
  });
  await build({
    ...common,
    entryPoints: ["scripts/serve/front.ts"],
    platform: "node",
    conditions: [],
    outfile: join(dir, files.front),
  });
  await stopEsbuild(); // its service process would stay a child of this one
  if (hasSite && existsSync(join(siteDir, "_headers")))
    copyFileSync(join(siteDir, "_headers"), join(dir, files.headers));
  else writeFileSync(join(dir, files.headers), "");
  const config = workerdConfig({
    wrangler,
    address: `127.0.0.1:${internalPort}`,
    publicOrigin,
    siteDir: hasSite ? siteDir : null,
    files,
    modules,
  });
  writeFileSync(join(dir, files.config), config);
} catch (error) {
  removeDir();
  console.error(`myna-expiry: could not prepare the server: ${error.message}`);
  process.exit(1);
}

// The workerd binary that wrangler bundles (`npm ls workerd`): the package's default export is
// its path. Not node_modules/.bin/workerd, a Node wrapper that would outlive a signal.
const binary = createRequire(import.meta.url)("workerd").default;
const workerd = spawn(binary, ["serve", join(dir, files.config)], { stdio: ["ignore", "inherit", "inherit"] });
workerd.on("error", (error) => {
  removeDir();
  console.error(`myna-expiry: could not start workerd: ${error.message}`);
  process.exit(1);
});
log(`starting workerd on ${internalUrl} (internal) …`);

let front = null;
let stopping = false;
const workerdExited = new Promise((resolve) => workerd.once("exit", resolve));
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: finishing the requests in flight (at most ${shutdownMs / 1000} s)`);
  const started = Date.now();
  const drained = front ? await front.drain(shutdownMs) : true;
  if (!drained) log(`requests still open after ${shutdownMs / 1000} s; stopping anyway`);
  // workerd has nothing in flight now; it too stops listening and exits.
  workerd.kill("SIGTERM");
  const left = Math.max(1_000, shutdownMs - (Date.now() - started));
  const killer = setTimeout(() => workerd.kill("SIGKILL"), left);
  await workerdExited;
  clearTimeout(killer);
  removeDir();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(signal));
workerd.on("exit", (code, signal) => {
  if (stopping) return;
  removeDir();
  console.error(`myna-expiry: workerd stopped (${signal ?? code}); stopping`);
  front?.server.closeAllConnections();
  process.exit(code || 1);
});

const deadline = Date.now() + 60_000;
let ready = false;
while (!ready && Date.now() < deadline && workerd.exitCode === null) {
  ready = await fetch(`${internalUrl}/healthz`).then(
    (res) => res.ok,
    () => false,
  );
  if (!ready) await new Promise((r) => setTimeout(r, 200));
}
if (!ready) {
  console.error("myna-expiry: workerd did not answer /healthz within 60 s");
  workerd.kill("SIGKILL");
  removeDir();
  process.exit(1);
}

const { createFront } = await import(pathToFileURL(join(dir, files.front)).href);
removeDir();
front = createFront({
  upstream: { host: "127.0.0.1", port: internalPort },
  trustClientAddress: process.env.TRUST_CF_CONNECTING_IP === "1",
});
front.server.on("error", (error) => {
  console.error(`myna-expiry: cannot listen on ${address}: ${error.message}`);
  workerd.kill("SIGKILL");
  process.exit(1);
});
front.server.listen(Number(port), host.replace(/^\[|\]$/g, ""), () => {
  log(`ready on ${localUrl}/ (site; API described at ${localUrl}/api/v1/openapi.json); Ctrl-C stops it`);
});
