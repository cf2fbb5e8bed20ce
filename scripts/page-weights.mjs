// `npm run weights` (`npm run build`, then this): the built site's page weights (gzip -9) and
// the widget's, written into site/README.md between its `weights` markers; with `--check`
// (`npm run weights -- --check`) it writes nothing and exits 1 when the table there is not what
// the build measures. Either exits 1 when a budget is exceeded: the checker's and the list's JS
// 30 KiB, the widget with its largest language module 12 KiB (scripts/build-widget.test.ts
// holds that one too). A page's weight is its HTML, the stylesheets it links and its module
// scripts with every chunk they import, statically or by a literal `import("./x.js")`, each file
// once a page (the widget's language modules, imported by a computed URL, are not counted).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "site/dist");
const readme = join(root, "site/README.md");
const START = "<!-- weights: written by `npm run weights`; edit the script, not the table -->";
const END = "<!-- /weights -->";
const JS_BUDGET_KIB = 30;
const WIDGET_BUDGET_KIB = 12;

const gzipBytes = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(1);

/** Site paths (`/en/check/`) of every HTML file in the build, with the file that serves each. */
function pages() {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => file.split("\\").join("/"))
    .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, "$1")}` }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** A URL path of the site (`/_astro/x.js`, or relative to `from`) as a file in dist. */
const fileOf = (url, from = "/") => posix.resolve(posix.dirname(from), url).slice(1);

/** The chunks a module imports, statically (`from"./x.js"`, `import"./x.js"`) or by `import("./x.js")`. */
function importsOf(file) {
  const code = readFileSync(join(dist, file), "utf8");
  const specifiers = code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g);
  return [...specifiers].map((m) => fileOf(m[1], `/${file}`));
}

/** A module and everything it imports, each once. */
function moduleGraph(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file)) visit(next);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

function pageWeight({ file, path }) {
  const html = readFileSync(join(dist, file), "utf8");
  const attrs = (tag, wanted) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].map((m) => m[0]).filter((t) => wanted.test(t));
  const hrefOf = (tag, name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
  const css = attrs("link", /\brel="stylesheet"/).map((t) => fileOf(hrefOf(t, "href"), `/${file}`));
  const entries = attrs("script", /\btype="module"/)
    .map((t) => hrefOf(t, "src"))
    .filter((src) => src !== undefined)
    .map((src) => fileOf(src, `/${file}`));
  const sum = (files) => files.reduce((total, f) => total + gzipBytes(f), 0);
  const scripts = moduleGraph(entries);
  const weight = { html: gzipBytes(file), css: sum([...new Set(css)]), js: sum(scripts) };
  const total = weight.html + weight.css + weight.js;
  return { path: file === "404.html" ? "/404.html" : path, ...weight, total, scripts };
}

function widgetWeight() {
  const langDir = readdirSync(join(dist, "widget"), { recursive: true, encoding: "utf8" })
    .map((file) => `widget/${file.split("\\").join("/")}`)
    .filter((file) => /\/lang\/[^/]+\.js$/.test(file));
  const packs = langDir.map(gzipBytes);
  return { widget: gzipBytes("widget.js"), largestPack: Math.max(0, ...packs), packs: packs.length };
}

function commit() {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    // What the script writes itself does not count as a change to what was built.
    const dirty = execFileSync("git", ["status", "--porcelain", "--", ".", ":!site/README.md"], {
      cwd: root,
      encoding: "utf8",
    });
    return dirty.trim() === "" ? `\`${sha}\`` : `\`${sha}\` with uncommitted changes`;
  } catch {
    return "an unknown commit";
  }
}

/** `_astro/events.VKMT9LJ4.js` → `events.js`: the name without the build's content hash. */
const chunkName = (file) => posix.basename(file).replace(/\.[\w-]{8}\.js$/, ".js");

/** The JS files of one page, largest first (what its JS figure is made of). */
const breakdown = (row) =>
  row.scripts
    .map((file) => ({ name: chunkName(file), bytes: gzipBytes(file) }))
    .sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1))
    .map(({ name, bytes }) => `\`${name}\` ${kib(bytes)}`)
    .join(", ");

/** The budgets, each with what it is measured on. */
function budgets(rows, widget) {
  const largest = (match) => rows.filter((r) => match.test(r.path)).sort((a, b) => b.js - a.js)[0];
  return [
    { what: "JS of a checker page (the largest)", row: largest(/\/check\/$/), limit: JS_BUDGET_KIB },
    { what: "JS of a list page (the largest)", row: largest(/\/list\/$/), limit: JS_BUDGET_KIB },
  ]
    .map(({ what, row, limit }) => ({ what, used: row.js, limit, row }))
    .concat({
      what: `\`/widget.js\` (${kib(widget.widget)}) with its largest language module (of ${widget.packs})`,
      used: widget.widget + widget.largestPack,
      limit: WIDGET_BUDGET_KIB,
    });
}

/** The block between the markers; its first line (the day and commit) is left out of `--check`. */
function block(rows, limits) {
  const day = new Date().toISOString().slice(0, 10);
  const shown = limits.filter((b) => b.row);
  return [
    `Measured ${day} on the build of ${commit()}; ${rows.length} pages.`,
    "",
    "| page | HTML | CSS | JS | total |",
    "|---|---:|---:|---:|---:|",
    ...rows.map((r) => `| \`${r.path}\` | ${kib(r.html)} | ${kib(r.css)} | ${kib(r.js)} | ${kib(r.total)} |`),
    "",
    "| budget (gzip, KiB) | used | limit |",
    "|---|---:|---:|",
    ...limits.map((b) => `| ${b.what} | ${kib(b.used)} | ${b.limit} |`),
    "",
    ...shown.map((b) => `- \`${b.row.path}\`, its JS files: ${breakdown(b.row)}.`),
  ].join("\n");
}

if (!existsSync(join(dist, "index.html")) || !existsSync(join(dist, "widget.js")))
  throw new Error("no built site in site/dist: `npm run weights` builds it first");
const rows = pages().map(pageWeight);
const limits = budgets(rows, widgetWeight());
const fresh = block(rows, limits);
const over = limits.filter((b) => b.used > b.limit * 1024);
for (const b of over) console.log(`over budget: ${b.what}: ${kib(b.used)} KiB, limit ${b.limit} KiB`);
const text = readFileSync(readme, "utf8");
const from = text.indexOf(START);
const to = text.indexOf(END);
if (from < 0 || to < from) throw new Error(`site/README.md: no ${START} … ${END} block`);
const current = text.slice(from + START.length, to).trim();
const withoutFirstLine = (b) => b.split("\n").slice(1).join("\n");

if (process.argv.includes("--check")) {
  const same = withoutFirstLine(current) === withoutFirstLine(fresh);
  console.log(same ? "site/README.md: page weights up to date" : "site/README.md: page weights differ from the build");
  if (!same) console.log(fresh);
  process.exitCode = same && over.length === 0 ? 0 : 1;
} else {
  writeFileSync(readme, `${text.slice(0, from + START.length)}\n${fresh}\n${text.slice(to)}`);
  console.log(`site/README.md: ${fresh.split("\n")[0]}`);
  process.exitCode = over.length === 0 ? 0 : 1;
}
