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
