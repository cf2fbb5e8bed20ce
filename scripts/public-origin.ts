/**
 * @module
 * The public origin of the service, for what must be absolute: the site's canonical and
 * alternate links, the sitemap, OpenGraph URLs. One home: `PUBLIC_ORIGIN` of wrangler.toml
 * `[vars]` (the Worker's calendar links read the same variable), replaced by a `PUBLIC_ORIGIN`
 * in the environment, as `npm start` does (`PUBLIC_ORIGIN=https://… npm run build`).
 */
import { readFileSync } from "node:fs";
import { parse } from "smol-toml";

const WRANGLER_TOML = new URL("../wrangler.toml", import.meta.url);

export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = (parse(readFileSync(WRANGLER_TOML, "utf8")) as { vars?: { PUBLIC_ORIGIN?: unknown } }).vars
    ?.PUBLIC_ORIGIN;
  const origin = env.PUBLIC_ORIGIN || (typeof configured === "string" ? configured : "");
  // An origin only (scheme, host, port): a path here would be repeated before every page's path.
  return new URL(origin).origin;
}
