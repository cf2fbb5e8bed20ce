// `npm run lang-texts`: writes worker/lang-texts/<code>.js (and its .d.ts) for each language the
// Worker loads when asked (scripts/lang-texts/packs.mjs). Run it after changing a text of any
// language but ja, or of ja's catalog (ja-easy.ts spreads it: ja-easy.js carries a copy), or the
// glossary, readings or limits they quote; scripts/lang-texts/packs.test.ts
// fails while a module is stale. It also writes worker/check-page/page.js, the no-JS checker
// page's answer: run it after changing worker/check-page/*.ts or what they import.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildCheckPage,
  buildLangTexts,
  CHECK_PAGE,
  CHECK_PAGE_DECLARATION,
  DECLARATION,
  LANG_TEXTS_DIR,
  LATER_LANGS,
} from "./packs.mjs";

const dir = join("worker", LANG_TEXTS_DIR);
mkdirSync(dir, { recursive: true });
for (const code of Object.keys(LATER_LANGS)) {
  const text = await buildLangTexts(code);
  writeFileSync(join(dir, `${code}.js`), text);
  writeFileSync(join(dir, `${code}.d.ts`), DECLARATION);
  console.log(`lang-texts: ${code} ${Buffer.byteLength(text)} bytes → ${join(dir, `${code}.js`)}`);
}
const page = await buildCheckPage();
const pageFile = join("worker", CHECK_PAGE.module);
writeFileSync(pageFile, page);
writeFileSync(pageFile.replace(/\.js$/, ".d.ts"), CHECK_PAGE_DECLARATION);
console.log(`lang-texts: the checker page ${Buffer.byteLength(page)} bytes → ${pageFile}`);
