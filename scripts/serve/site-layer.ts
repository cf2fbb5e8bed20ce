/**
 * @module
 * The local stand-in for Cloudflare's static-assets layer, for `npm start` on plain workerd
 * (it is not deployed: on Cloudflare the platform does this). One module, two services
 * (workerd-config.mjs):
 * - `router` (the socket's service): paths in `run_worker_first` go to the Worker; a GET or
 *   HEAD that matches a file is served; anything else goes to the Worker, as on Cloudflare;
 * - `assets` (the Worker's ASSETS binding): files only, and the site's 404 page when none
 *   matches (`not_found_handling = "404-page"`).
 * Files come read-only from site/dist through a workerd disk service; headers from the
 * `_headers` file of the same directory (headers-rules.ts). Nothing is written or logged.
 */
import { entityTag, noneMatch } from "../../worker/middleware/cache/index.ts";
import { acceptsGzip } from "../../worker/middleware/compress/index.ts";
import { applyHeaderRules, type HeaderRule, parseHeaders } from "./headers-rules.ts";

interface LayerConfig {
  mode: "router" | "assets";
  /** `[assets].run_worker_first` of wrangler.toml. */
  runWorkerFirst: string[];
  /** `[assets].not_found_handling`. */
  notFoundHandling: "404-page" | "none";
}

interface Env {
  CONFIG: LayerConfig;
  /** site/dist/_headers, or "" without a built site. */
  HEADERS: string;
  /** The disk service over site/dist; absent without a built site. */
  FILES?: Fetcher;
  /** The Worker (router mode only). */
  WORKER?: Fetcher;
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  json: "application/json",
  svg: "image/svg+xml",
  txt: "text/plain; charset=utf-8",
  xml: "application/xml",
  webmanifest: "application/manifest+json",
  ico: "image/x-icon",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  woff2: "font/woff2",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

const glob = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*")}$`);

let rules: HeaderRule[] | undefined;
let workerFirst: RegExp[] | undefined;

/** Parsed once per isolate: the file does not change while serving. */
function headerRules(env: Env): HeaderRule[] {
  if (!rules) rules = parseHeaders(env.HEADERS);
  return rules;
}

function plain(status: number, text: string, env: Env, pathname: string): Response {
  const headers = new Headers({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  applyHeaderRules(headerRules(env), pathname, headers);
  return new Response(`${text}\n`, { status, headers });
}

/** Files the assets layer reads but never serves (Cloudflare's configuration files). */
const CONFIGURATION = /(^|\/)_(headers|redirects)$/;

async function file(env: Env, path: string): Promise<Response | null> {
  if (!env.FILES || CONFIGURATION.test(path)) return null;
  // The disk service resolves the path inside site/dist and refuses `..` and dotfiles.
  const res = await env.FILES.fetch(new Request(`http://files${path}`));
  // A directory answers with a JSON listing; a file always as application/octet-stream.
  if (res.ok && res.headers.get("Content-Type") !== "application/json") return res;
  await res.body?.cancel();
  return null;
}

/** html_handling "auto-trailing-slash", as Cloudflare does it for a site of `x/index.html` pages. */
async function resolve(
  env: Env,
  pathname: string,
): Promise<{ file: Response; path: string } | { redirect: string } | null> {
  if (pathname.endsWith("/index.html")) {
    return (await file(env, pathname)) ? { redirect: pathname.slice(0, -"index.html".length) } : null;
  }
  if (pathname.endsWith(".html")) {
    return (await file(env, pathname)) ? { redirect: pathname.slice(0, -".html".length) } : null;
  }
  if (pathname.endsWith("/")) {
    const index = await file(env, `${pathname}index.html`);
    return index ? { file: index, path: `${pathname}index.html` } : null;
  }
  const exact = await file(env, pathname);
  if (exact) return { file: exact, path: pathname };
  const html = await file(env, `${pathname}.html`);
  if (html) return { file: html, path: `${pathname}.html` };
  const index = await file(env, `${pathname}/index.html`);
  if (index) {
    await index.body?.cancel();
    return { redirect: `${pathname}/` };
  }
  return null;
}

/** The nearest 404.html at or above the path's directory. */
async function notFoundPage(env: Env, pathname: string): Promise<Response | null> {
  const parts = pathname.split("/").slice(1, -1);
  for (let i = parts.length; i >= 0; i--) {
    const page = await file(env, `/${[...parts.slice(0, i), "404.html"].join("/")}`);
    if (page) return page;
  }
  return null;
}

/** Each file's entity tag (the Worker's, from the content), by path: the files do not change while serving, and there are only as many as site/dist holds. */
const entityTags = new Map<string, string>();

async function respond(
  request: Request,
  env: Env,
  body: Response,
  path: string,
  status: number,
  pathname: string,
): Promise<Response> {
  const type = TYPES[path.slice(path.lastIndexOf(".") + 1).toLowerCase()] ?? "application/octet-stream";
  const headers = new Headers({ "Content-Type": type, "Cache-Control": "public, max-age=0, must-revalidate" });
  applyHeaderRules(headerRules(env), pathname, headers);
  // Cloudflare compresses at the edge; workerd does it natively when this header is set.
  const gzip = COMPRESSIBLE.test(type) && acceptsGzip(request.headers.get("Accept-Encoding") ?? undefined);
  if (gzip) {
    headers.set("Content-Encoding", "gzip");
    headers.append("Vary", "Accept-Encoding");
  }
  if (status !== 200) return new Response(request.method === "HEAD" ? null : body.body, { status, headers });
  // A file: its entity tag, weak when compressed (the bytes sent differ from the file's, as
  // Cloudflare and nginx mark it), and 304 when the client holds it already.
  let tag = entityTags.get(path);
  let bytes: ArrayBuffer | null = null;
  if (!tag) {
    bytes = await body.arrayBuffer();
    tag = await entityTag(bytes);
    entityTags.set(path, tag);
  }
  headers.set("ETag", gzip ? `W/${tag}` : tag);
  const notModified = !noneMatch(request.headers.get("If-None-Match") ?? undefined, tag);
  if (notModified || request.method === "HEAD") {
    if (!body.bodyUsed) await body.body?.cancel();
    if (notModified) {
      headers.delete("Content-Type");
      headers.delete("Content-Encoding");
    }
    return new Response(null, { status: notModified ? 304 : status, headers });
  }
  return new Response(bytes ?? body.body, { status, headers });
}

async function serveAsset(request: Request, env: Env, url: URL): Promise<Response | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const found = await resolve(env, pathname);
  if (found && "redirect" in found) {
    const headers = new Headers({ Location: found.redirect + url.search, "Cache-Control": "no-store" });
    applyHeaderRules(headerRules(env), url.pathname, headers);
    return new Response(null, { status: 307, headers });
  }
  if (found) return await respond(request, env, found.file, found.path, 200, url.pathname);
  return null;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = URL.parse(request.url);
    const getLike = request.method === "GET" || request.method === "HEAD";

    if (env.CONFIG.mode === "router") {
      // The front (front.ts) has checked the Host and the target and answered `OPTIONS *`;
      // this guards the internal socket against a URL that still does not parse.
      if (!url) return plain(400, "Bad Request: the request target is not a path", env, "/");
      if (!workerFirst) workerFirst = env.CONFIG.runWorkerFirst.map(glob);
      if (workerFirst.some((pattern) => pattern.test(url.pathname)) || !getLike) return env.WORKER!.fetch(request);
      return (await serveAsset(request, env, url)) ?? env.WORKER!.fetch(request);
    }

    // The ASSETS binding (the Worker always asks with a URL it parsed): a file, else the 404 page.
    if (!url) return plain(400, "Bad Request", env, "/");
    const asset = getLike ? await serveAsset(request, env, url) : null;
    if (asset) return asset;
    const page = env.CONFIG.notFoundHandling === "404-page" ? await notFoundPage(env, url.pathname) : null;
    if (page) return respond(request, env, page, "/404.html", 404, url.pathname);
    return plain(404, "Not found", env, url.pathname);
  },
};
