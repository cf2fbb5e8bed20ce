import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";
import { CHECK_PAGES } from "../../worker/routes/check-page.ts";
import { type WranglerConfig, workerdConfig } from "./workerd-config.ts";

const wrangler = parse(
  readFileSync(new URL("../../wrangler.toml", import.meta.url), "utf8"),
) as unknown as WranglerConfig & {
  assets: { run_worker_first: string[]; not_found_handling: string; binding: string };
  ratelimits: { simple: { limit: number; period: number } }[];
};
const files = { worker: "worker.mjs", layer: "site-layer.mjs", headers: "headers.txt" };
const config = (options: Partial<Parameters<typeof workerdConfig>[0]> = {}) =>
  workerdConfig({
    wrangler,
    address: "127.0.0.1:8787",
    publicOrigin: "https://myna.example",
    siteDir: "/srv/site",
    files,
    ...options,
  });

describe("the workerd config of npm start, from wrangler.toml", () => {
  it("takes the compatibility date, the routes, the 404 handling and the budget from wrangler.toml", () => {
    const text = config();
    expect(text).toContain(`compatibilityDate = "${wrangler.compatibility_date}"`);
    const limit = wrangler.ratelimits[0].simple;
    expect(text).toContain(JSON.stringify(JSON.stringify({ limit: limit.limit, period: limit.period })));
    for (const route of wrangler.assets.run_worker_first) expect(text).toContain(JSON.stringify(route).slice(1, -1));
    expect(text).toContain(`\\"notFoundHandling\\":\\"${wrangler.assets.not_found_handling}\\"`);
    expect(text).toContain(`(name = "${wrangler.assets.binding}", service = "assets")`);
  });

  it("runs the Worker first on every language's checker page (its no-JavaScript answer)", () => {
    expect(Object.keys(CHECK_PAGES).length).toBeGreaterThanOrEqual(3);
    for (const path of Object.keys(CHECK_PAGES)) expect(wrangler.assets.run_worker_first).toContain(path);
  });

  it("listens where it is told, and PUBLIC_ORIGIN replaces wrangler.toml's", () => {
    const text = config({ address: "[::1]:9000" });
    expect(text).toContain('address = "[::1]:9000"');
    expect(text).toContain('(name = "PUBLIC_ORIGIN", text = "https://myna.example")');
    expect(text.match(/PUBLIC_ORIGIN/g)).toHaveLength(1);
  });

  it("passes CF-Connecting-IP on as the front sets it (front.ts), and keeps no request data", () => {
    expect(config()).not.toContain("injectRequestHeaders");
    expect(config()).not.toMatch(/writable = true|durableObjectStorage|localDisk/);
  });

  it("gives the Worker its language modules under the names its import()s use (worker/lang-texts.ts)", () => {
    const text = config({ modules: ["lang-texts/ne.js", "lang-texts/ko.js"] });
    expect(text).toContain(
      '(modules = [(name = "worker.mjs", esModule = embed "worker.mjs"), (name = "lang-texts/ne.js", esModule = embed "lang-texts/ne.js"), (name = "lang-texts/ko.js", esModule = embed "lang-texts/ko.js")]',
    );
    expect(config()).toContain('(modules = [(name = "worker.mjs", esModule = embed "worker.mjs")]');
  });

  it("serves the site read-only, and runs without one", () => {
    expect(config()).toContain('disk = (path = "/srv/site", writable = false)');
    const apiOnly = config({ siteDir: null });
    expect(apiOnly).not.toContain("disk =");
    expect(apiOnly).not.toContain('service = "files"');
  });

  it("serves the Worker alone for the benchmarks: no layer, no assets, the same Worker and budget", () => {
    const alone = config({ serve: "worker", modules: ["lang-texts/ne.js"] });
    expect(alone).toContain('sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "worker")]');
    expect(alone).not.toMatch(/site-layer|"router"|"assets"|disk =/);
    const worker = (text: string) => text.split("\n").find((line) => line.includes('(name = "worker"'));
    const full = worker(config({ modules: ["lang-texts/ne.js"] }))!;
    expect(worker(alone)).toBe(full.replace(`, (name = "${wrangler.assets.binding}", service = "assets")`, ""));
    expect(worker(alone)).toContain("LOCAL_RATE_LIMIT");
  });
});
