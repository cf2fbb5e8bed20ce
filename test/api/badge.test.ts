import { describe, expect, it } from "vitest";
import { contrast } from "#shared/design/contrast.ts";
import { LANGS } from "#shared/lang/index.ts";
import { stageName } from "#shared/messages/index.ts";
import { BADGE_WIDTH } from "#site/lib/embed-sizes.ts";
import { LABEL_LOOK, STAGE_LOOKS } from "../../worker/badge/palette.ts";
import { api, errorCodes } from "./helpers.ts";

const BADGE = "/api/v1/badge.svg";

describe("GET /api/v1/badge.svg", () => {
  // Review7 #12: the embed docs give the badge's width range (site/src/lib/embed-sizes.ts), for
  // narrow columns; every language and stage stays inside it.
  it("is as wide as the embed docs say, in every language and stage", async () => {
    const widths: number[] = [];
    for (const lang of LANGS)
      for (const today of ["2025-12-01", "2026-01-10", "2026-04-01", "2026-07-01"]) {
        const svg = await (await api(`${BADGE}?certificateExpiry=2026-03-15&today=${today}&lang=${lang}`)).text();
        widths.push(Number(/^<svg [^>]*\bwidth="(\d+)"/.exec(svg)![1]));
      }
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(BADGE_WIDTH.min);
    expect(Math.max(...widths)).toBeLessThanOrEqual(BADGE_WIDTH.max);
  });

  it("is an accessible SVG image naming the stage in words", async () => {
    const res = await api(`${BADGE}?certificateExpiry=2026-03-15&today=2026-01-10`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
    const svg = await res.text();
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="22" viewBox="0 0 \d+ 22" role="img" aria-labelledby="badge-title badge-desc" lang="ja" data-stage="renewal">/,
    );
    const answer = (await (await api("/api/v1/stage?certificateExpiry=2026-03-15&today=2026-01-10")).json()) as {
      text: { stage: string; daysLeft: string };
    };
    expect(svg).toContain(`<title id="badge-title">マイナ保険証の電子証明書: ${answer.text.stage}</title>`);
    expect(svg).toContain(`<desc id="badge-desc">${answer.text.daysLeft}</desc>`);
    expect(svg).toContain(`>${stageName("renewal", "ja")}</text>`);
    expect(svg).not.toMatch(/<script|<style|on\w+=/i);
    expect(svg.endsWith("</svg>")).toBe(true);
  });

  it.each([
    ["2025-12-01", "valid"],
    ["2026-01-10", "renewal"],
    ["2026-04-01", "grace"],
    ["2026-07-01", "lapsed"],
  ] as const)("on %s shows %s in English with its own icon", async (today, stage) => {
    const word = stageName(stage, "en");
    const svg = await (await api(`${BADGE}?certificateExpiry=2026-03-15&today=${today}&lang=en`)).text();
    expect(svg).toContain(`data-stage="${stage}"`);
    expect(svg).toContain(`lang="en"`);
    expect(svg).toContain(`>${word}</text>`);
    expect(svg).toContain(`d="${STAGE_LOOKS[stage as keyof typeof STAGE_LOOKS].icon}"`);
  });

  it("meets WCAG AA contrast (4.5:1) for every text, and no two stages share an icon", () => {
    expect(contrast(LABEL_LOOK.foreground, LABEL_LOOK.background)).toBeGreaterThanOrEqual(4.5);
    for (const look of Object.values(STAGE_LOOKS))
      expect(contrast(look.foreground, look.background)).toBeGreaterThanOrEqual(4.5);
    const icons = Object.values(STAGE_LOOKS).map((look) => look.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it("is cacheable like /stage and answers 304", async () => {
    const url = `${BADGE}?certificateExpiry=2026-03-15&today=2026-01-10`;
    const first = await api(url);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=86400");
    const again = await api(url, { headers: { "If-None-Match": first.headers.get("ETag")! } });
    expect(again.status).toBe(304);
  });

  it("answers bad input with problem+json, not an image", async () => {
    expect(await errorCodes(await api(`${BADGE}?certificateExpiry=nope`))).toStrictEqual({
      status: 400,
      errors: [{ field: "certificateExpiry", code: "invalid_date" }],
    });
  });
});
