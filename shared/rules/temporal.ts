/**
 * @module
 * The one door to temporal-polyfill (imported as `temporal-polyfill/implementation`, never the
 * global): the clock (today.ts) and the reference the rules' dates are tested against.
 * Kept apart from plain-date.ts so browser code can use the rules' dates without the polyfill.
 */
import { Temporal } from "temporal-polyfill/implementation";
import { PlainDate } from "./plain-date.ts";

export { Temporal };

export const fromTemporal = (date: Temporal.PlainDate): PlainDate => new PlainDate(date.year, date.month, date.day);
