// `npm run dev`: `wrangler dev` with live reload, for working on the code. It keeps nothing it
// need not:
// - wrangler's local observability (a trace store of every request URL under .wrangler/state)
//   and the Local Explorer are off;
// - what wrangler does persist locally (here only the rate limiter's counters) goes to a
//   temporary directory (`--persist-to`), removed when dev stops, instead of .wrangler/state,
//   where it would outlive the session (.wrangler/tmp still holds wrangler's build of the
//   Worker: code, no request data);
// - it listens on 127.0.0.1 only, and logs at warn level (its per-request lines print paths).
// To serve the product, use `npm start` (workerd itself, no dev proxy).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env = {
  ...process.env,
  X_LOCAL_OBSERVABILITY: "false",
  X_LOCAL_EXPLORER: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
};
const port = process.env.PORT ?? "8787";
const state = mkdtempSync(join(tmpdir(), "myna-expiry-dev-"));
const removeState = () => rmSync(state, { recursive: true, force: true });
const dev = spawn(
  "wrangler",
  ["dev", "--ip", "127.0.0.1", "--port", port, "--log-level", "warn", "--persist-to", state, ...process.argv.slice(2)],
  { stdio: "inherit", env },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => {
  removeState();
  process.exit(code ?? 0);
});
