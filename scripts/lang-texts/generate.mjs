// `npm run lang-texts`: writes worker/lang-texts/<code>.js (and its .d.ts) for each language the
// Worker loads when asked (scripts/lang-texts/packs.mjs). Run it after changing a text of any
// language but ja, or of ja's catalog (ja-easy.ts spreads it: ja-easy.js carries a copy), or the
// glossary, readings or limits they quote; scripts/lang-texts/packs.test.ts
// fails while a module is stale. It also writes the modules that hold no texts (packs.mjs `APART`):
// worker/check-page/page.js, the no-JS checker page's answer, and worker/calendar-file/ics.js, the
// calendar file's builder: run it after changing worker/check-page/*.ts, worker/calendar-file/*.ts
// or what they import (render-result, shared/calendar, shared/dates…).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  APART,
  apartDeclaration,
  buildApart,
  buildLangTexts,
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
for (const apart of APART) {
  const text = await buildApart(apart);
  const file = join("worker", apart.module);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  writeFileSync(file.replace(/\.js$/, ".d.ts"), apartDeclaration(apart));
  console.log(`lang-texts: ${apart.module} ${Buffer.byteLength(text)} bytes → ${file}`);
}
