/**
 * @module
 * `GET /api/v1/calendar.ics?certificateExpiry=DATE[&today=DATE][&lang=ja|en]`: the certificate's
 * milestones from `today` on as an RFC 5545 calendar to import (contract.md). A certificate
 * whose every day has passed (lapsed) gets a calendar without events: nothing is ahead.
 */
import { Hono } from "hono/tiny";
import type * as v from "valibot";
import { calendarText, certificateEvents } from "#shared/calendar/events.ts";
import { calendarWords } from "#shared/calendar/words.ts";
import { htmlLang, sitePath } from "#shared/lang/index.ts";
import { type CalendarQuerySchema, parseCalendarQuery } from "#shared/schema/index.ts";
import type { AppEnv } from "../env.ts";
import { answer, todayOnce } from "../evaluation/answer.ts";
import { allow } from "../middleware/allow/index.ts";
import { cache } from "../middleware/cache/index.ts";
import { query } from "../middleware/query/index.ts";
import { problemJson } from "../problem/index.ts";

export type CalendarQuery = v.InferInput<typeof CalendarQuerySchema>;

export const calendar = new Hono<AppEnv>()
  .get("/calendar.ics", query<CalendarQuery>(), cache(), (c) => {
    const result = answer(parseCalendarQuery(c.get("query")), c.get("lang"), todayOnce());
    if (!result.ok) return problemJson(c, "invalid-input", result.lang, result.errors);
    const { presented, lang } = result;
    // The fragment keeps the date out of every server log (contract.md, "Site and widget").
    // The origin is the configured one, never the request's Host header (a client chooses that).
    const origin = new URL(c.env.PUBLIC_ORIGIN);
    const checkUrl = `${origin.origin}${sitePath(lang)}check/#certificateExpiry=${presented.certificate.expiresOn}`;
    const entry = { events: certificateEvents(presented.certificate, presented.today), checkUrl };
    return c.body(calendarText([entry], calendarWords(lang), presented.today, origin.hostname), 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="myna-expiry.ics"',
      "Content-Language": htmlLang(lang),
    });
  })
  .all("/calendar.ics", allow("GET"));
