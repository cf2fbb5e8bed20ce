/**
 * @module
 * How deep a parsed JSON value nests, measured without recursion so that no input can exhaust
 * the stack (the deepest valid body is `{ items: [ { … } ] }`).
 */

/** True when `value` nests deeper than `maxDepth` containers (a bare object is depth 1). */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return false;
}
