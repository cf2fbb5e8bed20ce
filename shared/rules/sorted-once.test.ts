// insertSortedOnce against what it stands for: `[...new Set(list)].sort()`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertSortedOnce } from "./sorted-once.ts";

describe("insertSortedOnce", () => {
  it("builds the sorted list of each string once, as a Set and sort() do", () => {
    // Few distinct short strings, so that repeats and shared prefixes are common (rule IDs, dates).
    const text = fc.oneof(
      fc.constantFrom("R-INS-1", "R-INS-10", "R-INS-2", "2027-12-28", "2028-04-28", ""),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (list) => {
        const sorted: string[] = [];
        for (const item of list) insertSortedOnce(sorted, item);
        expect(sorted).toStrictEqual([...new Set(list)].sort());
      }),
      { numRuns: 5000 },
    );
  });
});
