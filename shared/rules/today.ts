/**
 * @module
 * R-DATE-1: "today" is the calendar date in Asia/Tokyo, whatever the server's or browser's zone.
 * Only the Worker calls this; the rules take today as an argument.
 *
 * Hint: Japan Standard Time is UTC+9 with no daylight saving since 1951, so Tokyo's date is
 * the UTC date of the instant plus nine hours. today.test.ts checks this against
 * temporal-polyfill's Asia/Tokyo zone; computing it here keeps the polyfill (about 20 KiB gzip)
 * out of the Worker bundle.
 */
import { type PlainDate, fromEpochDay } from "./plain-date.ts";

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const todayInTokyo = (epochMilliseconds: number): PlainDate =>
  fromEpochDay(Math.floor((epochMilliseconds + JST_OFFSET_MS) / DAY_MS));
