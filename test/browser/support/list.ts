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
