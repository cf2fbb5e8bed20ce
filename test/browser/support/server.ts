/**
 * @module
 * vitest globalSetup for the browser project: `npm start` on a free port (it builds the site,
 * then serves API + site on workerd), wait for /healthz, hand the URL to the tests through
 * `inject("baseURL")`, and stop the server afterwards.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}/healthz within ${timeoutMs} ms`);
}

/** Starts `npm start` on a free port and waits for it; the caller stops it. */
async function start(): Promise<{ child: ChildProcess; baseURL: string }> {
  const port = process.env.BROWSER_TEST_PORT ? Number(process.env.BROWSER_TEST_PORT) : await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // detached: its own process group, so wrangler and workerd stop with it.
  const child = spawn("npm", ["start"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  try {
    await waitForHealth(baseURL, child, 240_000);
    return { child, baseURL };
  } catch (error) {
    stop(child);
    throw error;
  }
}

export default async function setup(project: TestProject) {
  // Hint: a second try, because wrangler picks its helper ports itself and another server
  // starting at the same moment can take one first ("Address already in use").
  const { child, baseURL } = await start().catch(() => start());
  project.provide("baseURL", baseURL);
  return () => stop(child);
}

/** Stops the server's process group; one that is already gone (ESRCH) is not an error of the
 *  tests, which have run by then. */
function stop(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}
