// Issue 13: every language of the foreign residents answers in its own words, end to end through
// the Worker: the stage JSON's texts in every stage, a batch, errors (problem+json, the field
// named in the language), Accept-Language, calendar.ics and badge.svg. Expected texts come from
// the catalogs themselves (one home); what is checked is that the Worker picks and fills them.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { DATE_FORMS } from "#shared/dates/display.ts";
import { htmlLang, LANGS } from "#shared/lang/index.ts";
import { API_TEXTS, CATALOGS, stageName } from "#shared/messages/index.ts";
import { api, postJson, problemOf } from "./helpers.ts";

/** The step titles read no dates; a context is needed only by the type. */
const anyContext = { dates: {}, evaluation: {}, date: (iso: string) => iso } as never;
const NEW_LANGS = ["zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"] as const;
/** Days that put a certificate expiring on Saturday 2026-11-14 in each stage. */
const STAGE_DAYS = { valid: "2026-01-10", renewal: "2026-09-01", grace: "2026-12-01", lapsed: "2027-03-01" } as const;

describe.each(NEW_LANGS)("%s", (lang) => {
  const dates = DATE_FORMS[lang];

  it.each(Object.entries(STAGE_DAYS))("GET /stage: %s in its own words and dates", async (stage, today) => {
    const res = await api(`/api/v1/stage?certificateExpiry=2026-11-14&today=${today}&lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Language")).toBe(htmlLang(lang));
    const body = (await res.json()) as { stage: string; lang: string; text: Record<string, unknown> };
    expect(body.stage).toBe(stage);
    expect(body.lang).toBe(lang);
    const text = JSON.stringify(body.text);
    expect(text).not.toMatch(/undefined|NaN|\{\w+\}/);
    // Some sentence of every stage names the expiry or the grace end, in this language's form.
    expect(text.includes(dates.dayWithWeekday("2026-11-14")) || text.includes(dates.dayWithWeekday("2027-02-28"))).toBe(
      true,
    );
    for (const other of LANGS)
      if (other !== lang && DATE_FORMS[other].day("2026-11-14") !== dates.day("2026-11-14"))
        expect(text).not.toContain(DATE_FORMS[other].dayWithWeekday("2026-11-14"));
  });

  it("POST /evaluate/batch: every item in the batch's language", async () => {
    const res = await postJson("/api/v1/evaluate/batch", {
      lang,
      items: [
        { certificateExpiry: "2026-11-14", today: "2026-09-01" },
        { birthDate: "1990-09-09", cardExpiry: "2027-05-31", periodOfStayEndsOn: "2027-05-31", today: "2027-04-01" },
        { certificateExpiry: "2026-02-30" },
      ],
    });
    expect(res.status).toBe(200);
    type Answered = { lang: string; text: { nextSteps: { code: string; title: string }[] } };
    type Refused = { index: number; error: { errors: { message: string }[] } };
    const { results } = (await res.json()) as { results: [Answered, Answered, Refused] };
    const [first, second, third] = results;
    expect(first.lang).toBe(lang);
    expect(second.lang).toBe(lang);
    // R-INFER-6: a stay-limited card's next step is the validity extension at the office, in this language.
    const step = second.text.nextSteps.find((s) => s.code === "extendCardValidity");
    expect(step?.title.length).toBeGreaterThan(3);
    expect(step?.title).not.toBe(CATALOGS.en.nextStep.extendCardValidity(anyContext).title);
    expect(third.index).toBe(2);
    expect(third.error.errors[0]?.message).toContain(CATALOGS[lang].field.certificateExpiry);
  });

  it("errors are problem+json in the language, naming the field", async () => {
    const res = await api(`/api/v1/stage?certificateExpiry=2026-02-30&lang=${lang}`);
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.title).toBe(API_TEXTS[lang].problem["invalid-input"].title);
    expect(problem.errors[0]!.field).toBe("certificateExpiry");
    expect(problem.errors[0]!.message).toContain(CATALOGS[lang].field.certificateExpiry);
  });

  it("Accept-Language chooses it without lang", async () => {
    const tag = {
      "zh-Hans": "zh-CN,zh;q=0.9",
      ko: "ko-KR",
      vi: "vi-VN,vi;q=0.9",
      "pt-BR": "pt-PT,pt;q=0.9",
      tl: "fil-PH",
      ne: "ne-NP",
    }[lang];
    const res = await api("/api/v1/stage?certificateExpiry=2026-11-14&today=2026-09-01", {
      headers: { "Accept-Language": tag },
    });
    expect(((await res.json()) as { lang: string }).lang).toBe(lang);
  });

  it("calendar.ics: its calendar name, event titles and alarms in the language", async () => {
    const res = await api(`/api/v1/calendar.ics?certificateExpiry=2031-11-14&lang=${lang}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Language")).toBe(htmlLang(lang));
    const vcalendar = new ICAL.Component(ICAL.parse(await res.text()));
    expect(vcalendar.getFirstPropertyValue("x-wr-calname")).toBe(API_TEXTS[lang].calendar.calendarName);
    const summaries = vcalendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e).summary);
    expect(summaries).toContain(CATALOGS[lang].milestone.certificateExpires);
    expect(summaries).toContain(CATALOGS[lang].milestone.graceEnds);
  });

  it("badge.svg: the label and stage name in the language, lang on the image", async () => {
    const res = await api(`/api/v1/badge.svg?certificateExpiry=2026-11-14&today=2026-12-01&lang=${lang}`);
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg).toContain(`lang="${htmlLang(lang)}"`);
    expect(svg).toContain(API_TEXTS[lang].badgeLabel.replace(/&/g, "&amp;"));
    expect(svg).toContain(stageName("grace", lang));
  });
});

it("unsupported_lang lists every code from LANGS, in the request's language", async () => {
  const res = await api("/api/v1/stage?certificateExpiry=2026-11-14&lang=fr", { headers: { "Accept-Language": "vi" } });
  const problem = await problemOf(res);
  expect(problem.errors[0]!.code).toBe("unsupported_lang");
  expect(problem.errors[0]!.message).toContain(LANGS.join(", "));
});
