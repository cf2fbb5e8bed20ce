// Closing-note-7 6b (R-PARSE-1, "the date exactly as printed or written"): the dates this site
// writes in its other languages read back, as printed, with the obvious variants (no weekday, a
// short month name, a comma more or less), the weekday checked as a bracketed Japanese one is;
// display-round-trip.test.ts checks every form on many days. What a site page never writes stays
// unrecognised. 2027-01-10 is a Sunday.
import { describe, expect, it } from "vitest";
import { type ParsedDate, parseTypedDate } from "./parse-typed-date";

const west = (iso: string): ParsedDate => ({ ok: true, iso, calendar: "gregorian" });
const u: ParsedDate = { ok: false, code: "unrecognised" };
const weekday = (iso: string, n: number): ParsedDate => ({
  ok: false,
  code: "weekday_mismatch",
  mismatch: { iso, weekday: n },
});
const year = (iso: string, written: string): ParsedDate => ({
  ok: false,
  code: "year_mismatch",
  mismatch: { iso, year: written },
});

type Row = [string, ParsedDate];
const check = (rows: Row[]) =>
  it.each(rows)("%j", (input, expected) => {
    expect(parseTypedDate(input)).toStrictEqual(expected);
  });

describe("as the site prints them", () => {
  check([
    ["10 January 2027", west("2027-01-10")],
    ["Sunday 10 January 2027", west("2027-01-10")],
    ["10 Jan 2027", west("2027-01-10")],
    ["10 January 2027 (Reiwa 9)", west("2027-01-10")],
    ["2027年1月10日星期日", west("2027-01-10")],
    ["2027年1月11日星期一", west("2027-01-11")], // 一 is a kanji numeral too: read alike on both sides
    ["2027年1月20日星期三", west("2027-01-20")],
    ["2027년 1월 10일", west("2027-01-10")],
    ["2027년 1월 10일 일요일", west("2027-01-10")],
    ["2027. 1. 10.", west("2027-01-10")],
    ["2027년 1월 10일(레이와 9년)", west("2027-01-10")],
    ["10 tháng 1 năm 2027", west("2027-01-10")],
    ["Chủ Nhật, 10 tháng 1 năm 2027", west("2027-01-10")],
    ["10 thg 1, 2027", west("2027-01-10")],
    ["10 de janeiro de 2027", west("2027-01-10")],
    ["domingo, 10 de janeiro de 2027", west("2027-01-10")],
    ["10 de jan. de 2027", west("2027-01-10")],
    ["1º de janeiro de 2027", west("2027-01-01")],
    ["sexta-feira, 1º de janeiro de 2027", west("2027-01-01")],
    ["Enero 10, 2027", west("2027-01-10")],
    ["Linggo, Enero 10, 2027", west("2027-01-10")],
    ["Ene 10, 2027", west("2027-01-10")],
    ["2027 जनवरी 10", west("2027-01-10")],
    ["2027 जनवरी 10, आइतबार", west("2027-01-10")],
    ["2027 जनवरी 10 (Reiwa 9)", west("2027-01-10")],
    // the issue's own examples
    ["2026년 12월 30일", west("2026-12-30")],
    ["30 tháng 12 năm 2026", west("2026-12-30")],
  ]);
});

describe("the obvious variants", () => {
  check([
    ["sunday 10 january 2027", west("2027-01-10")], // any case
    ["SUNDAY 10 JANUARY 2027", west("2027-01-10")],
    ["Sunday, 10 January 2027", west("2027-01-10")], // a comma after the weekday
    ["Linggo Enero 10 2027", west("2027-01-10")], // the commas left out
    ["Sunday 10 Jan 2027", west("2027-01-10")], // the short month with the weekday
    ["10 de jan de 2027", west("2027-01-10")], // without the short month's dot
    ["1 de janeiro de 2027", west("2027-01-01")], // the 1st without its ordinal mark
    ["thứ hai, 11 tháng 1 năm 2027", west("2027-01-11")],
    ["Ｓｕｎｄａｙ　１０　Ｊａｎｕａｒｙ　２０２７", west("2027-01-10")], // full-width (NFKC)
    ["10 January 2027 (Shōwa 102)", u], // 3-digit era years are not read (R-PARSE-1)
    ["10 January 1960 (Showa 35)", west("1960-01-10")], // rōmaji without its long vowel
    ["10 January 1920 (TAISHŌ 9)", west("1920-01-10")],
    ["2027年1月10日（Reiwa 9）", west("2027-01-10")],
  ]);
});

describe("checked like the Japanese brackets", () => {
  check([
    ["Monday 10 January 2027", weekday("2027-01-10", 1)],
    ["2027년 1월 10일 월요일", weekday("2027-01-10", 1)],
    ["Thứ Hai, 10 tháng 1 năm 2027", weekday("2027-01-10", 1)],
    ["sábado, 10 de janeiro de 2027", weekday("2027-01-10", 6)],
    ["2027年1月10日星期六", weekday("2027-01-10", 6)],
    ["10 January 2027 (Reiwa 8)", year("2027-01-10", "令和8年")],
    ["2027년 1월 10일(헤이세이 9년)", year("2027-01-10", "平成9年")],
    ["31 February 2027", { ok: false, code: "not_a_real_date" }],
    ["Linggo, Pebrero 29, 2026", { ok: false, code: "not_a_real_date" }],
    ["29 February 2028", west("2028-02-29")],
    ["31 December 1872", { ok: false, code: "before_gregorian" }],
  ]);
  it("accepts a Reiwa 1 bracket from 2019-05-01 and refuses it the day before (平成31年)", () => {
    expect(parseTypedDate("1 May 2019 (Reiwa 1)")).toStrictEqual(west("2019-05-01"));
    expect(parseTypedDate("30 April 2019 (Reiwa 1)")).toStrictEqual(year("2019-04-30", "令和元年"));
  });
});

describe("what the site never writes stays unrecognised", () => {
  check([
    ["January 10, 2027", u], // en writes the day first
    ["Sun 10 Jan 2027", u], // weekdays are written in full
    ["10/01/2027", u],
    ["January 2027", u], // a month, not a date
    ["Sunday 10 January", u],
    ["10 Janvier 2027", u],
    ["Sunday Monday 10 January 2027", u],
    ["2027年1月10日（日）星期日", u], // two weekdays
    ["10 January 2027 (2027)", u], // 西暦 beside 西暦
    ["10 January 2027 Sunday", u], // en's weekday comes first
  ]);
});
