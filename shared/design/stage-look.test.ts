// Stage colours meet WCAG 2.2 AA (4.5:1) in both schemes, and every stage has its own icon (WCAG 1.4.1, R-INS-2).
import { describe, expect, it } from "vitest";
import { STAGES } from "../rules/result.ts";
import { contrast } from "./contrast.ts";
import { STAGE_COLOURS, STAGE_ICONS, stageColourProperties } from "./stage-look.ts";

describe("stage look", () => {
  it.each(["light", "dark"] as const)("%s: text on its background and on-solid on solid reach 4.5:1", (scheme) => {
    for (const stage of STAGES) {
      const c = STAGE_COLOURS[scheme][stage];
      expect(contrast(c.text, c.background), `${stage} text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.onSolid, c.solid), `${stage} solid`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("draws each stage with its own icon", () => {
    expect(new Set(STAGES.map((stage) => STAGE_ICONS[stage])).size).toBe(STAGES.length);
  });

  it("writes the colours as custom properties with a prefix", () => {
    const css = stageColourProperties("light", "--stage-");
    expect(css).toContain(
      "--stage-renewal:#7a4a00;--stage-renewal-bg:#fff3d6;--stage-renewal-solid:#c98a00;--stage-renewal-on-solid:#1a1a1c;",
    );
    expect(css.match(/;/g)).toHaveLength(STAGES.length * 4);
  });

  it("measures contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#777777")).toBe(1);
  });
});
