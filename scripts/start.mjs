// `npm start`: the product on workerd itself (Cloudflare's open-source runtime), as a server
// one could run on one's own machine. `npm run dev` (wrangler dev) is for live reload.
//
// 1. builds the site (SKIP_SITE_BUILD=1 skips it); without site/dist the API still starts;
// 2. bundles the Worker with esbuild as wrangler does (main, minify from wrangler.toml) and the
//    local assets layer (scripts/serve/site-layer.ts), into a temporary directory;
// 3. writes the workerd config generated from wrangler.toml (scripts/serve/workerd-config.mjs)
//    there, starts workerd, and deletes the directory once /healthz answers: nothing is on disk
//    while serving, and workerd itself writes nothing (no state, no logs of requests);
// 4. on SIGTERM or SIGINT lets workerd finish the requests in flight, for at most
//    SHUTDOWN_SECONDS (default 10), then stops it.
//
// Environment: PORT (8787), HOST (127.0.0.1; e.g. 0.0.0.0 or :: to listen on every interface),
// PUBLIC_ORIGIN (default http://HOST:PORT; the https origin people reach), TRUST_CF_CONNECTING_IP=1
// (only behind a proxy that sets CF-Connecting-IP to the client's address; else it is removed
// and every client shares one rate-limit budget).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { parse } from "smol-toml";
import { workerdConfig } from "./serve/workerd-config.ts";

const port = process.env.PORT ?? "8787";
const host = process.env.HOST ?? "127.0.0.1";
const urlHost = host.includes(":") ? `[${host}]` : host;
const address = `${urlHost}:${port}`;
const localHost = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "[::1]" : urlHost;
const localUrl = `http://${localHost}:${port}`;
const publicOrigin = process.env.PUBLIC_ORIGIN ?? localUrl;
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
const files = { worker: "worker.mjs", layer: "site-layer.mjs", headers: "headers.txt", config: "config.capnp" };
try {
  const common = {
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    logLevel: "warning",
  };
  await build({
    ...common,
    entryPoints: [wrangler.main],
    minify: wrangler.minify === true,
    outfile: join(dir, files.worker),
  });
  await build({
    ...common,
    entryPoints: ["scripts/serve/site-layer.ts"],
    minify: true,
    outfile: join(dir, files.layer),
  });
  if (hasSite && existsSync(join(siteDir, "_headers")))
    copyFileSync(join(siteDir, "_headers"), join(dir, files.headers));
  else writeFileSync(join(dir, files.headers), "");
  const config = workerdConfig({
    wrangler,
    address,
    publicOrigin,
    siteDir: hasSite ? siteDir : null,
    trustClientAddress: process.env.TRUST_CF_CONNECTING_IP === "1",
    files,
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
log(`starting workerd on http://${address} …`);

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  // workerd stops listening and answers the requests in flight before it exits.
  workerd.kill("SIGTERM");
  setTimeout(() => {
    log(`requests still open after ${shutdownMs / 1000} s; stopping anyway`);
    workerd.kill("SIGKILL");
  }, shutdownMs).unref();
  log(`${signal}: finishing the requests in flight (at most ${shutdownMs / 1000} s)`);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
workerd.on("exit", (code, signal) => {
  removeDir();
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});

const deadline = Date.now() + 60_000;
while (Date.now() < deadline && workerd.exitCode === null) {
  const ready = await fetch(`${localUrl}/healthz`).then(
    (res) => res.ok,
    () => false,
  );
  if (ready) {
    removeDir();
    log(`ready on ${localUrl}/ (site; API described at ${localUrl}/api/v1/openapi.json); Ctrl-C stops it`);
    break;
  }
  await new Promise((r) => setTimeout(r, 200));
}
