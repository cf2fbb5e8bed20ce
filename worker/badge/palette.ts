/**
 * @module
 * The badge's colours and icons per stage (R-INS-2); the stage words come from shared/messages.
 * Every pair of text and background meets WCAG 2.2 AA for normal text (4.5:1, checked in test/api/badge.test.ts), and each stage
 * has its own icon shape so that colour is never the only signal (WCAG 1.4.1).
 */
import type { Stage } from "#shared/rules/result.ts";

export interface StageLook {
  background: string;
  foreground: string;
  /** A 12×12 icon drawn in the foreground colour, as SVG path data (stroked). */
  icon: string;
}

export const LABEL_LOOK = {
  background: "#24292f",
  foreground: "#ffffff",
  /** What the badge is about, before the stage. */
  word: { ja: "マイナ保険証の電子証明書", en: "My Number certificate" },
} as const;

export const STAGE_LOOKS = {
  // A tick.
  valid: { background: "#116329", foreground: "#ffffff", icon: "M2 6.5 4.8 9.2 10 3" },
  // A clock: renewal is open, time is running.
  renewal: { background: "#ffd33d", foreground: "#24292f", icon: "M6 1a5 5 0 1 0 0.01 0M6 3.2V6l2 1.6" },
  // A warning triangle with a bar: only eligibility information is shared.
  grace: { background: "#9a3412", foreground: "#ffffff", icon: "M6 1.2 11 10.5H1Z M6 4.5V7.2M6 8.6V8.9" },
  // A cross: not usable as an insurance card.
  lapsed: { background: "#b91c1c", foreground: "#ffffff", icon: "M2.5 2.5l7 7M9.5 2.5l-7 7" },
} as const satisfies Record<Stage, StageLook>;
