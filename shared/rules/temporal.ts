/**
 * @module
 * The one door to temporal-polyfill (imported as `temporal-polyfill/implementation`, never the
 * global): the reference implementation the rules' dates and today's date are tested against
 * (plain-date.test.ts, today.test.ts) and compared with (npm run bench). Nothing shipped to a
 * Worker or a browser imports it.
 */
import { Temporal } from "temporal-polyfill/implementation";
import { PlainDate } from "./plain-date.ts";

export { Temporal };

export const fromTemporal = (date: Temporal.PlainDate): PlainDate => new PlainDate(date.year, date.month, date.day);
