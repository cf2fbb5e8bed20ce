/**
 * @module
 * What each stage (R-INS-2) looks like, once for every surface: the badge (worker/badge), the
 * widget (site/src/widget), and the site's CSS and drawings (as `--stage-*` custom properties,
 * site/stage-colours.ts). The names live in shared/messages/stages.ts.
 *
 * Colour is never the only signal (WCAG 1.4.1): every stage also has its own icon shape and its
 * name. Every pair below meets WCAG 2.2 AA for normal text, 4.5:1 (stage-look.test.ts).
 */
import { STAGES, type Stage } from "../rules/result.ts";

/**
 * A 12×12 icon per stage, as SVG path data drawn with a round 1.8 stroke and no fill, so it
 * reads at badge size and in the site's tags alike.
 */
export const STAGE_ICONS = {
  // A tick: the card works.
  valid: "M2 6.5 4.8 9.2 10 3",
  // A clock: renewal is open, time is running.
  renewal: "M6 1a5 5 0 1 0 0.01 0M6 3.2V6l2 1.6",
  // A warning triangle with a bar: only eligibility information is shared.
  grace: "M6 1.2 11 10.5H1Z M6 4.5V7.2M6 8.6V8.9",
  // A cross: not usable as an insurance card.
  lapsed: "M2.5 2.5l7 7M9.5 2.5l-7 7",
} as const satisfies Record<Stage, string>;

/** `text` on `background`: tags, panels, names. `solid`: a fill (badge, timeline bar) that `onSolid` text or lines sit on. */
export interface StageColours {
  text: string;
  background: string;
  solid: string;
  onSolid: string;
}

export type ColourScheme = "light" | "dark";

export const STAGE_COLOURS = {
  light: {
    valid: { text: "#1a6b35", background: "#e6f4ea", solid: "#1a6b35", onSolid: "#ffffff" },
    renewal: { text: "#7a4a00", background: "#fff3d6", solid: "#c98a00", onSolid: "#1a1a1c" },
    grace: { text: "#a33a00", background: "#ffe9dc", solid: "#a33a00", onSolid: "#ffffff" },
    lapsed: { text: "#b00020", background: "#fde7ea", solid: "#b00020", onSolid: "#ffffff" },
  },
  dark: {
    valid: { text: "#8fdfa8", background: "#12301d", solid: "#8fdfa8", onSolid: "#0b0b10" },
    renewal: { text: "#ffd27a", background: "#38290a", solid: "#ffd27a", onSolid: "#0b0b10" },
    grace: { text: "#ffb38a", background: "#3b1d0c", solid: "#ffb38a", onSolid: "#0b0b10" },
    lapsed: { text: "#ffa3b0", background: "#3f1219", solid: "#ffa3b0", onSolid: "#0b0b10" },
  },
} as const satisfies Record<ColourScheme, Record<Stage, StageColours>>;

/**
 * The colours as CSS custom property declarations: `{prefix}valid`, `{prefix}valid-bg`,
 * `{prefix}valid-solid`, `{prefix}valid-on-solid`, … (the site uses `--stage-`, the widget its
 * private `--_`).
 */
export function stageColourProperties(scheme: ColourScheme, prefix: string): string {
  return STAGES.map((stage) => {
    const c: StageColours = STAGE_COLOURS[scheme][stage];
    const name = prefix + stage;
    return `${name}:${c.text};${name}-bg:${c.background};${name}-solid:${c.solid};${name}-on-solid:${c.onSolid};`;
  }).join("");
}
