import { describe, expect, it } from "vitest";
import { readFragment, readRenewed, writeFragment } from "./fragment";

describe("readFragment", () => {
  it("reads the contract's examples", () => {
    expect(readFragment("#certificateExpiry=2026-03-15&today=2026-01-10")).toStrictEqual({
      certificateExpiry: "2026-03-15",
      today: "2026-01-10",
    });
    expect(
      readFragment("#birthDate=%E6%98%AD%E5%92%8C60%E5%B9%B411%E6%9C%8814%E6%97%A5&cardExpiry=2031-11-14"),
    ).toStrictEqual({
      birthDate: "昭和60年11月14日",
      cardExpiry: "2031-11-14",
    });
  });
  it("accepts raw (undecoded) Japanese and ignores unknown keys and empty values", () => {
    expect(readFragment("birthDate=昭和60年11月14日&cardExpiry=&x=1")).toStrictEqual({ birthDate: "昭和60年11月14日" });
  });
});

describe("writeFragment", () => {
  it("round-trips", () => {
    const input = { birthDate: "昭和60年 11月14日", cardExpiry: "2031-11-14" };
    expect(writeFragment(input)).not.toContain("+");
    expect(readFragment(writeFragment(input))).toStrictEqual(input);
  });
});

describe("the renewal answer in the fragment (contract.md renewed=yes|no)", () => {
  it("writes はい/いいえ last and reads them back; わからない settles nothing", () => {
    const input = { birthDate: "1980-07-01", cardExpiry: "2031-07-01" };
    expect(writeFragment(input, "yes")).toBe("birthDate=1980-07-01&cardExpiry=2031-07-01&renewed=yes");
    expect(readRenewed(writeFragment(input, "no"))).toBe("no");
    expect(writeFragment(input, "unknown")).toBe("birthDate=1980-07-01&cardExpiry=2031-07-01");
    expect(readRenewed("#renewed=maybe")).toBe(null);
    expect(readFragment("#renewed=yes&birthDate=1980-07-01")).toStrictEqual({ birthDate: "1980-07-01" });
  });
});
