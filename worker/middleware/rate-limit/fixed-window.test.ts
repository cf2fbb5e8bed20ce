import { describe, expect, it } from "vitest";
import { fixedWindowLimiter } from "./fixed-window.ts";

const MINUTE = 60_000;

async function send(limiter: RateLimit, key: string, times: number): Promise<boolean[]> {
  const outcomes = [];
  for (let i = 0; i < times; i++) outcomes.push((await limiter.limit({ key })).success);
  return outcomes;
}

describe("fixedWindowLimiter (the binding's contract, in memory)", () => {
  it("lets `limit` requests through in a window, then refuses until it ends", async () => {
    let now = 10 * MINUTE + 1_000;
    const limiter = fixedWindowLimiter({ limit: 600, period: 60, now: () => now });
    const outcomes = await send(limiter, "a", 601);
    expect(outcomes.slice(0, 600).every(Boolean)).toBe(true);
    expect(outcomes[600]).toBe(false);
    now = 11 * MINUTE - 1;
    expect(await send(limiter, "a", 1)).toStrictEqual([false]);
    now = 11 * MINUTE;
    expect(await send(limiter, "a", 1)).toStrictEqual([true]);
  });

  it("lets up to twice the limit through across a window boundary (documented)", async () => {
    let now = 11 * MINUTE - 1_000;
    const limiter = fixedWindowLimiter({ limit: 600, period: 60, now: () => now });
    const before = await send(limiter, "a", 600);
    now = 11 * MINUTE + 1_000; // two seconds later
    const after = await send(limiter, "a", 601);
    expect([...before, ...after].filter(Boolean).length).toBe(1_200);
  });

  it("counts clients separately", async () => {
    const limiter = fixedWindowLimiter({ limit: 2, period: 60, now: () => 0 });
    expect(await send(limiter, "a", 3)).toStrictEqual([true, true, false]);
    expect(await send(limiter, "b", 2)).toStrictEqual([true, true]);
  });

  it("bounds its memory: new clients beyond maxKeys share one budget until the window ends", async () => {
    let now = 0;
    const limiter = fixedWindowLimiter({ limit: 2, period: 60, maxKeys: 3, now: () => now });
    for (const key of ["a", "b", "c"]) expect(await send(limiter, key, 1)).toStrictEqual([true]);
    expect(await send(limiter, "d", 1)).toStrictEqual([true]);
    expect(await send(limiter, "e", 1)).toStrictEqual([true]);
    expect(await send(limiter, "f", 1)).toStrictEqual([false]);
    expect(await send(limiter, "a", 1)).toStrictEqual([true]); // a known client keeps its own
    now = MINUTE;
    expect(await send(limiter, "f", 1)).toStrictEqual([true]);
  });
});
