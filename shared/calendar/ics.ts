/**
 * @module
 * RFC 5545 text: escaping (§3.3.11), line folding at 75 octets (§3.1) without splitting a UTF-8
 * sequence, and CRLF line ends. Knows nothing about certificates.
 */

const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export const escapeText = (text: string): string =>
  text.replace(/[\\;,]/g, (ch) => "\\" + ch).replace(/\r\n|\r|\n/g, "\\n");

/**
 * Folds one content line: at most 75 octets per physical line, continuation lines starting
 * with a space (which counts towards their 75).
 *
 * @example foldLine("DESCRIPTION:" + "あ".repeat(30)) // two lines joined by "\r\n "
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).byteLength <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let currentBytes = 0;
  let limit = 75;
  for (const ch of line) {
    const bytes = ch.codePointAt(0)! < 0x80 ? 1 : ch.codePointAt(0)! < 0x800 ? 2 : ch.codePointAt(0)! < 0x10000 ? 3 : 4;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = "";
      currentBytes = 0;
      limit = 74; // the leading space takes one octet
    }
    current += ch;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Joins content lines into a calendar stream: folded, CRLF-terminated. */
export const icsText = (lines: readonly string[]): string => lines.map(foldLine).join("\r\n") + "\r\n";

/** `2026-03-15` → `20260315` (DATE value, §3.3.4). */
export const icsDate = (iso: string): string => iso.replaceAll("-", "");
