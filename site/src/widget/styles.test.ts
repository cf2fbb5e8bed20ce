// The widget's own colours meet WCAG 2.2 AA in both schemes (1.4.3 text 4.5:1, 1.4.11 lines
// 3:1), and the dark scheme never borrows an embedder's light colour (issue 10: a host's light
// accent gave 3.31:1 on the dark card). The browser test (test/browser/widget.test.ts) measures
// the colours as rendered.
import { describe, expect, it } from "vitest";
import { contrast } from "#shared/design/contrast.ts";
import { SCHEME_COLOURS, STYLES } from "./styles.ts";

describe.each(["light", "dark"] as const)("the %s scheme", (scheme) => {
  const c = SCHEME_COLOURS(scheme);
  it.each([
    ["text", c.fg, c.bg],
    ["muted text", c.muted, c.bg],
    ["links (accent)", c.accent, c.bg],
    ["button text on the accent", c.on, c.accent],
  ])("%s: at least 4.5:1", (_name, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it("lines and field borders: at least 3:1", () => {
    expect(contrast(c.line, c.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe("an embedder's colours", () => {
  it("are read per scheme: --myna-expiry-accent in light, --myna-expiry-accent-dark in dark only", () => {
    const dark = /:host\(\[theme=dark\]\)\{([^}]*)\}/.exec(STYLES)![1]!;
    expect(dark).toContain("--_accent:var(--myna-expiry-accent-dark,#a8bdff)");
    expect(dark).not.toMatch(/--myna-expiry-accent[,)]/);
    for (const name of ["text", "background", "muted", "border", "accent-text", "focus", "valid", "lapsed-background"])
      expect(dark, name).not.toMatch(new RegExp(`--myna-expiry-${name}[,)]`));
  });

  it("the light default accent on the dark card would fail: why the dark scheme has its own", () => {
    expect(contrast(SCHEME_COLOURS("light").accent, SCHEME_COLOURS("dark").bg)).toBeLessThan(4.5);
  });

  it("the docs' example colours pass in their schemes", () => {
    expect(contrast("#00695c", SCHEME_COLOURS("light").bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#00695c", SCHEME_COLOURS("dark").bg)).toBeLessThan(4.5);
    expect(contrast("#7fd4c6", SCHEME_COLOURS("dark").bg)).toBeGreaterThanOrEqual(4.5);
  });
});
