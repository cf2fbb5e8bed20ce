import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlCharacterErrors } from "./control-characters.ts";
import { nestsDeeperThan } from "./json-depth.ts";

describe("nestsDeeperThan", () => {
  it("measures containers, not values", () => {
    expect(nestsDeeperThan("x", 0)).toBe(false);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ items: [{ a: "b" }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ items: [{ a: ["b"] }] }, 3)).toBe(true);
  });

  it("gives the depth of a recursive count, on any JSON text's value", () => {
    /** The reading to match, written as plainly as it is said: containers, counted by recursion. */
    const depthOf = (value: unknown): number =>
      value === null || typeof value !== "object"
        ? 0
        : 1 + Math.max(0, ...(Array.isArray(value) ? value : Object.values(value)).map(depthOf));
    fc.assert(
      fc.property(fc.json({ depthSize: "medium" }), fc.integer({ min: 0, max: 8 }), (text, maxDepth) => {
        const value: unknown = JSON.parse(text);
        expect(nestsDeeperThan(value, maxDepth)).toBe(depthOf(value) > maxDepth);
      }),
    );
  });

  it("reads a key named __proto__ as JSON.parse makes it: an own key", () => {
    const value: unknown = JSON.parse('{"__proto__":{"a":[[]]}}');
    expect(nestsDeeperThan(value, 3)).toBe(true);
    expect(nestsDeeperThan(value, 4)).toBe(false);
  });

  it("survives nesting far deeper than any stack", () => {
    const deep = JSON.parse("[".repeat(100_000) + "]".repeat(100_000));
    expect(nestsDeeperThan(deep, 4)).toBe(true);
  });
});

describe("controlCharacterErrors", () => {
  it("names each string field holding a control, separator or bidi override", () => {
    expect(
      controlCharacterErrors({ a: "2026-03-15", b: "2026\t03", c: "x\u202Ey", d: 5, e: "令和８年" }),
    ).toStrictEqual([
      { field: "b", code: "control_character" },
      { field: "c", code: "control_character" },
    ]);
  });
});
