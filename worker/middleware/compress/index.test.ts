import { describe, expect, it } from "vitest";
import { acceptsGzip } from "./index.ts";

describe("acceptsGzip (RFC 9110 §12.5.3)", () => {
  it.each([
    ["gzip", true],
    ["gzip, deflate, br", true],
    ["br;q=1.0, gzip;q=0.5", true],
    ["x-gzip", true],
    ["*", true],
    ["GZIP", true],
    ["gzip;q=0", false],
    ["*;q=0", false],
    ["br, *;q=0", false],
    ["gzip;q=0, *", false],
    ["identity", false],
    ["br", false],
    ["", false],
  ])("%j → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it("without the header, sends the body as it is", () => {
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
