// `npm run dev`: `wrangler dev` with live reload, for working on the code. It keeps nothing it
// need not: wrangler's local observability (a trace store of every request URL under
// .wrangler/state) and the Local Explorer are off, and it listens on 127.0.0.1 only.
// To serve the product, use `npm start` (workerd itself, no dev proxy).
import { spawn } from "node:child_process";

const env = {
  ...process.env,
  X_LOCAL_OBSERVABILITY: "false",
  X_LOCAL_EXPLORER: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  WRANGLER_SEND_METRICS: "false",
};
const port = process.env.PORT ?? "8787";
// --log-level warn: wrangler's per-request lines would print paths; we log nothing personal.
const dev = spawn(
  "wrangler",
  ["dev", "--ip", "127.0.0.1", "--port", port, "--log-level", "warn", ...process.argv.slice(2)],
  {
    stdio: "inherit",
    env,
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => dev.kill(signal));
dev.on("exit", (code) => process.exit(code ?? 0));
