// The day marker sits in the bar of the day's stage (R-INS-2): on the day renewal opens it is
// inside the renewal bar, not the valid one (issue 8), and at every other edge too.
import { describe, expect, it } from "vitest";
import { stageSpans } from "#shared/rules/stage-spans.ts";
import { markerPosition, type TimelineSegment, timelineSvg } from "./timeline-svg";

// Expiry 2026-03-15: renewal opens 2025-12-16 (R-RENEW-1), grace ends 2026-06-30 (R-INS-1).
const certificate = { renewalOpensOn: "2025-12-16", expiresOn: "2026-03-15", graceEndsOn: "2026-06-30" };
const segments: TimelineSegment[] = stageSpans(certificate).map((span) => ({ ...span, name: span.stage, lines: [] }));
const stageAt = (iso: string) => segments[markerPosition(segments, iso)!.index]!.stage;

describe("the day marker", () => {
  it.each([
    ["2025-12-15", "valid"],
    ["2025-12-16", "renewal"], // the day renewal opens
    ["2026-03-15", "renewal"],
    ["2026-03-16", "grace"],
    ["2026-06-30", "grace"],
    ["2026-07-01", "lapsed"],
  ] as const)("on %s is in the %s bar", (iso, stage) => {
    expect(stageAt(iso)).toBe(stage);
    const { y, top, bottom } = markerPosition(segments, iso)!;
    expect(y).toBeGreaterThan(top);
    expect(y).toBeLessThan(bottom);
  });

  it("is drawn where markerPosition says, inside the renewal bar on the day renewal opens", () => {
    const svg = timelineSvg({ segments, today: { iso: "2025-12-16", label: "今日" } }, "t");
    const y = Number(/class="tl-today"><line x1="4" y1="([\d.]+)"/.exec(svg)![1]);
    const bar = /<g class="tl-segment tl-renewal"><rect x="\d+" y="(\d+)" width="\d+" height="(\d+)"/.exec(svg)!;
    expect(y).toBeGreaterThan(Number(bar[1]));
    expect(y).toBeLessThan(Number(bar[1]) + Number(bar[2]));
  });
});
