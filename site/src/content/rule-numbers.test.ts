// The numbers of the rules, as the pages state them in every language (review 11: one home for
// each fact). The sentences write them out; these tests read the rule set (R-NEXT-1: CARD_2016)
// and the counter's year-end closure (R-COUNTER-1) and fail when a sentence states another number,
// so a new rule set or Decision names the sentences to rewrite. Read: every string of the
// message catalogs, the site's content and the widget's texts, per language.
import { describe, expect, it } from "vitest";
import { LANGS, type Lang } from "#shared/lang/index.ts";
import { API_TEXTS, CATALOGS } from "#shared/messages/index.ts";
import { YEAR_END_CLOSURE } from "#shared/rules/counter-days.ts";
import { CARD_2016 } from "#shared/rules/rule-set.ts";
import { TEXTS } from "../widget/texts";
import { MONTH_DAY, sentences } from "./test/month-day";

const CONTENT = import.meta.glob(["./*.ts", "!./*.test.ts"], { eager: true }) as Record<
  string,
  Record<string, unknown>
>;
const WIDGET = import.meta.glob("../widget/texts/*.ts", { eager: true }) as Record<string, { texts: unknown }>;

function textsOf(lang: Lang): string[] {
  const texts = [...sentences(CATALOGS[lang]), ...sentences(API_TEXTS[lang])];
  for (const module of Object.values(CONTENT))
    for (const value of Object.values(module))
      if (value && typeof value === "object" && lang in value)
        texts.push(...sentences((value as Record<Lang, unknown>)[lang]));
  if (lang === "ja" || lang === "en") texts.push(...sentences(TEXTS[lang]));
  else if (lang !== "ja-easy") texts.push(...sentences(WIDGET[`../widget/texts/${lang}.ts`]?.texts));
  return texts;
}

/** A count of months as each language writes it ("3カ月", "three months", "3 tháng" but not the date "15 tháng 6"). */
const MONTHS: Record<Lang, RegExp> = {
  ja: /(\d+)(?:カ月|か月|ヶ月)/g,
  "ja-easy": /(\d+)(?:カ月|か月|ヶ月)/g,
  "zh-Hans": /(\d+)个月/g,
  en: /\b(\d+|one|two|three|four|five|six|twelve)[ -]months?\b/gi,
  ko: /(\d+)\s*개월/g,
  vi: /(\d+) tháng(?! \d)/g,
  "pt-BR": /(\d+|um|dois|três) (?:meses|mês)/g,
  tl: /(\d+) buwan/g,
  ne: /(\d+) महिना/g,
};
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  twelve: 12,
  um: 1,
  dois: 2,
  três: 3,
};
const count = (text: string) => WORDS[text.toLowerCase()] ?? Number(text);

/** The month counts the pages may state, each with its home. */
const STATED = new Map<number, string>([
  [CARD_2016.noticeMonthsBefore[1], "the notice letter, from (R-RENEW-3)"],
  [CARD_2016.noticeMonthsBefore[0], "the notice letter, to (R-RENEW-3)"],
  [CARD_2016.renewalWindowMonths, "the renewal window (R-RENEW-1)"],
  [CARD_2016.graceMonthsAfterExpiryMonth, "the grace (R-INS-1)"],
  [1, "a new card takes about a month (R-CARD-6; no rule-set number)"],
  [2, "協会けんぽ's letter, about 2 months after the end of E's month (R-INS-5; no rule-set number)"],
]);

describe.each(LANGS)("%s: the numbers the pages state", (lang) => {
  const texts = textsOf(lang);
  const stated = texts.flatMap((text) => [...text.matchAll(MONTHS[lang])].map((m) => ({ months: count(m[1]!), text })));

  it("every count of months is one the rules hold", () => {
    expect(stated.filter(({ months }) => !STATED.has(months))).toStrictEqual([]);
  });

  it("the window and the grace, the count the pages state most, are the rule set's (R-RENEW-1, R-INS-1)", () => {
    // The sentences do not say which of the two a "3 months" is: both are 3 in CARD_2016. A
    // rule set that changes either fails here: rewrite the sentences that state this count.
    const tally = new Map<number, number>();
    for (const { months } of stated) tally.set(months, (tally.get(months) ?? 0) + 1);
    const [most] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(stated.length).toBeGreaterThan(10);
    expect([most, most]).toStrictEqual([CARD_2016.renewalWindowMonths, CARD_2016.graceMonthsAfterExpiryMonth]);
  });

  it("the year-end closure is the counter's (R-COUNTER-1)", () => {
    const dec = MONTH_DAY[lang](YEAR_END_CLOSURE.first.month, "(\\d+)");
    const jan = MONTH_DAY[lang](YEAR_END_CLOSURE.last.month, "(\\d+)");
    const closure = new RegExp(`${dec}[^.。!?]{0,30}?${jan}`, "g");
    const named = texts.flatMap((text) => [...text.matchAll(closure)].map((m) => [Number(m[1]), Number(m[2])]));
    expect(named.length).toBeGreaterThan(0);
    for (const days of named) expect(days).toStrictEqual([YEAR_END_CLOSURE.first.day, YEAR_END_CLOSURE.last.day]);
  });
});
