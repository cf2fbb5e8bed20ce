import { availableParallelism } from "node:os";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** vitest's order (by project name, then by the last run's durations, else size), with the
 *  browser files first: they are most of the run, so the short unit and api files fill in
 *  beside them and at the end rather than leaving a browser file alone on the last lane. */
class BrowserFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isBrowser = (file: TestSpecification) => file.project.name === "browser";
    return [...sorted.filter(isBrowser), ...sorted.filter((file) => !isBrowser(file))];
  }
}

// Three kinds of test, one `npm test`:
// - unit: the pure rules engine and the site's helpers, in Node (fast, property-based).
// - api: the Worker inside workerd through the Workers Vitest integration.
// - browser: Debian's Chromium against `npm start` (test/browser, needs /usr/bin/chromium).
export default defineConfig({
  test: {
    // vitest's default for a run is one worker fewer than the cores: one on this 2-core machine
    // (and CI's), so the 142 files ran one at a time (791 s on CI), a core idle while a browser
    // test waited on Chromium or the server. Two files at a time, of any project.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: BrowserFirst },
    projects: [
      {
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "site/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // Pure functions and their tests: no file mocks, stubs or changes a module's state (a
          // cache at most), so one worker runs file after file without re-importing the rules,
          // messages and dates each time.
          isolate: false,
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
          include: ["test/api/**/*.test.ts", "test/oracle/**/*.test.ts", "worker/**/*.test.ts"],
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
          // Two files at a time at most (maxWorkers), each with a Chromium of its own (a shared
          // one over playwright's connect() cannot hand a download's path to list.test), against
          // the one `npm start`, whose rate
          // budget (600 API requests a minute, all from 127.0.0.1) two files stay well within:
          // a test sends a few (a checker's answers, a list's batch, a widget's elements).
          // Not `fileParallelism: false`: vitest then runs this project's files after every
          // other project's, one at a time, never beside them.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // `expect.poll` waits for what a page does after a request (a widget's answer, a
          // focus move): 15 s, as the tests' own waitFor calls, not vitest's 1 s, which the
          // widget's first answer passed with two files and other work on the 2 cores.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
