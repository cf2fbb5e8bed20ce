import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Three kinds of test, one `npm test`:
// - unit: the pure rules engine and the site's helpers, in Node (fast, property-based).
// - api: the Worker inside workerd through the Workers Vitest integration.
// - browser: Debian's Chromium against `npm start` (test/browser, needs /usr/bin/chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "site/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // The every-day-1900–2100 comparison with Temporal takes 3 s alone; beside the other
          // files on a loaded 2-core machine it passed the 5 s default twice in fresh clones.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            // Test-only: a tiny budget so the rate-limit middleware can be driven past it in a
            // few requests (worker/middleware/rate-limit); production uses RATE_LIMITER.
            // PUBLIC_ORIGIN: another host than the tests' requests, so a link built from the
            // Host header would show (test/api/calendar.test.ts).
            // assets: site/public instead of wrangler.toml's site/dist, which may be missing or being
            // rebuilt (the browser tests' `npm start` builds it) while these run: the ASSETS binding
            // then holds what the repository holds, the OpenAPI document among it
            // (worker/routes/openapi.ts), and no page: a site 404 has no 404 page behind it here.
            // compatibilityFlags: the runtime's native Temporal for test/api/plain-date-native.test.ts
            // (workerd enables it by default only from compatibility date 2026-12-01, newer than
            // wrangler.toml may declare); production does not use Temporal at all.
            miniflare: {
              compatibilityFlags: ["temporal"],
              ratelimits: { RATE_LIMITER_TEST: { namespace_id: "9001", simple: { limit: 3, period: 60 } } },
              bindings: { PUBLIC_ORIGIN: "https://public.myna.test" },
              assets: { directory: "./site/public" },
            },
          }),
        ],
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts", "worker/**/*.test.ts"],
          // A file's first request starts an isolate with the whole Worker (about 550 KiB with the
          // nine languages); on a busy 2-core CI machine that took 5.4 s, past vitest's 5 s default.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/browser/support/server.ts"],
          // One Chromium at a time on a 2-core machine; pages load from a local workerd.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
