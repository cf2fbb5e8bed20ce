/**
 * @module
 * The badge's look: its label's colours, and per stage (R-INS-2) the solid colour and icon every surface
 * shares (shared/design/stage-look.ts; the words come from shared/messages/stages.ts). Every
 * pair of text and background meets WCAG 2.2 AA for normal text (4.5:1, test/api/badge.test.ts),
 * and each stage has its own icon shape so that colour is never the only signal (WCAG 1.4.1).
 */

import { STAGE_COLOURS, STAGE_ICONS } from "#shared/design/stage-look.ts";
import { STAGES, type Stage } from "#shared/rules/result.ts";

export interface StageLook {
  background: string;
  foreground: string;
  /** A 12×12 icon drawn in the foreground colour, as SVG path data (stroked). */
  icon: string;
}

/** The label's colours; its words (what the badge is about) are `API_TEXTS[lang].badgeLabel`. */
export const LABEL_LOOK = { background: "#24292f", foreground: "#ffffff" } as const;

/** The stage's solid colour and icon from their one home (shared/design/stage-look.ts). */
export const STAGE_LOOKS = Object.fromEntries(
  STAGES.map((stage) => {
    const colours = STAGE_COLOURS.light[stage];
    return [stage, { background: colours.solid, foreground: colours.onSolid, icon: STAGE_ICONS[stage] }];
  }),
) as Record<Stage, StageLook>;
