import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsText } from "./ics.ts";

const octets = (s: string) => new TextEncoder().encode(s).byteLength;

describe("escapeText", () => {
  it("escapes backslash, semicolon, comma and newlines (RFC 5545 §3.3.11)", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = "X".repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds ASCII at 75 octets, continuation lines at 74 plus the space", () => {
    const folded = foldLine("Y".repeat(200));
    expect(folded.split("\r\n").map(octets)).toStrictEqual([75, 75, 52]);
    expect(folded.replaceAll("\r\n ", "")).toBe("Y".repeat(200));
  });

  it("never splits a UTF-8 sequence", () => {
    const line = "SUMMARY:" + "電子証明書の有効期限".repeat(6) + "😀".repeat(10);
    const physical = foldLine(line).split("\r\n");
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(" "))).toBe(true);
    expect(physical.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
  });
});

describe("icsText", () => {
  it("ends every line with CRLF", () => {
    expect(icsText(["A", "B"])).toBe("A\r\nB\r\n");
  });
});
