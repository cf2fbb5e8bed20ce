// What the build writes for search engines and link previews (issue 13), read from site/dist as
// the browser project's setup built it (no browser needed): the sitemap lists every page with
// its language versions as hreflang alternates, robots.txt points to it, and every page carries
// its canonical address, hreflang alternates with x-default, OpenGraph and Twitter tags with an
// existing 1200×630 share image of its language, and JSON-LD that parses. Expectations come from
// the language table and the configured origin, so they hold for every language it lists.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { htmlLang, isLang } from "#shared/lang/index.ts";
import { ogLocale, SHARE_IMAGE, shareImagePath } from "#site/i18n/share.ts";
import { isSiteLang, pathFor, SITE_LANGS } from "#site/i18n/site.ts";
import { publicOrigin } from "../../scripts/public-origin.ts";
import { builtPages } from "./support/site.ts";

const dist = new URL("../../site/dist/", import.meta.url).pathname;
const origin = publicOrigin();
const baseURL = inject("baseURL");

/** The home page and the checker of every language: where the `WebApplication` is. */
const APP_PAGES = new Set(
  SITE_LANGS.flatMap((lang) => (["home", "check"] as const).map((page) => pathFor(lang, page))),
);
/** Every page the build wrote, as its address: /, /en/faq/, … (the 404 and the iframe page aside). */
const PAGES = builtPages().filter((path) => path !== "/no-such-page/" && !path.startsWith("/embed/"));
const html = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
/** HTML text as read: the entities the build writes decoded. */
const decode = (text: string) =>
  text.replace(
    /&(#39|quot|lt|gt|amp);/g,
    (_, e: string) => ({ "#39": "'", quot: '"', lt: "<", gt: ">", amp: "&" })[e]!,
  );
const attr = (tag: string, name: string) => {
  const value = new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decode(value);
};
const meta = (page: string, key: string) =>
  [...page.matchAll(/<meta [^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attr(tag, "property") === key || attr(tag, "name") === key);
const content = (page: string, key: string) => attr(meta(page, key) ?? "", "content");
const alternates = (page: string) =>
  [...page.matchAll(/<link rel="alternate" [^>]*>/g)].map((m) => ({
    hreflang: attr(m[0], "hreflang")!,
    href: attr(m[0], "href")!,
  }));
const fileOf = (url: string) =>
  join(dist, new URL(url).pathname, new URL(url).pathname.endsWith("/") ? "index.html" : "");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

it("built the pages (the list below is not empty)", () => {
  expect(PAGES.length).toBeGreaterThan(20);
  expect(PAGES).toContain("/");
  expect(PAGES).toContain("/en/faq/");
});

describe("sitemap and robots.txt", () => {
  const index = readFileSync(join(dist, "sitemap-index.xml"), "utf8");
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const urls = maps.flatMap((map) =>
    [...readFileSync(fileOf(map), "utf8").matchAll(/<url>(.*?)<\/url>/g)].map((m) => ({
      loc: /<loc>([^<]+)<\/loc>/.exec(m[1]!)![1]!,
      alternates: [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => ({
        hreflang: a[1]!,
        href: a[2]!,
      })),
    })),
  );

  it("lists every page once, at the configured origin", () => {
    expect(maps.every((map) => map.startsWith(`${origin}/`))).toBe(true);
    expect(urls.map((url) => url.loc).sort()).toEqual(PAGES.map((path) => `${origin}${path}`).sort());
  });

  it.each(PAGES)("%s: the sitemap's alternates are the page's own hreflang versions", (path) => {
    const entry = urls.find((url) => url.loc === `${origin}${path}`)!;
    const own = alternates(html(path)).filter((a) => a.hreflang !== "x-default");
    // A page in one language only needs no alternates; the sitemap then writes none.
    const expected = own.length > 1 ? own : [];
    const sort = (list: { hreflang: string; href: string }[]) => [...list].sort((a, b) => a.href.localeCompare(b.href));
    expect(sort(entry.alternates)).toEqual(sort(expected));
  });

  it("robots.txt (as served) names the sitemap and keeps crawlers out of the API", async () => {
    const response = await fetch(`${baseURL}/robots.txt`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(text).toMatch(/^Disallow: \/api\/$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
  });
});

describe.each(PAGES)("%s", (path) => {
  const page = html(path);
  const lang = /<html lang="([^"]+)" data-site-lang="([^"]+)"/.exec(page);

  it("names its language: <html lang> is the language's tag (やさしい日本語 is ja)", () => {
    expect(lang).not.toBeNull();
    const code = lang![2]!;
    expect(isLang(code) && isSiteLang(code)).toBe(true);
    if (isLang(code)) expect(lang![1]).toBe(htmlLang(code));
  });

  it("canonical, hreflang alternates (every one a built page) and x-default", () => {
    const canonical = attr(/<link rel="canonical" [^>]*>/.exec(page)![0], "href");
    expect(canonical).toBe(`${origin}${path}`);
    const links = alternates(page);
    expect(links.map((a) => a.hreflang)).toContain("x-default");
    expect(links.find((a) => a.href === canonical)).toBeDefined();
    expect(new Set(links.map((a) => a.hreflang)).size).toBe(links.length);
    for (const link of links) expect(statSync(fileOf(link.href)).isFile()).toBe(true);
  });

  it("OpenGraph and Twitter card, with its language's share image", () => {
    const code = lang![2]!;
    if (!isLang(code)) throw new Error(`unknown language ${code}`);
    expect(content(page, "og:url")).toBe(`${origin}${path}`);
    expect(content(page, "og:title")).toBe(decode(/<title>([^<]+)<\/title>/.exec(page)![1]!));
    expect(content(page, "og:description")?.length).toBeGreaterThan(10);
    expect(content(page, "og:locale")).toBe(ogLocale(code));
    expect(content(page, "og:image")).toBe(`${origin}${shareImagePath(code)}`);
    expect(content(page, "twitter:card")).toBe("summary_large_image");
    expect(content(page, "twitter:image")).toBe(content(page, "og:image"));
    expect(content(page, "og:image:alt")?.length).toBeGreaterThan(5);
  });

  it("JSON-LD, where there is any, parses and claims nothing official", () => {
    const blocks = [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) =>
      JSON.parse(m[1]!),
    );
    const types = blocks.map((block) => block["@type"]);
    expect(types.includes("WebApplication")).toBe(APP_PAGES.has(path));
    if (path.endsWith("/faq/")) expect(types).toEqual(["FAQPage"]);
    for (const block of blocks) {
      expect(block["@context"]).toBe("https://schema.org");
      for (const key of ["provider", "publisher", "author", "sourceOrganization"])
        expect(block).not.toHaveProperty(key);
    }
  });
});

it.each(SITE_LANGS)("%s has a 1200×630 share image", (lang) => {
  expect(pngSize(join(dist, shareImagePath(lang)))).toEqual({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height });
});
