// `npm run og`: the share image of every language of the site (SITE_LANGS) (site/public/og/<lang>.png, 1200×630), the
// picture a link pasted into LINE, a newsletter or a social network shows. Drawn from each
// language's own site texts (the site name and the tagline of site/src/content/ui.ts, ふりがな
// kept), in the site's own font stacks (site/src/styles/tokens.css), by Debian's Chromium
// through playwright-core. Re-run it when a language is added or its tagline changes, and commit
// the PNGs (the build copies site/public as it is; test/site-output.test.ts checks them).
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "site", "public");

// The site's modules are TypeScript with extensionless imports: bundle what we need into one
// file (as the widget build does) and import that.
const temp = await mkdtemp(join(tmpdir(), "myna-og-"));
const entry = join(temp, "entry.ts");
await writeFile(
  entry,
  [
    `export { htmlLang } from ${JSON.stringify(join(root, "shared/lang/index.ts"))};`,
    `export { SITE_LANGS } from ${JSON.stringify(join(root, "site/src/i18n/site.ts"))};`,
    `export { UI } from ${JSON.stringify(join(root, "site/src/content/ui.ts"))};`,
    `export { inlineHtml, plainText } from ${JSON.stringify(join(root, "site/src/lib/inline.ts"))};`,
    `export { SHARE_IMAGE, shareImagePath } from ${JSON.stringify(join(root, "site/src/i18n/share.ts"))};`,
  ].join("\n"),
);
await build({
  entryPoints: [entry],
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: join(temp, "texts.mjs"),
  absWorkingDir: root,
  logLevel: "warning",
});
const { SITE_LANGS, htmlLang, UI, inlineHtml, plainText, SHARE_IMAGE, shareImagePath } = await import(
  pathToFileURL(join(temp, "texts.mjs")).href
);
await rm(temp, { recursive: true, force: true });

const tokens = await readFile(join(root, "site/src/styles/tokens.css"), "utf8");
const logo = `<svg viewBox="0 0 32 32" width="96" height="96" aria-hidden="true">
  <rect x="2" y="6" width="28" height="20" rx="3" fill="none" stroke="#fff" stroke-width="2.5" />
  <rect x="6" y="11" width="7" height="6" rx="1" fill="#fff" />
  <path d="M17 12h9M17 17h9M6 21h20" stroke="#fff" stroke-width="2" /></svg>`;

/**
 * In a text not in Japanese, a run that starts with kana is a Japanese term kept beside the
 * translation (マイナ保険証): marked lang="ja" and kept on one line, so a line never breaks
 * inside it (the Chinese tagline broke マ|イナ保険証).
 */
const KEPT_TERM = /[\u3040-\u30ff][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]*/g;
const promise = (lang) => {
  const html = inlineHtml(UI[lang].tagline);
  return htmlLang(lang) === "ja" ? html : html.replace(KEPT_TERM, '<span lang="ja" class="term">$&</span>');
};

/** One card: the service's name, then the promise in the language's own words. */
const card = (lang) => `<!doctype html>
<html lang="${htmlLang(lang)}"><head><meta charset="utf-8"><style>
${tokens}
html, body { margin: 0; }
body {
  inline-size: ${SHARE_IMAGE.width}px; block-size: ${SHARE_IMAGE.height}px; box-sizing: border-box;
  padding: 72px 88px; display: flex; flex-direction: column; justify-content: space-between;
  background: var(--color-header-bg); color: #fff; font-family: var(--font-body);
  border-block-end: 28px solid var(--color-accent);
}
.brand { display: flex; align-items: center; gap: 28px; font-size: 64px; font-weight: 700; }
.brand span { font-family: var(--font-ja); }
.promise { margin: 0; font-size: 60px; font-weight: 700; line-height: 1.45; word-break: auto-phrase; text-wrap: balance; }
rt { font-size: 0.45em; font-weight: 400; }
.term { white-space: nowrap; }
</style></head>
<body>
  <div class="brand">${logo}<span lang="ja">${plainText(UI[lang].siteName)}</span></div>
  <p class="promise">${promise(lang)}</p>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
});
try {
  const page = await browser.newPage({ viewport: SHARE_IMAGE, deviceScaleFactor: 1 });
  await mkdir(join(outDir, "og"), { recursive: true });
  for (const lang of SITE_LANGS) {
    await page.setContent(card(lang), { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const file = join(outDir, shareImagePath(lang));
    await page.screenshot({ path: file, clip: { x: 0, y: 0, ...SHARE_IMAGE } });
    console.log(`og: ${shareImagePath(lang)} (${plainText(UI[lang].tagline)})`);
  }
} finally {
  await browser.close();
}
