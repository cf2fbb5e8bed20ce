/**
 * @module
 * The stages page's date slider: pick a day, see its stage, the reader screen and the marker on
 * the timeline. The stage spans come from the page (computed at build time by the rules,
 * lib/example.ts) and a day is looked up in them by shared/rules/stage-spans.ts, the same
 * lookup the timeline drawing uses.
 */

import { formatDayWithWeekday } from "#shared/dates/display.ts";
import type { Lang } from "#shared/lang/index.ts";
import type { Stage } from "#shared/rules/result.ts";
import { type StageSpan, spanOn } from "#shared/rules/stage-spans.ts";
import { isoFromDayNumber } from "../lib/days";
import { type TimelineSegment, timelineSvg } from "../lib/timeline-svg";

export function mountStagesSlider(panel: HTMLElement): void {
  const lang = panel.dataset.lang as Lang;
  const spans = JSON.parse(panel.dataset.spans ?? "[]") as StageSpan[];
  const segments = JSON.parse(panel.dataset.segments ?? "[]") as TimelineSegment[];
  const names = JSON.parse(panel.dataset.names ?? "{}") as Record<Stage, string>;
  const todayLabel = panel.dataset.todayLabel ?? "";
  const stageIs = panel.dataset.stageIs ?? "";
  const input = panel.querySelector<HTMLInputElement>('input[type="range"]');
  const output = panel.querySelector<HTMLElement>("[data-slider-output]");
  const drawing = panel.querySelector<HTMLElement>("[data-slider-drawing]");
  const insurance = panel.querySelector<HTMLElement>("[data-slider-insurance]");
  const insuranceHtml = JSON.parse(panel.dataset.insurance ?? "{}") as Record<Stage, string>;
  if (!input || !output || !drawing) return;

  const update = (): void => {
    const iso = isoFromDayNumber(Number(input.value));
    const stage = spanOn(spans, iso).stage;
    const day = formatDayWithWeekday(iso, lang);
    input.setAttribute("aria-valuetext", `${day} ${names[stage]}`);
    output.textContent = `${day}${stageIs} ${names[stage]}`;
    output.dataset.sliderStage = stage;
    // What the stage means for the card at the clinic (R-INS-2): HTML the page made at build time.
    if (insurance) insurance.innerHTML = insuranceHtml[stage] ?? "";
    drawing.innerHTML = timelineSvg({ segments, today: { iso, label: todayLabel } }, "slider");
    panel.querySelectorAll<HTMLElement>("[data-screen-stage]").forEach((el) => {
      el.hidden = el.dataset.screenStage !== stage;
    });
  };
  input.addEventListener("input", update);
  panel.hidden = false;
  update();
}
