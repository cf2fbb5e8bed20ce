/**
 * @module
 * A stage's icon (R-INS-2) as SVG markup, from the shape every surface shares
 * (shared/design/stage-look.ts): the site's tags, the checker's result and the timeline drawing
 * show the same tick, clock, triangle and cross as the badge and the widget.
 */

import { STAGE_ICONS } from "#shared/design/stage-look.ts";
import type { Stage } from "#shared/rules/result.ts";

/** The icon alone, sized by CSS (`.stage-icon`, styles/global.css); hidden from assistive technology, the name beside it says the same. */
export const stageIconSvg = (stage: Stage): string =>
  `<svg class="stage-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="${STAGE_ICONS[stage]}"/></svg>`;

/** The icon's path inside another SVG, its 12×12 box centred on (cx, cy). */
export const stageIconPath = (stage: Stage, cx: number, cy: number, className: string): string =>
  `<path transform="translate(${cx - 6} ${cy - 6})" d="${STAGE_ICONS[stage]}" class="${className}"/>`;
