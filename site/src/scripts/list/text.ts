/**
 * @module
 * Filling the list page's content strings: `{n}`, `{date}`, … (content/list.ts). Only the named
 * keys are replaced, so ruby markup `{漢字|かんじ}` passes through untouched.
 */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
