// Bindings the tests see: the Worker's own, plus test-only ones from vitest.config.ts.
import type { Bindings } from "../../worker/env.ts";

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      RATE_LIMITER_TEST: RateLimit;
    }
  }
}
