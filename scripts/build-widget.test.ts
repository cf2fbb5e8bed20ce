// The widget's size budget (issue 5: ≤ 12 KiB gzip, with the language module an element loads,
// issue 13) and the shape of what embedders load.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { LANGS } from "#shared/lang/index.ts";
import { PACKS } from "#site/widget/packs/index.ts";
import { bundlePack, bundleWidget, packedLangs, widgetVersion } from "./build-widget.mjs";

const BUDGET_BYTES = 12 * 1024;
const gzip = (code: string) => gzipSync(code, { level: 9 }).length;

describe("the built widget", async () => {
  const code: string = await bundleWidget();
  const langs: string[] = await packedLangs();
  const packs = new Map<string, string>();
  for (const lang of langs) packs.set(lang, await bundlePack(lang));

  it(`is at most ${BUDGET_BYTES} bytes gzip, with the largest language module`, () => {
    const sizes = [...packs].map(([lang, pack]) => `${lang} ${gzip(pack)}`);
    const largest = Math.max(0, ...[...packs.values()].map(gzip));
    console.log(`widget: ${code.length} bytes, ${gzip(code)} bytes gzip; language modules: ${sizes.join(", ")}`);
    expect(gzip(code) + largest).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("has a module for every language of ours it does not bundle (ja, en bundled; やさしい日本語 shows ja)", () => {
    expect(langs).toStrictEqual(Object.keys(PACKS).sort());
    expect([...langs, "ja", "en", "ja-easy"].sort()).toStrictEqual([...LANGS].sort());
  });

  it("bundles no other language's words: each loads on its own", () => {
    for (const [lang, pack] of packs) {
      const caption = PACKS[lang as keyof typeof PACKS].texts.hint;
      expect(code, lang).not.toContain(caption);
      for (const [other, otherPack] of packs) if (other !== lang) expect(otherPack).not.toContain(caption);
      expect(pack).toContain(caption);
    }
  });

  it("is self-contained modules: the widget imports only a language module, and they import nothing", () => {
    const imports = [...code.matchAll(/\bimport\s*[("{*a-zA-Z]/g)];
    expect(imports).toHaveLength(1); // pack.ts loadPack: import(packUrl(...))
    for (const pack of packs.values()) expect(pack).not.toMatch(/\bimport\s*[("{*a-zA-Z]/);
    for (const module of [code, ...packs.values()]) expect(module).not.toMatch(/\beval\(|new Function\(/);
  });

  it("carries its version, and the pinned file is named after the major", async () => {
    const { version, major } = await widgetVersion();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version.startsWith(`${major}.`)).toBe(true);
    expect(code).toContain(version);
    expect(code).toContain(`/widget/v\${`); // packUrl: beside the pinned major
  });
});
