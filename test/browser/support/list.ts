/**
 * @module
 * Helpers for the list page (/list/): CSV files made in the test (UTF-8 or Shift_JIS bytes, from
 * iconv-lite), imported through the file field, and a wait for the results.
 */
import iconv from "iconv-lite";
import type { Page } from "playwright-core";

/** A CSV file as Excel writes it: CRLF; UTF-8 with a BOM, or Shift_JIS (CP932). */
export function csvBytes(lines: readonly string[], encoding: "utf-8-bom" | "utf-8" | "cp932"): Buffer {
  const text = lines.join("\r\n") + "\r\n";
  if (encoding === "cp932") return iconv.encode(text, "cp932");
  return Buffer.from((encoding === "utf-8-bom" ? "\uFEFF" : "") + text, "utf8");
}

/** Chooses the file in the import field and waits for the preview. */
export async function importCsv(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.setInputFiles("#import-file", { name, mimeType: "text/csv", buffer: bytes });
  await page.locator("[data-import-preview]:not([hidden])").waitFor({ state: "visible", timeout: 15_000 });
}

/** Presses 「まとめて調べる」 and waits for the results table. */
export async function computeList(page: Page): Promise<void> {
  await page.click("[data-submit]");
  await page.locator("[data-results]:not([hidden])").waitFor({ state: "visible", timeout: 30_000 });
}

/** `count` residents with labels that are easy to look for in requests, dates in 和暦 and 西暦. */
export function residents(count: number): string[] {
  const lines = ["部屋番号,氏名,生年月日,カードの有効期限,電子証明書の有効期限"];
  for (let i = 0; i < count; i++) {
    const room = `${100 + i}号室`;
    const name = `利用者${String(i).padStart(3, "0")}髙橋`;
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    if (i % 2 === 0) {
      // Certificate expiry alone, 令和6年 to 令和8年: every stage on 2025-04-01 (R-INS-2).
      lines.push(`${room},${name},,,令和${6 + (i % 3)}年${month}月${day}日`);
    } else {
      // Birth date in 和暦 (昭和) and the card expiry printed on the card (R-INFER-2).
      const born = 30 + (i % 30);
      lines.push(`${room},${name},昭和${born}年${month}月${day}日,${2026 + (i % 9)}/${month}/${day},`);
    }
  }
  return lines;
}

/**
 * A care home's 40 residents as an office would keep them (Shift_JIS from Excel, 和暦 in several
 * spellings, full-width digits, a 備考 column), on 2026-12-02: residents who may not have renewed
 * (R-INFER-3) after and within the first grace, expired cards (R-INFER-5), a card expiry that is
 * no birthday (R-INFER-4), renewals due and opening, the valid; and four lines the import must
 * refuse or flag: no dates, 「不明」, 昭和15年2月30日, and a line repeated.
 */
export const CARE_HOME = [
  "部屋番号,氏名,生年月日,カードの有効期限,電子証明書の有効期限,備考",
  "101,青木 ハル,S15.3.13,令和13年3月13日,,",
  "102,石川 ヨシ,昭和8年6月19日,2031/6/19,,",
  "103,上田 実,昭和6年2月14日,R14.2.14,,",
  "104,江藤 キヨ,S7.9.14,2031-09-14,,",
  "105,大野 マサ,昭和12年11月21日,令和８年１１月２１日,,",
  "106,岡田 正,昭和15年2月29日,令和13年2月28日,,",
  "107,加藤 トメ,S9.5.14,2029/5/14,,",
  "108,菊池 ツル,昭和14年9月27日,R10.9.27,,",
  "109,工藤 昭二,昭和11年6月4日,2035-06-04,,",
  "110,小西 フミ,S6.10.7,令和１６年１０月７日,,",
  "201,斉藤 一郎,昭和18年6月15日,令和15年6月15日,,",
  "202,島田 武,昭和12年3月23日,2029/3/23,2029-03-23,更新済み",
  "203,杉山 ミツ,S14.9.16,,,カード紛失",
  "204,関 清,昭和14年10月3日,2027-10-03,,",
  "205,高田 進,昭和10年6月5日,令和１６年６月５日,,",
  "206,千葉 シズ,S7.9.19,令和13年9月19日,,",
  "207,塚本 茂,昭和16年10月16日,2033/10/16,,",
  "208,内藤 博,昭和7年5月16日,不明,,",
  "209,中川 タケ,S14.11.19,2033-11-19,,",
  "210,西村 勇,昭和17年11月12日,令和８年１１月１２日,,",
  "301,野口 ハナ,昭和10年10月4日,令和15年10月4日,,",
  "302,橋本 ヨシ,S14.3.24,2030/3/24,,",
  "303,平野 実,昭和15年2月30日,R16.2.6,,",
  "304,福田 キヨ,昭和13年3月27日,2033-03-27,,",
  "305,藤井 マサ,S18.6.22,令和１４年６月２２日,,",
  "306,前田 正,昭和7年3月5日,令和12年3月5日,,",
  "307,松井 トメ,,,2026/3/1,",
  "308,丸山 ツル,S5.3.14,R17.3.14,,",
  "309,三浦 昭二,昭和15年3月23日,2035-03-23,,",
  "310,宮本 フミ,昭和6年8月28日,令和１６年８月２８日,,",
  "401,村上 一郎,S17.7.4,令和9年3月2日,,",
  "402,森 武,昭和6年4月3日,2030/4/3,2030-04-03,",
  "403,安田 ミツ,昭和8年6月20日,R8.6.20,,",
  "404,山崎 清,S9.9.4,2032-09-04,,",
  "405,横山 進,,,令和9年1月20日,",
  "406,吉川 シズ,昭和13年6月20日,令和14年6月20日,,",
  "407,若林 茂,S8.8.15,2033/8/15,,",
  "408,和田 博,昭和7年3月4日,R14.3.4,,",
  "409,渡部 タケ,昭和20年12月6日,2031-12-06,,",
  "101,青木 ハル,S15.3.13,令和13年3月13日,,",
];

/** The day CARE_HOME is computed for. */
export const CARE_HOME_DAY = "2026-12-02";

/** /list/ (or another language's) with CARE_HOME imported and computed for CARE_HOME_DAY, nothing kept from before. */
export async function careHome(page: Page, baseURL: string, path: string): Promise<void> {
  await page.goto(`${baseURL}${path}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseURL}${path}`);
  await page.locator("[data-app]:not([hidden])").waitFor();
  await importCsv(page, "residents.csv", csvBytes(CARE_HOME, "cp932"));
  await page.click("[data-import-add]");
  await page.click("details.more summary");
  await page.fill("#today", CARE_HOME_DAY);
  await computeList(page);
}
