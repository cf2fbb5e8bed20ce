import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoFromDayNumber } from "./days";
import { distance, distanceText } from "./distance";

describe("distanceText", () => {
  it.each([
    ["2026-12-02", "2026-12-02", "今日", "today", "{今日|きょう}"],
    ["2026-12-02", "2026-12-03", "1日後", "in 1 day", "あと 1{日|にち}"],
    ["2026-12-02", "2027-01-01", "30日後", "in 30 days", "あと 30{日|にち}"], // not yet a month
    ["2026-12-02", "2027-01-02", "約1カ月後", "in about 1 month", "あと {約|やく}1か{月|げつ}"],
    ["2026-12-02", "2027-01-16", "約1カ月後", "in about 1 month", "あと {約|やく}1か{月|げつ}"], // 14 days over: rounds down
    ["2026-12-02", "2027-01-17", "約2カ月後", "in about 2 months", "あと {約|やく}2か{月|げつ}"], // 15 days over: rounds up
    ["2026-12-02", "2031-08-02", "約4年8カ月後", "in about 4 years 8 months", "あと {約|やく}4{年|ねん}8か{月|げつ}"],
    ["2026-12-02", "2027-12-02", "約1年後", "in about 1 year", "あと {約|やく}1{年|ねん}"],
    ["2026-12-02", "2026-11-20", "12日前", "12 days ago", "12{日|にち} {前|まえ}"],
    ["2026-12-02", "2026-09-30", "約2カ月前", "about 2 months ago", "{約|やく}2か{月|げつ} {前|まえ}"],
  ])("%s → %s: %s / %s / %s", (from, to, ja, en, easy) => {
    expect(distanceText(from, to, "ja")).toBe(ja);
    expect(distanceText(from, to, "en")).toBe(en);
    expect(distanceText(from, to, "ja-easy")).toBe(easy);
  });

  it("counts a month from a month end as Temporal clamps it (Jan 31 + 1 month = Feb 28)", () => {
    expect(distance("2027-01-31", "2027-02-28")).toEqual({ days: 28, months: 1 });
    expect(distance("2027-01-31", "2027-02-27")).toEqual({ days: 27, months: 0 });
    expect(distance("2028-01-31", "2028-02-29")).toEqual({ days: 29, months: 1 }); // leap year
  });

  it("is symmetric: the same months before and after, and the sign of days follows the order", () => {
    const iso = fc.integer({ min: 7_300, max: 47_300 }).map(isoFromDayNumber); // 1990 … 2099
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const there = distance(a, b);
        const back = distance(b, a);
        expect(back.days + there.days).toBe(0);
        expect(Math.abs(there.months - back.months)).toBeLessThanOrEqual(1); // month-end clamping differs by direction
        // Under a month the days are exact; 32 days or more is always at least "about 1 month".
        if (there.months === 0) expect(Math.abs(there.days)).toBeLessThan(32);
        else expect(Math.abs(there.days)).toBeGreaterThanOrEqual(28);
      }),
    );
  });
});

describe("distanceText in the foreign residents' languages (issue 13)", () => {
  it.each([
    // [from, to, zh-Hans, ko, vi, pt-BR, tl, ne]
    ["2026-12-02", "2026-12-02", "今天", "오늘", "hôm nay", "hoje", "ngayon", "आज"],
    ["2026-12-02", "2026-12-03", "1天后", "1일 후", "1 ngày nữa", "em 1 dia", "sa loob ng 1 araw", "1 दिनपछि"],
    ["2026-12-02", "2026-11-30", "2天前", "2일 전", "2 ngày trước", "há 2 dias", "2 araw na ang nakalipas", "2 दिनअघि"],
    [
      "2026-12-02",
      "2031-08-02",
      "约4年8个月后",
      "약 4년 8개월 후",
      "khoảng 4 năm 8 tháng nữa",
      "em cerca de 4 anos e 8 meses",
      "sa loob ng mga 4 taon at 8 buwan",
      "करिब 4 वर्ष 8 महिनापछि",
    ],
    [
      "2026-12-02",
      "2027-01-02",
      "约1个月后",
      "약 1개월 후",
      "khoảng 1 tháng nữa",
      "em cerca de 1 mês",
      "sa loob ng mga 1 buwan",
      "करिब 1 महिनापछि",
    ],
    [
      "2026-12-02",
      "2024-12-02",
      "约2年前",
      "약 2년 전",
      "khoảng 2 năm trước",
      "há cerca de 2 anos",
      "mga 2 taon na ang nakalipas",
      "करिब 2 वर्षअघि",
    ],
  ] as const)("%s → %s", (from, to, ...texts) => {
    const langs = ["zh-Hans", "ko", "vi", "pt-BR", "tl", "ne"] as const;
    for (const [i, lang] of langs.entries()) expect(distanceText(from, to, lang)).toBe(texts[i]);
  });
});
