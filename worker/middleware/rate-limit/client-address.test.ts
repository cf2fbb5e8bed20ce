import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientSubject } from "./client-address.ts";

const group = fc.integer({ min: 0, max: 0xffff });
const groups = fc.array(group, { minLength: 8, maxLength: 8 });
const full = (g: number[]) => g.map((x) => x.toString(16)).join(":");
/** The RFC 5952 short form: the longest run of zero groups as `::`. */
function short(g: number[]): string {
  let best = [-1, 0];
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > best[1]! && j - i > 1) best = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  if (best[0]! < 0) return full(g);
  const [at, len] = best as [number, number];
  return full(g.slice(0, at)) + "::" + full(g.slice(at + len));
}

describe("clientSubject", () => {
  it("keys IPv6 by the /64, in any spelling", () => {
    expect(clientSubject("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("v6:2001:db8:1:2");
    expect(clientSubject("2001:DB8:1:2::1")).toBe("v6:2001:db8:1:2");
    expect(clientSubject("2001:0db8:0001:0002:0000:0000:0000:0001")).toBe("v6:2001:db8:1:2");
    expect(clientSubject("2001:db8::1")).toBe("v6:2001:db8:0:0");
    expect(clientSubject("::1")).toBe("v6:0:0:0:0");
    expect(clientSubject("fe80::1%eth0")).toBe("v6:fe80:0:0:0");
  });

  it("gives every address of one /64 one subject, and different /64s different ones", () => {
    fc.assert(
      fc.property(groups, groups, (a, b) => {
        const sameNetwork = [...a.slice(0, 4), ...b.slice(4)];
        // Not IPv4-mapped (::ffff:0:0/96), which counts as its IPv4 address.
        fc.pre(!(a.slice(0, 5).every((x) => x === 0) && a[5] === 0xffff));
        expect(clientSubject(short(a))).toBe(clientSubject(full(sameNetwork)));
        expect(clientSubject(full(a)) === clientSubject(full(b))).toBe(a.slice(0, 4).join() === b.slice(0, 4).join());
      }),
    );
  });

  it("counts an IPv4-mapped IPv6 address as its IPv4 address", () => {
    expect(clientSubject("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientSubject("::ffff:c000:201")).toBe("192.0.2.1");
  });

  it("keeps an IPv4 address whole, and names a missing one unknown", () => {
    expect(clientSubject("192.0.2.1")).toBe("192.0.2.1");
    expect(clientSubject("192.0.2.2")).not.toBe(clientSubject("192.0.2.1"));
    expect(clientSubject(undefined)).toBe("unknown");
    expect(clientSubject("")).toBe("unknown");
  });

  it("keeps what is not an address as it is (each such value is its own client)", () => {
    for (const odd of ["1:2:3", "1::2::3", "2001:db8::g", "::ffff:300.1.1.1", "bench-7", "1:2:3:4:5:6:7:8:9"]) {
      expect(clientSubject(odd)).toBe(odd);
    }
  });
});
