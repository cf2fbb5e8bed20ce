// `npm start`: build the site, then serve API + site on workerd through `wrangler dev`,
// offline (no Request.cf fetch), on 127.0.0.1:$PORT (default 8787).
import { spawn, spawnSync } from "node:child_process";

const port = process.env.PORT ?? "8787";
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

if (!process.env.SKIP_SITE_BUILD) {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// --log-level warn: wrangler's per-request log lines would print paths; we log nothing personal.
const dev = spawn(
  "wrangler",
  ["dev", "--ip", "127.0.0.1", "--port", port, "--log-level", "warn", "--show-interactive-dev-session=false"],
  { stdio: ["ignore", "inherit", "inherit"], env },
);
const url = `http://127.0.0.1:${port}`;
console.log(`myna-expiry: starting on ${url} …`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));

// wrangler's own "Ready" line is hidden at --log-level warn: say it ourselves once /healthz answers.
const deadline = Date.now() + 180_000;
while (Date.now() < deadline && dev.exitCode === null) {
  const ready = await fetch(`${url}/healthz`).then((res) => res.ok, () => false);
  if (ready) {
    console.log(`myna-expiry: ready on ${url}/ (site; API described at ${url}/api/v1/openapi.json); Ctrl-C stops it`);
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
