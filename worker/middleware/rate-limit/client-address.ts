/**
 * @module
 * Which client a request counts against. The address is `CF-Connecting-IP`, which Cloudflare's
 * edge sets on every request (a client cannot choose it there). Where it is absent (plain
 * workerd without a proxy that sets it: `npm start` removes any the client sends), every such
 * request shares one budget, named `unknown`.
 *
 * IPv6 clients count by their /64: one host or home network is usually given a whole /64
 * (RFC 6177), so keying by the full address would give it 2^64 budgets of its own.
 */

/** The eight 16-bit groups of an IPv6 address, or `null` when it is not one. */
function ipv6Groups(address: string): number[] | null {
  let text = address.trim().toLowerCase();
  const zone = text.indexOf("%");
  if (zone >= 0) text = text.slice(0, zone);
  if (!/^[0-9a-f:.]+$/.test(text)) return null;
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two groups.
  const v4 = text.match(/^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) {
    const octets = v4.slice(2).map(Number);
    if (octets.some((o) => o > 255)) return null;
    text = v4[1] + ((octets[0]! << 8) | octets[1]!).toString(16) + ":" + ((octets[2]! << 8) | octets[3]!).toString(16);
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const part = (s: string) => (s === "" ? [] : s.split(":"));
  const head = part(halves[0]!);
  const tail = halves.length === 2 ? part(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

/**
 * The rate-limit subject for an address: `v6:` and the /64 prefix for IPv6 (an IPv4-mapped
 * address counts as its IPv4), the address itself otherwise, `unknown` when there is none.
 *
 * @example clientSubject("2001:db8:1:2:aaaa::1") // "v6:2001:db8:1:2"
 */
export function clientSubject(address: string | undefined): string {
  if (!address) return "unknown";
  const groups = address.includes(":") ? ipv6Groups(address) : null;
  if (!groups) return address.trim();
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
  return (
    "v6:" +
    groups
      .slice(0, 4)
      .map((g) => g.toString(16))
      .join(":")
  );
}
