// What the checker and list pages download, read from site/dist as the browser project's setup
// built it (no browser needed): the scripts each page loads, with every chunk they import. The
// 「窓口へ」 reminder date comes from the API (certificate.counterReminderDay, R-COUNTER-1), so no
// page carries the holiday calendar (shared/holidays, R-COUNTER-2); the calendar's events they
// still build (shared/calendar/events.ts) are there, reading that field.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { holidaysByLaw } from "#shared/holidays/law.ts";
import { builtPages } from "./support/site.ts";

const dist = new URL("../../site/dist/", import.meta.url).pathname;

/** The text of every module a page loads: its module scripts and the chunks they import. */
function pageScripts(path: string): string[] {
  const html = readFileSync(join(dist, path, "index.html"), "utf8");
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, "utf8");
    seen.set(file, text);
    for (const [, spec] of text.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g))
      visit(spec!.startsWith("/") ? join(dist, spec!) : resolve(dirname(file), spec!));
  };
  for (const [, src] of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) visit(join(dist, src!));
  return [...seen.values()];
}

const PAGES = builtPages().filter((path) => /(^|\/)(check|list)\/$/.test(path));

describe.each(PAGES)("%s", (path) => {
  const scripts = pageScripts(path);

  it("loads the shared calendar's events, read from the answer, without the holiday calendar", () => {
    const all = scripts.join("\n");
    expect(all).toContain("counterReminderDay");
    // The calendar is the law as code (shared/holidays/law.ts; dataset.ts holds only the years the
    // dataset has apart from it): its kinds of holiday are string literals that minifying keeps.
    const kinds = new Set(holidaysByLaw(2021).map((h) => h.kind));
    expect(kinds).toContain("happyMonday");
    for (const kind of ["happyMonday", "substitute", "citizens"])
      expect(all.includes(`"${kind}"`), `law.ts's "${kind}"`).toBe(false);
  });
});

it("finds the checker and list pages of every language that has them", () => {
  expect(PAGES).toContain("/check/");
  expect(PAGES).toContain("/list/");
  expect(PAGES.length).toBeGreaterThanOrEqual(12);
});
