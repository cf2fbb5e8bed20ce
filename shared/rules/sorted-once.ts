/**
 * @module
 * A short sorted list of strings with each once, built by insertion: what `[...new Set(list)].sort()`
 * gives, for the engine's lists of a few IDs or dates per answer, where a Set and Array#sort's
 * generic comparison cost several times as much (the rule list, R-COUNTER-2's days).
 */

/** Puts `text` into the sorted list `sorted` (code-unit order, as `sort()`), unless it is there. */
export function insertSortedOnce(sorted: string[], text: string): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > text) i--;
  if (i > 0 && sorted[i - 1] === text) return;
  for (let k = sorted.length; k > i; k--) sorted[k] = sorted[k - 1]!;
  sorted[i] = text;
}
