/**
 * @module
 * Japanese and やさしい日本語 dates. Japanese writes 年月日 and never slashes (R-PARSE-4); the
 * weekday in （）, spelled out in やさしい日本語 (「土曜日」) because the one-kanji form is a
 * convention learners may not know. 和暦 from format-japanese-date.ts (R-DATE-6, R-PARSE-4).
 */
import { GREGORIAN_START } from "../eras";
import { formatJapaneseDate, formatLetterDate, formatWareki, WEEKDAYS_JA } from "../format-japanese-date";
import { type DateForms, dateParts } from "./forms";

function japanese(weekday: "short" | "long"): DateForms {
  const day = (iso: string) => {
    const p = dateParts(iso);
    return `${p.year}年${p.month}月${p.day}日`;
  };
  const suffix = weekday === "long" ? "曜日）" : "）";
  const dayWithWeekday = (iso: string) => {
    const p = dateParts(iso);
    return `${p.year}年${p.month}月${p.day}日（${WEEKDAYS_JA[p.weekday]}${suffix}`;
  };
  return {
    day,
    month: (iso) => {
      const p = dateParts(iso);
      return `${p.year}年${p.month}月`;
    },
    dayWithWeekday,
    short: day,
    era: (iso) => (iso < GREGORIAN_START ? "" : formatWareki(iso)),
    dayWithEra: (iso) => (iso < GREGORIAN_START ? day(iso) : formatJapaneseDate(iso)),
    letter: (iso) => (iso < GREGORIAN_START ? dayWithWeekday(iso) : formatLetterDate(iso, weekday)),
    // Named alone, the weekday is spelled out in both: 「月曜日」 reads clearer than 「月」 in a sentence.
    weekday: (iso) => `${WEEKDAYS_JA[dateParts(iso).weekday]}曜日`,
  };
}

/** "2026年11月14日（土）"; letters "令和8年（2026年）11月14日（土）". */
export const ja = japanese("short");
/** "2026年11月14日（土曜日）"; letters "令和8年（2026年）11月14日（土曜日）". */
export const jaEasy = japanese("long");
