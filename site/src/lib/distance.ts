/**
 * @module
 * How far a date is from the day checked, in words a person can picture: 「約4年8カ月後」,
 * 「12日後」, "in about 4 years 8 months" — not 「あと1717日」 (issue 10). Under a month the
 * days are exact; from a month on, whole months rounded to the nearest (a remainder of 15 days
 * or more counts as a month), so the words say 「約」/"about". The month arithmetic is the
 * rules' own (shared/rules/plain-date.ts: month ends clamp as Temporal does).
 */
import type { Lang } from "#shared/lang/index.ts";
import { type PlainDate, plainDate } from "#shared/rules/plain-date.ts";

export interface Distance {
  /** Whole days from `from` to `to`; negative when `to` is before `from`. */
  days: number;
  /** Whole months, rounded to the nearest; 0 when under a month. */
  months: number;
}

/** Whole months from `earlier` to `later` (later ≥ earlier), and the days left over. */
function monthsBetween(earlier: PlainDate, later: PlainDate): { months: number; rest: number } {
  let months = (later.year - earlier.year) * 12 + (later.month - earlier.month);
  if (earlier.add({ months }).daysUntil(later) < 0) months -= 1;
  return { months, rest: earlier.add({ months }).daysUntil(later) };
}

export function distance(fromIso: string, toIso: string): Distance {
  const from = plainDate(fromIso);
  const to = plainDate(toIso);
  const days = from.daysUntil(to);
  const [earlier, later] = days >= 0 ? [from, to] : [to, from];
  const { months, rest } = monthsBetween(earlier, later);
  if (months === 0) return { days, months: 0 };
  return { days, months: months + (rest >= 15 ? 1 : 0) };
}

const jaSpan = (months: number, monthWord: string): string => {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return `${years ? `${years}年` : ""}${rest ? `${rest}${monthWord}` : ""}`;
};

const enSpan = (months: number): string => {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [years ? unit(years, "year") : "", rest ? unit(rest, "month") : ""].filter(Boolean).join(" ");
};

/** How a language says a distance in time: today, n days, about y years m months, ahead or ago. */
interface DistanceWords {
  today: string;
  daysAhead: (n: number) => string;
  daysAgo: (n: number) => string;
  /** "4 years 8 months", "8 months", "4 years" (either number may be 0, not both). */
  span: (years: number, months: number) => string;
  ahead: (span: string) => string;
  ago: (span: string) => string;
}

/** Joins the non-zero parts of a span. */
const parts = (years: string | false, months: string | false, joiner: string) =>
  [years, months].filter(Boolean).join(joiner);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The foreign residents' languages (issue 13); written here, beside the Japanese and English
 * rules, because they are grammar (plurals, word order) rather than content. Latin digits.
 */
const DISTANCE_WORDS: Record<Exclude<Lang, "ja" | "en" | "ja-easy">, DistanceWords> = {
  "zh-Hans": {
    today: "今天",
    daysAhead: (n) => `${n}天后`,
    daysAgo: (n) => `${n}天前`,
    span: (y, m) => parts(y > 0 && `${y}年`, m > 0 && `${m}个月`, ""),
    ahead: (s) => `约${s}后`,
    ago: (s) => `约${s}前`,
  },
  ko: {
    today: "오늘",
    daysAhead: (n) => `${n}일 후`,
    daysAgo: (n) => `${n}일 전`,
    span: (y, m) => parts(y > 0 && `${y}년`, m > 0 && `${m}개월`, " "),
    ahead: (s) => `약 ${s} 후`,
    ago: (s) => `약 ${s} 전`,
  },
  vi: {
    today: "hôm nay",
    daysAhead: (n) => `${n} ngày nữa`,
    daysAgo: (n) => `${n} ngày trước`,
    span: (y, m) => parts(y > 0 && `${y} năm`, m > 0 && `${m} tháng`, " "),
    ahead: (s) => `khoảng ${s} nữa`,
    ago: (s) => `khoảng ${s} trước`,
  },
  "pt-BR": {
    today: "hoje",
    daysAhead: (n) => `em ${plural(n, "dia", "dias")}`,
    daysAgo: (n) => `há ${plural(n, "dia", "dias")}`,
    span: (y, m) => parts(y > 0 && plural(y, "ano", "anos"), m > 0 && plural(m, "mês", "meses"), " e "),
    ahead: (s) => `em cerca de ${s}`,
    ago: (s) => `há cerca de ${s}`,
  },
  tl: {
    today: "ngayon",
    daysAhead: (n) => `sa loob ng ${n} araw`,
    daysAgo: (n) => `${n} araw na ang nakalipas`,
    span: (y, m) => parts(y > 0 && `${y} taon`, m > 0 && `${m} buwan`, " at "),
    ahead: (s) => `sa loob ng mga ${s}`,
    ago: (s) => `mga ${s} na ang nakalipas`,
  },
  ne: {
    today: "आज",
    daysAhead: (n) => `${n} दिनपछि`,
    daysAgo: (n) => `${n} दिनअघि`,
    span: (y, m) => parts(y > 0 && `${y} वर्ष`, m > 0 && `${m} महिना`, " "),
    ahead: (s) => `करिब ${s}पछि`,
    ago: (s) => `करिब ${s}अघि`,
  },
};

/**
 * The distance as words, in the content markup of lib/inline.ts (やさしい日本語 carries ruby).
 * @example distanceText("2026-12-02", "2031-08-02", "ja") // "約4年8カ月後"
 */
export function distanceText(fromIso: string, toIso: string, lang: Lang): string {
  const { days, months } = distance(fromIso, toIso);
  const ahead = days >= 0;
  const n = Math.abs(days);
  if (lang === "en") {
    if (days === 0) return "today";
    if (months === 0) return ahead ? `in ${n} day${n === 1 ? "" : "s"}` : `${n} day${n === 1 ? "" : "s"} ago`;
    return ahead ? `in about ${enSpan(months)}` : `about ${enSpan(months)} ago`;
  }
  if (lang === "ja-easy") {
    if (days === 0) return "{今日|きょう}";
    if (months === 0) return ahead ? `あと ${n}{日|にち}` : `${n}{日|にち} {前|まえ}`;
    const span = jaSpan(months, "か{月|げつ}").replace("年", "{年|ねん}");
    return ahead ? `あと {約|やく}${span}` : `{約|やく}${span} {前|まえ}`;
  }
  const words = lang === "ja" ? null : DISTANCE_WORDS[lang];
  if (words) {
    if (days === 0) return words.today;
    if (months === 0) return ahead ? words.daysAhead(n) : words.daysAgo(n);
    const span = words.span(Math.floor(months / 12), months % 12);
    return ahead ? words.ahead(span) : words.ago(span);
  }
  if (days === 0) return "今日";
  if (months === 0) return ahead ? `${n}日後` : `${n}日前`;
  return ahead ? `約${jaSpan(months, "カ月")}後` : `約${jaSpan(months, "カ月")}前`;
}
