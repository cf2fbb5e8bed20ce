// The language modules the Worker imports when a request asks for a language (worker/lang-texts.ts)
// are what `npm run lang-texts` builds from shared/messages now, byte for byte: a text changed
// without rebuilding them would otherwise reach ja and the site but not the API.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { API_TEXTS, CATALOGS } from "#shared/messages/catalogs.ts";
import {
  APART,
  apartDeclaration,
  buildApart,
  buildLangTexts,
  DECLARATION,
  LANG_TEXTS_DIR,
  LATER_LANGS,
} from "./packs.mjs";

const dir = new URL(`../../worker/${LANG_TEXTS_DIR}/`, import.meta.url);
const codes = Object.keys(LATER_LANGS) as (keyof typeof LATER_LANGS)[];

describe("worker/lang-texts", () => {
  it("has one module and one declaration for each language that is not built in, and nothing else", () => {
    expect(codes).toStrictEqual(LANGS.filter((lang) => lang !== "ja"));
    expect(readdirSync(dir).sort()).toStrictEqual(codes.flatMap((code) => [`${code}.d.ts`, `${code}.js`]).sort());
    for (const code of codes) expect(readFileSync(new URL(`${code}.d.ts`, dir), "utf8")).toBe(DECLARATION);
  });

  it.each(codes)("%s.js is what the generator builds now (else run npm run lang-texts)", async (code) => {
    expect(readFileSync(new URL(`${code}.js`, dir), "utf8")).toBe(await buildLangTexts(code));
  });

  it.each(codes)("%s.js exports the language's catalog and API texts", async (code) => {
    const { texts } = (await import(new URL(`${code}.js`, dir).href)) as { texts: { catalog: object; api: object } };
    // Not the same objects (the module is a bundle of its own), the same data: compared as JSON,
    // functions aside; their output is compared by test/api/languages.test.ts through the Worker.
    expect(JSON.stringify(texts.catalog)).toBe(JSON.stringify(CATALOGS[code]));
    expect(JSON.stringify(texts.api)).toBe(JSON.stringify(API_TEXTS[code]));
    expect(Object.keys(texts.catalog)).toStrictEqual(Object.keys(CATALOGS[code]));
  });
});

describe.each(APART)("worker/$module", (apart) => {
  const file = new URL(`../../worker/${apart.module}`, import.meta.url);

  it("is what the generator builds now (else run npm run lang-texts)", async () => {
    expect(readFileSync(file, "utf8")).toBe(await buildApart(apart));
    expect(readFileSync(new URL(file.href.replace(/\.js$/, ".d.ts")), "utf8")).toBe(apartDeclaration(apart));
  });

  it("exports what the Worker takes from it", async () => {
    const module = (await import(file.href)) as Record<string, unknown>;
    for (const name of apart.exports) expect(typeof module[name]).toBe("function");
  });
});
