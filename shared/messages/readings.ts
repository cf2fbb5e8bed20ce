/**
 * @module
 * Which reading a result's sentences speak of, read from its caveats, for every language alike.
 */
import type { Evaluation } from "../rules/result.ts";

/** R-AGE-2 at 15: the other reading is "no signature certificate came with the card". */
export const atFifteen = (e: Evaluation): boolean =>
  e.caveats.some((c) => c.code === "ageBoundary" && c.alternatives[0]?.assumption === "noSignatureCertificate");

/** R-INFER-6: the certificate of a stay-limited card may have ended before the card. */
export const mayHaveEndedEarlier = (e: Evaluation): boolean =>
  e.caveats.some((c) => c.code === "periodOfStay" && c.alternatives.length > 0);

/** R-DATE-4: the convention the dates were counted with, and whether a Mar 1 recount follows. */
export function feb29Reading(e: Evaluation): { marchFirst: boolean; recounted: boolean } {
  const caveat = e.caveats.find((c) => c.code === "feb29");
  return { marchFirst: caveat?.convention === "mar1", recounted: (caveat?.alternatives.length ?? 0) > 0 };
}
