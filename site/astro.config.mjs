// @ts-check
import { defineConfig } from "astro/config";
import { stageColours } from "./src/styles/stage-colours.ts";

// Static site served by the Worker as assets (wrangler.toml). Everything the browser loads is a
// file under site/dist, so the strict CSP in public/_headers can say `'self'` and nothing else:
// - inlineStylesheets "never" and assetsInlineLimit 0 keep every style and script in an external
//   file (an inline <style>/<script> would need a hash in the CSP);
// - no integrations, no remote fonts, no telemetry-dependent features.
export default defineConfig({
  outDir: "./dist",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The stage colours come from shared/design/stage-look.ts (one home with the badge and widget).
    plugins: [stageColours()],
    // The site imports the project's shared/ code (#shared/…, package.json "imports"), outside its root.
    server: { fs: { allow: [".."] } },
  },
});
