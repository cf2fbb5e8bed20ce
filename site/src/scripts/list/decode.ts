/**
 * @module
 * The bytes of a CSV file as text, in the encodings Japanese offices have: UTF-8 with or without
 * a BOM, UTF-16 (Excel's "Unicode text", with its BOM), and Shift_JIS as Excel writes it (CP932,
 * which the WHATWG "shift_jis" decoder is). Without a BOM the file is UTF-8 if it decodes as
 * UTF-8 without an error (Shift_JIS text with kana or kanji almost never does), else Shift_JIS.
 */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "shift_jis";

export function detectEncoding(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "shift_jis";
  }
}

/** The text (without its BOM) and the encoding it was read in, for the preview to name. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const encoding = detectEncoding(bytes);
  // TextDecoder drops a leading BOM of its own encoding (ignoreBOM defaults to false).
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}
