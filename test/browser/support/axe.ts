/**
 * @module
 * axe-core in a page: the violations of the WCAG 2.0/2.1/2.2 A and AA rules and axe's best
 * practices, one line each (empty when clean): every one ({@link axeViolations}), or the
 * serious and critical ones ({@link seriousViolations}).
 */
import axe from "axe-core";
import type { Page } from "playwright-core";

// axe-core's own bundle as a string (the same file as node_modules/axe-core/axe.js).
const axeSource: string = axe.source;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Every violation, whatever its impact: best-practice findings are mostly "moderate". */
export async function axeViolations(p: Page): Promise<string[]> {
  return (await run(p)).map(line);
}

export async function seriousViolations(p: Page): Promise<string[]> {
  return (await run(p)).filter((v) => v.impact === "serious" || v.impact === "critical").map(line);
}

const line = (v: Violation) =>
  `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`;

async function run(p: Page): Promise<Violation[]> {
  // Injected through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
  await p.evaluate(axeSource);
  return (await p.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return results.violations;
  })) as Violation[];
}
