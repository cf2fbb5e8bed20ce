/**
 * /robots.txt: every page may be crawled except the API (answers, not pages) and /embed/ (made
 * for iframes; it says noindex itself); the sitemap (written by @astrojs/sitemap) lists the
 * pages with their language versions. Its absolute URL comes from the configured origin.
 */
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) =>
  new Response(
    [
      "User-agent: *",
      "Disallow: /api/",
      "Disallow: /embed/",
      "",
      `Sitemap: ${new URL("/sitemap-index.xml", site).href}`,
      "",
    ].join("\n"),
    { headers: { "content-type": "text/plain; charset=utf-8" } },
  );
