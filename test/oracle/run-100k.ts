/**
 * The big comparison: N seeded cases through the running Worker's batch API (texts:false, the
 * compact answer) against the oracle. Usage (with `PORT=8760 npm start` running):
 *   node test/oracle/run-100k.ts [N=100000] [seed=1] [port=8760] > out.json
 * Prints each class of difference with its count and its smallest input.
 */
import { compare } from "./compare.ts";
import { generator } from "./generate.ts";
import { oracle } from "./oracle.ts";

const N = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 1);
const port = Number(process.argv[4] ?? 8760);
const next = generator(seed);
const classes = new Map<string, { count: number; input: unknown; engine: unknown; oracle: unknown; size: number }>();
let done = 0;
let engineErrors = 0;
const coverage = new Map<string, number>();
while (done < N) {
  const items = Array.from({ length: Math.min(1000, N - done) }, next);
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/evaluate/batch`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ texts: false, items }),
  });
  if (!res.ok) throw new Error(`batch ${res.status}: ${await res.text()}`);
  const { results } = (await res.json()) as { results: unknown[] };
  results.forEach((engine, k) => {
    const input = items[k];
    const answer = engine as {
      error?: unknown;
      route?: string;
      stage?: string;
      caveats?: { code: string }[];
      certificate?: { basis: string };
    };
    if (answer.error) engineErrors++;
    else {
      const tally = (k: string) => coverage.set(k, (coverage.get(k) ?? 0) + 1);
      tally(`route ${answer.route}`);
      tally(`stage ${answer.stage}`);
      tally(`basis ${answer.certificate?.basis}`);
      for (const c of answer.caveats ?? []) tally(`caveat ${c.code}`);
    }
    for (const d of compare(engine, oracle(input))) {
      const isDate = (x: unknown) => typeof x === "string" && /^\d{4}-\d\d-\d\d$/.test(x);
      // A step difference is one class whatever the rest of the list is.
      const value = d.field.startsWith("nextSteps.")
        ? ""
        : isDate(d.engine) && isDate(d.oracle)
          ? "dates differ"
          : `engine=${JSON.stringify(d.engine)} oracle=${JSON.stringify(d.oracle)}`;
      const key = `${d.field} | ${value}`.slice(0, 200);
      const cls = classes.get(key);
      const size = Object.keys(input).length;
      if (!cls) classes.set(key, { count: 1, input, engine, oracle: oracle(input), size });
      else {
        cls.count++;
        if (size < cls.size) Object.assign(cls, { input, engine, oracle: oracle(input), size });
      }
    }
  });
  done += items.length;
}
const sorted = [...classes.entries()].sort((a, b) => b[1].count - a[1].count);
console.log(
  JSON.stringify(
    {
      N,
      seed,
      engineErrors,
      coverage: Object.fromEntries([...coverage].sort()),
      classes: sorted.map(([k, v]) => ({ key: k, ...v })),
    },
    null,
    1,
  ),
);
console.error(`N=${N} engine errors=${engineErrors} classes=${sorted.length}`);
console.error(
  [...coverage]
    .sort()
    .map(([k, v]) => `${k}: ${v}`)
    .join(", "),
);
for (const [k, v] of sorted) console.error(String(v.count).padStart(6), k);
