/**
 * @module
 * `GET /api/v1/calendar.ics?certificateExpiry=DATE[&cardExpiry=DATE][&periodOfStayEndsOn=DATE]
 * [&estimated=true][&cardExpiryNotBirthday=true][&today=DATE][&lang=…]`: the certificate's milestones from `today` on as an RFC 5545
 * calendar to import (contract.md). A certificate whose every day has passed (lapsed) gets a
 * calendar without events: nothing is ahead. With the card's expiry the events say what the card
 * needs (shared/calendar `calendarAction`): a new card where the certificate ends with it
 * (R-CARD-5, R-CARD-6) or it has expired (R-CERT-4, R-INFER-5), an extension where it ends with
 * the period of stay (R-CARD-4). The dates are the request's own, so nothing in it is unsure.
 * The file is built by a module loaded on the first such request (worker/calendar-file/build.ts).
 */
import { Hono } from "hono/tiny";
import type * as v from "valibot";
import { htmlLang, sitePath } from "#shared/lang/index.ts";
import { CARD_2016 } from "#shared/rules/rule-set.ts";
import { renewalOpensOn } from "#shared/rules/windows.ts";
import { type CalendarQuerySchema, parseCalendarQuery } from "#shared/schema/index.ts";
import { loadCalendarFile } from "../calendar-file-module.ts";
import type { AppEnv } from "../env.ts";
import { answer, todayOnce } from "../evaluation/answer.ts";
import { textsOf } from "../lang-texts.ts";
import { allow } from "../middleware/allow/index.ts";
import { cache } from "../middleware/cache/index.ts";
import { query } from "../middleware/query/index.ts";
import { problemJson } from "../problem/index.ts";

export type CalendarQuery = v.InferInput<typeof CalendarQuerySchema>;

export const calendar = new Hono<AppEnv>()
  .get("/calendar.ics", query<CalendarQuery>(), cache(), async (c) => {
    const parsed = parseCalendarQuery(c.get("query"));
    const result = await answer(parsed, c.get("lang"), todayOnce());
    if (!result.ok) return problemJson(c, "invalid-input", result.lang, result.errors);
    const { presented, lang } = result;
    const { calendarFile } = await loadCalendarFile(); // worker/calendar-file-module.ts
    // R-INPUT-1 has refused a certificate that outlives the card, or a stay that ends before it.
    const { cardExpiry, periodOfStayEndsOn } = parsed.ok ? parsed.input : {};
    // The fragment keeps the date out of every server log (contract.md, "Site and widget").
    // The origin is the configured one, never the request's Host header (a client chooses that).
    const origin = new URL(c.env.PUBLIC_ORIGIN);
    const text = calendarFile({
      presented,
      texts: textsOf(lang),
      cardExpiry: cardExpiry?.toString(),
      periodOfStayEndsOn: periodOfStayEndsOn?.toString(),
      // R-CARD-6: the card's own window, which decides whether the card is the step (review7 #1b).
      cardRenewalOpensOn: cardExpiry && renewalOpensOn(cardExpiry, CARD_2016).toString(),
      estimated: c.get("query").estimated === "true",
      cardExpiryNotBirthday: c.get("query").cardExpiryNotBirthday === "true",
      checkUrl: `${origin.origin}${sitePath(lang)}check/#certificateExpiry=${presented.certificate.expiresOn}`,
      hostname: origin.hostname,
    });
    return c.body(text, 200, {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="myna-expiry.ics"',
      "Content-Language": htmlLang(lang),
    });
  })
  .all("/calendar.ics", allow("GET"));
