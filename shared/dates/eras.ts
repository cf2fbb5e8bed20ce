/**
 * @module
 * The five modern eras (元号) and the lookups the parser and formatter need (R-PARSE-2).
 */

import { compareIso } from "./calendar";

export type EraName = "明治" | "大正" | "昭和" | "平成" | "令和";

/** One era: its names, its first and last day (ISO, inclusive) and its year offset. */
export interface Era {
  name: EraName;
  /** The romanised initial used in short forms such as `R8.3.15`. */
  letter: "M" | "T" | "S" | "H" | "R";
  start: string;
  /** Last day, inclusive; null for the current era. */
  end: string | null;
  /** Gregorian year = era year + offset. */
  offset: number;
}

// R-PARSE-2. The change days 1912-07-30 and 1926-12-25 are the end of one era and the start of
// the next, so they are valid in both; 1989-01-07/08 and 2019-04-30/05-01 do not overlap.
export const ERAS: readonly Era[] = [
  { name: "明治", letter: "M", start: "1868-01-25", end: "1912-07-30", offset: 1867 },
  { name: "大正", letter: "T", start: "1912-07-30", end: "1926-12-25", offset: 1911 },
  { name: "昭和", letter: "S", start: "1926-12-25", end: "1989-01-07", offset: 1925 },
  { name: "平成", letter: "H", start: "1989-01-08", end: "2019-04-30", offset: 1988 },
  { name: "令和", letter: "R", start: "2019-05-01", end: null, offset: 2018 },
];

/** R-PARSE-3: Japan adopted the Gregorian calendar on 明治6年1月1日; earlier dates are lunar. */
export const GREGORIAN_START = "1873-01-01";

/** The era named by a token as typed: `令和`, `令`, `R` or `r` (R-PARSE-1). */
export function eraByToken(token: string): Era | undefined {
  const t = token.toUpperCase();
  return ERAS.find((e) => e.name === t || e.name[0] === t || e.letter === t);
}

/** The era containing `iso`; on an overlap day the later era, as the calendar does. */
export function eraOf(iso: string): Era | undefined {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    if (compareIso(ERAS[i].start, iso) <= 0) return ERAS[i];
  }
  return undefined;
}
