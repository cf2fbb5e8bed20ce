/**
 * @module
 * R-DATE-1: "today" is the calendar date in Asia/Tokyo, whatever the server's or browser's zone.
 * Only the Worker calls this (to answer, and to tell caches when the day changes); the rules take
 * today as an argument.
 *
 * Hint: Japan Standard Time is UTC+9 with no daylight saving since 1951, so Tokyo's date is
 * the UTC date of the instant plus nine hours. today.test.ts checks this against
 * temporal-polyfill's Asia/Tokyo zone; computing it here keeps the polyfill (about 20 KiB gzip)
 * out of the Worker bundle.
 */
import { fromEpochDay, type PlainDate } from "./plain-date.ts";

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 in Tokyo at this instant: it changes at Tokyo midnight. */
export const tokyoEpochDay = (epochMilliseconds: number): number =>
  Math.floor((epochMilliseconds + JST_OFFSET_MS) / DAY_MS);

export const todayInTokyo = (epochMilliseconds: number): PlainDate => fromEpochDay(tokyoEpochDay(epochMilliseconds));

/**
 * Seconds from this instant to the next midnight in Tokyo, between 1 and 86,400 (a whole day at
 * midnight itself). This decides no date: it tells caches when today's answer may change.
 */
export function secondsUntilTokyoMidnight(epochMilliseconds: number): number {
  const nextMidnight = (tokyoEpochDay(epochMilliseconds) + 1) * DAY_MS - JST_OFFSET_MS;
  return Math.ceil((nextMidnight - epochMilliseconds) / 1000);
}
