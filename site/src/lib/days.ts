/**
 * @module
 * Day numbers for drawing: where a day sits on a timeline, and the dates a slider moves through.
 * The arithmetic is the rules' own (shared/rules/plain-date.ts, checked against Temporal), so
 * no second calendar lives in the site. This file draws; it never decides a stage boundary:
 * those come from the rules (R-INS-2) or the API.
 */
import { epochDay, fromEpochDay, plainDate } from "#shared/rules/plain-date.ts";

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  const date = plainDate(iso);
  return epochDay(date.year, date.month, date.day);
}

/** The ISO date of a day number (inverse of {@link dayNumber}). */
export const isoFromDayNumber = (n: number): string => fromEpochDay(n).toString();
