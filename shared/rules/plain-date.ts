/**
 * @module
 * The one door to Temporal for the rules (R-DATE-1): calendar dates only, never `Date`.
 */
import { Temporal } from "temporal-polyfill/implementation";

export { Temporal };
export type PlainDate = Temporal.PlainDate;

export const plainDate = (iso: string): PlainDate => Temporal.PlainDate.from(iso);

export const isBefore = (a: PlainDate, b: PlainDate): boolean => Temporal.PlainDate.compare(a, b) < 0;
export const isAfter = (a: PlainDate, b: PlainDate): boolean => Temporal.PlainDate.compare(a, b) > 0;
export const earliest = (first: PlainDate, ...rest: PlainDate[]): PlainDate =>
  rest.reduce((min, d) => (isBefore(d, min) ? d : min), first);

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export const daysBetween = (from: PlainDate, to: PlainDate): number => from.until(to, { largestUnit: "days" }).days;
