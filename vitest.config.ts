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
        },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: {
          name: "api",
          include: ["test/api/**/*.test.ts", "worker/**/*.test.ts"],
        },
      },
    ],
  },
});
