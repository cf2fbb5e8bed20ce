/**
 * @module
 * R-DATE-1: "today" is the calendar date in Asia/Tokyo, whatever the server's zone. Only the
 * Worker and the site call this; the rules take today as an argument.
 */
import type { PlainDate } from "./plain-date.ts";
import { Temporal, fromTemporal } from "./temporal.ts";

export const todayInTokyo = (epochMilliseconds: number): PlainDate =>
  fromTemporal(Temporal.Instant.fromEpochMilliseconds(epochMilliseconds).toZonedDateTimeISO("Asia/Tokyo").toPlainDate());
