/**
 * @module
 * The four-stage timeline as an SVG string, drawn top to bottom like the back of the leaflet
 * (valid → renewal → grace → lapsed). Used at build time (the stages page) and in the checker
 * island (a result), so both draw the same picture. Every fact in it is also in the table that
 * sits beside it; the SVG is a picture of that table, so it is `aria-hidden` and the table is
 * what assistive technology reads.
 *
 * Hint: segments have equal heights, because the valid and lapsed stages have no natural length;
 * only the "today" marker is placed by days inside its segment.
 */
import { type StageSpan, spanContains } from "#shared/rules/stage-spans.ts";
import { dayNumber } from "./days";
import { escapeHtml } from "./inline";
import { stageIconPath } from "./stage-icon";

/** A stage's span of days (shared/rules/stage-spans.ts, first and last day inclusive) with what is written beside it. */
export interface TimelineSegment extends StageSpan {
  /** The stage's name, e.g. "更新できる期間". */
  name: string;
  /** The dates as shown, e.g. ["2026年8月15日から", "2026年11月14日まで"]. */
  lines: string[];
}

export interface TimelineDrawing {
  segments: TimelineSegment[];
  today?: { iso: string; label: string };
}

const WIDTH = 360;
const SEGMENT = 96;
const TOP = 12;
const BAR_X = 78;
const BAR_W = 26;
const TEXT_X = 118;
/** How many days an open-ended segment spans on the drawing when "today" falls in it. */
const OPEN_SPAN = 180;

function todayOffset(segment: TimelineSegment, iso: string): number {
  const day = dayNumber(iso);
  const from = segment.from ? dayNumber(segment.from) : (segment.to ? dayNumber(segment.to) : day) - OPEN_SPAN;
  const to = segment.to ? dayNumber(segment.to) : from + OPEN_SPAN;
  const share = to === from ? 0.5 : (day - from) / (to - from);
  return Math.min(0.95, Math.max(0.05, share)) * SEGMENT;
}

/**
 * Where the day's marker sits: in the segment whose span holds the day (the same lookup as the
 * stage itself, R-INS-2), at its share of the segment. `top` and `bottom` are that segment's
 * edges on the drawing. Null when no segment holds the day.
 */
export function markerPosition(
  segments: TimelineSegment[],
  iso: string,
): { index: number; y: number; top: number; bottom: number } | null {
  const index = segments.findIndex((s) => spanContains(s, iso));
  if (index === -1) return null;
  const top = TOP + index * SEGMENT;
  return { index, y: top + todayOffset(segments[index]!, iso), top, bottom: top + SEGMENT };
}

/** The SVG markup (escaped text), with stage classes `tl-<stage>` styled by styles/timeline.css. */
export function timelineSvg(drawing: TimelineDrawing, idPrefix: string): string {
  const height = TOP * 2 + SEGMENT * drawing.segments.length;
  const out: string[] = [];
  out.push(
    `<svg class="timeline-svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-hidden="true" focusable="false">`,
    `<defs>`,
    `<pattern id="${idPrefix}-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" class="tl-fill-grace"/><line x1="0" y1="0" x2="0" y2="8" class="tl-pattern-line"/></pattern>`,
    `<pattern id="${idPrefix}-cross" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" class="tl-fill-lapsed"/><path d="M0 0L8 8M8 0L0 8" class="tl-pattern-line"/></pattern>`,
    `</defs>`,
  );
  drawing.segments.forEach((segment, i) => {
    const y = TOP + i * SEGMENT;
    const fill =
      segment.stage === "grace"
        ? ` fill="url(#${idPrefix}-stripes)"`
        : segment.stage === "lapsed"
          ? ` fill="url(#${idPrefix}-cross)"`
          : "";
    out.push(`<g class="tl-segment tl-${segment.stage}">`);
    out.push(`<rect x="${BAR_X}" y="${y}" width="${BAR_W}" height="${SEGMENT}" class="tl-bar"${fill}/>`);
    out.push(`<line x1="${BAR_X - 8}" y1="${y}" x2="${WIDTH - 4}" y2="${y}" class="tl-boundary"/>`);
    out.push(`<text x="${TEXT_X}" y="${y + 26}" class="tl-name">${escapeHtml(segment.name)}</text>`);
    segment.lines.forEach((line, j) => {
      out.push(`<text x="${TEXT_X}" y="${y + 50 + j * 21}" class="tl-date">${escapeHtml(line)}</text>`);
    });
    out.push(`</g>`);
  });
  const marker = drawing.today && markerPosition(drawing.segments, drawing.today.iso);
  if (drawing.today && marker) {
    const { y } = marker;
    out.push(
      `<g class="tl-today">`,
      `<line x1="4" y1="${y}" x2="${BAR_X + BAR_W + 6}" y2="${y}" class="tl-today-line"/>`,
      `<path d="M${BAR_X - 14} ${y - 8}L${BAR_X - 2} ${y}L${BAR_X - 14} ${y + 8}Z" class="tl-today-arrow"/>`,
      `<text x="4" y="${y - 6}" class="tl-today-label">${escapeHtml(drawing.today.label)}</text>`,
      `</g>`,
    );
  }
  // Icons last, so the "today" line never hides them.
  drawing.segments.forEach((segment, i) => {
    const y = TOP + i * SEGMENT;
    out.push(
      `<g class="tl-${segment.stage}">`,
      `<circle cx="${BAR_X + BAR_W / 2}" cy="${y + 22}" r="10" class="tl-icon-bg"/>`,
      stageIconPath(segment.stage, BAR_X + BAR_W / 2, y + 22, "tl-icon"),
      `</g>`,
    );
  });
  out.push(`</svg>`);
  return out.join("");
}
