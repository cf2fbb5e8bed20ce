/**
 * @module
 * Characters no date can contain and that only cause trouble further on: C0/C1 controls, line
 * and paragraph separators, and bidirectional overrides (which can make text read differently
 * from what it is).
 */
import type { FieldError } from "#shared/rules/result.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/** One `control_character` error for each string field of `record` that holds one. */
export function controlCharacterErrors(record: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const field in record) {
    const value = record[field];
    if (typeof value === "string" && FORBIDDEN.test(value)) errors.push({ field, code: "control_character" });
  }
  return errors;
}
