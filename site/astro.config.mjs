// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { publicOrigin } from "../scripts/public-origin.ts";
import { sitemapI18n } from "./src/i18n/sitemap.ts";
import { stageColours } from "./src/styles/stage-colours.ts";

// Static site served by the Worker as assets (wrangler.toml). Everything the browser loads is a
// file under site/dist, so the strict CSP in public/_headers can say `'self'` and nothing else:
// - inlineStylesheets "never" and assetsInlineLimit 0 keep every style and script in an external
//   file (an inline <style>/<script> would need a hash in the CSP);
// - no remote fonts, no telemetry-dependent features; one integration, the sitemap (a file
//   written at build time, with every language version of a page as hreflang alternates).
// `site` (absolute URLs: alternates, sitemap, OpenGraph) is the configured public origin.
export default defineConfig({
  site: publicOrigin(),
  outDir: "./dist",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  // /embed/ is made for iframes and says noindex; the 404 page is left out by the integration.
  integrations: [sitemap({ i18n: sitemapI18n(), filter: (page) => !new URL(page).pathname.startsWith("/embed/") })],
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The stage colours come from shared/design/stage-look.ts (one home with the badge and widget).
    plugins: [stageColours()],
    // The site imports the project's shared/ code (#shared/…, package.json "imports"), outside its root.
    server: { fs: { allow: [".."] } },
  },
});
