import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeCsv, detectEncoding } from "./decode";

const TEXT = "氏名,生年月日\r\n山田 太郎,昭和60年11月14日\r\n髙橋（はしご高）,平成元年1月8日\r\n";

describe("decodeCsv", () => {
  it("reads UTF-8 with a BOM and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeCsv(bytes)).toStrictEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads UTF-8 without a BOM", () => {
    expect(decodeCsv(new TextEncoder().encode(TEXT))).toStrictEqual({ text: TEXT, encoding: "utf-8" });
  });

  it("reads Shift_JIS as Excel writes it (CP932: 髙 and ～ are outside JIS X 0208)", () => {
    const text = TEXT + "渡邊～,令和2年2月29日\r\n";
    const bytes = new Uint8Array(iconv.encode(text, "cp932"));
    expect(decodeCsv(bytes)).toStrictEqual({ text, encoding: "shift_jis" });
  });

  it("reads UTF-16 with its BOM (Excel's Unicode text)", () => {
    const bytes = new Uint8Array(iconv.encode(TEXT, "utf-16le", { addBOM: true }));
    expect(decodeCsv(bytes)).toStrictEqual({ text: TEXT, encoding: "utf-16le" });
  });

  it("takes plain ASCII as UTF-8", () => {
    expect(detectEncoding(new TextEncoder().encode("name,birthDate\r\nA,1985-11-14\r\n"))).toBe("utf-8");
  });
});
