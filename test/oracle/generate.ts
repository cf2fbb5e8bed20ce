/**
 * Seeded random but realistic inputs for the oracle comparison: birth dates 1920–2025 (Feb 29
 * and era edges included), cards issued from 2016, faces on and off birthdays, stay-limited
 * cards, typed certificate dates near their windows, todays 2024–2036 with year-end days and
 * month ends.
 */
import { addMonths, type Day, day, daysInMonth, iso, parseIso, ymd } from "./days.ts";
import { cardFor, firstCertificateFor, type OracleInput, oracle, windowStart } from "./oracle.ts";

/** mulberry32: a small seeded PRNG, so that a failing case can be found again from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generator(seed: number): () => OracleInput {
  const r = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const chance = (p: number) => r() < p;
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const between = (lo: Day, hi: Day) => (hi <= lo ? lo : int(lo, hi));

  function today(): Day {
    const y = int(2024, 2036);
    const special = r();
    if (special < 0.1) return day(y, 12, int(26, 31)) + (chance(0.3) ? 5 : 0); // year end, new year
    if (special < 0.2) {
      const m = int(1, 12);
      return day(y, m, daysInMonth(y, m)) + int(-1, 1);
    }
    if (special < 0.25) return day(y, 2, 28) + int(0, 2);
    return between(day(2024, 1, 1), day(2036, 12, 31));
  }

  function birth(t: Day): Day {
    const s = r();
    let b: Day;
    if (s < 0.04) b = day(pick([1920, 1924, 1948, 1960, 1980, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024]), 2, 29);
    else if (s < 0.07) b = parseIso(pick(["1926-12-24", "1926-12-25", "1926-12-26", "1989-01-07", "1989-01-08"]));
    else if (s < 0.15) {
      const y = int(1920, 2025);
      const m = int(1, 12);
      b = day(y, m, pick([1, daysInMonth(y, m)]));
    } else if (s < 0.55)
      b = between(day(1995, 1, 1), day(2025, 12, 31)); // the ages where the rules bend
    else b = between(day(1920, 1, 1), day(2025, 12, 31));
    if (b > t && !chance(0.01)) b = t - int(0, 365 * 30);
    return b;
  }

  /** A card issue day, often on a boundary that matters (attain days, the 2022 change). */
  function issue(b: Day, t: Day): Day {
    const [by, bm, bd] = ymd(b);
    const lo = Math.max(b, day(2016, 1, 1));
    const s = r();
    let i: Day;
    if (s < 0.3) {
      const n = pick([15, 18, 20, int(1, 80)]);
      const bday = day(by + n, bm, Math.min(bd, daysInMonth(by + n, bm)));
      i = bday + int(-2, 1);
    } else if (s < 0.4) i = pick([day(2022, 4, 1), day(2022, 9, 30)]) + int(-3, 3);
    else i = between(lo, t);
    if ((i < lo || i > t) && !chance(0.02)) i = between(lo, t);
    return i;
  }

  return () => {
    const t = today();
    const input: OracleInput = { today: iso(t) };
    const route = r();
    if (route < 0.15) {
      const s = r();
      let e: Day;
      if (s < 0.3) e = addMonths(t, int(-8, 8)) + int(-3, 3);
      else if (s < 0.45) {
        const y = int(2019, 2046);
        const m = int(1, 12);
        e = day(y, m, daysInMonth(y, m)) - int(0, 3); // month ends (R-RENEW-1's clamp)
      } else if (s < 0.55)
        e = between(day(2047, 1, 1), day(2110, 12, 31)); // holidays by rule, past 2099
      else e = between(day(2019, 1, 1), day(2046, 12, 31));
      input.certificateExpiry = iso(e);
      return input;
    }
    const b = birth(t);
    input.birthDate = iso(b);
    const i = issue(b, t);
    let application: Day | undefined;
    if (chance(0.15)) {
      application = i - int(0, 120);
      input.applicationReceivedOn = iso(application);
    }
    const valid = i >= Math.max(b, day(2016, 1, 1)) && i <= t;
    const card = valid
      ? parseIso(cardFor(iso(b), iso(i), application === undefined ? undefined : iso(application)))
      : t;
    const face = route < 0.57;
    if (face) {
      const s = r();
      if (s < 0.75 || !valid) input.cardExpiry = iso(card);
      else if (s < 0.85) {
        // any birthday, possible or not (R-INFER-1's bands and test)
        const [by, bm, bd] = ymd(b);
        const y = by + int(5, 45);
        input.cardExpiry = iso(
          day(y, bm, Math.min(bd, daysInMonth(y, bm))) + (bd === 29 && bm === 2 && chance(0.5) ? 1 : 0),
        );
      } else if (s < 0.9)
        input.cardExpiry = iso(card + int(-40, 40)); // a typo (R-INFER-4)
      else {
        const stay = i + int(30, 365 * 5);
        input.cardExpiry = iso(Math.min(stay, card));
        if (chance(0.7)) input.periodOfStayEndsOn = iso(stay);
      }
    } else {
      input.cardIssuedOn = iso(i);
      if (chance(0.1)) input.periodOfStayEndsOn = iso(i + int(30, 365 * 6));
      if (chance(0.08)) input.cardExpiry = iso(chance(0.8) ? card : card + int(-400, 400));
    }
    if (chance(0.15) && valid) {
      const w = windowStart(parseIso(firstCertificateFor(iso(b), iso(i), iso(card))));
      const j = chance(0.5) ? w + int(-9, 3) : between(i, Math.min(t, card));
      input.certificateIssuedOn = iso(Math.min(j, t));
    } else if (chance(0.03)) input.certificateExpiry = iso(between(i, card));
    // A quarter of the cases: today moved onto a boundary of the answer (window, expiry, grace,
    // the other reading's, the card's), where R-INS-2, R-INFER-3/5 and the next steps switch.
    if (chance(0.25)) {
      const answer = oracle(input);
      if (!("errors" in answer)) {
        const c = answer.certificate;
        const alts = answer.caveats.flatMap((x) => x.alternatives.map((a) => [a.certificateExpiresOn, a.graceEndsOn]));
        // The card's own window too (R-CARD-6), where the next steps turn to the card.
        const card = answer.card === null ? [] : [answer.card.expiresOn, answer.card.renewalOpensOn];
        const dates = [c.renewalOpensOn, c.expiresOn, c.graceEndsOn, ...card, ...alts.flat()];
        const moved = parseIso(pick(dates)) + int(-1, 1);
        if (moved >= i) input.today = iso(moved);
      }
    }
    return input;
  };
}
