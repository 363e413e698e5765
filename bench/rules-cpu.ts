import { fromTeam, RULES, runRules, summarize, teamAdoption, translationDebt, type TeamGraph } from "@rolegraph/rules";
import { generateOrganisation, SIZES, type SizeName } from "../seed/generate.ts";

/**
 * The gap rules' own CPU cost on one team of a size's shape (the size divided by its teams),
 * in memory, no Neo4j: what the rules add to `gapReport`'s database read. Each round builds a
 * fresh graph, as a report after a write does. `npx tsx bench/rules-cpu.ts [S|M|L]`.
 */
const size = (process.argv[2] ?? "L") as SizeName;
const spec = SIZES[size];
const perTeam = (n: number) => Math.max(1, Math.round(n / spec.teams));
const one = { teams: 1, roles: perTeam(spec.roles), artifacts: perTeam(spec.artifacts), flows: perTeam(spec.flows), contracts: perTeam(spec.contracts), agents: perTeam(spec.agents), handoffs: perTeam(spec.handoffs) };
const org = generateOrganisation(one, { seed: 7 });
const doc = org.teams[0];
if (!doc) throw new Error("no team generated");
const asOf = new Date(org.asOf);
const graph = (): TeamGraph => fromTeam(doc);

function time(label: string, work: () => unknown, runs = 200): void {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} p50 ${ms[Math.floor(runs / 2)]?.toFixed(2)} ms  p95 ${ms[Math.floor(runs * 0.95)]?.toFixed(2)} ms`);
}

console.log(`one ${size}-shaped team:`, JSON.stringify(one));
time("graph built", graph);
time("graph + every rule", () => runRules(graph(), asOf));
time("graph + every rule + summarize (report)", () => { const g = graph(); return summarize(g, runRules(g, asOf), asOf); });
time("graph + adoption", () => teamAdoption(graph()));
time("graph + translation debt", () => translationDebt(graph()));
for (const rule of RULES) time(`graph + ${rule.id}`, () => rule.check(graph(), asOf), 50);
