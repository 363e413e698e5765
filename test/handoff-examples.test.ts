import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluateHandoff, parseTeamDocument } from "@rolegraph/schema";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

// Every seeded contract has a payload example in seed/examples/handoffs/ (<contract>.json, or
// <team-file>-<contract>.json where two seeded teams share a contract id) that passes its
// gates: what the README's `rolegraph handoff submit` example sends.
const TEAMS = { "dpos-data-team": "seed/dpos-data-team.yaml", startup: "seed/examples/startup-team.yaml", platform: "seed/examples/platform-team.yaml" };
const DIR = join(ROOT, "seed/examples/handoffs");

describe("payload examples of the seeded contracts", () => {
  const contracts = Object.entries(TEAMS).flatMap(([prefix, file]) => {
    const parsed = parseTeamDocument(readFileSync(join(ROOT, file), "utf8"));
    if (!parsed.ok) throw new Error(`${file} is invalid`);
    return (parsed.team.contracts ?? []).map((contract) => ({ prefix, file, contract }));
  });

  it("there is one for every contract, and no stray one", () => {
    const expected = contracts.map(({ prefix, contract }) => (existsSync(join(DIR, `${contract.id}.json`)) && prefix === "dpos-data-team") || prefix === "platform" ? `${contract.id}.json` : `${prefix}-${contract.id}.json`);
    expect(readdirSync(DIR).sort()).toEqual([...new Set(expected)].sort());
  });

  it.each(contracts.map((c) => [`${c.file} ${c.contract.id}`, c] as const))("%s: the example passes every gate", (_name, { prefix, contract }) => {
    const own = join(DIR, `${prefix}-${contract.id}.json`);
    const payload = JSON.parse(readFileSync(existsSync(own) ? own : join(DIR, `${contract.id}.json`), "utf8")) as unknown;
    const evaluation = evaluateHandoff(contract, payload, new Date("2026-03-01T09:00:00Z"));
    expect(evaluation.valid, JSON.stringify(evaluation)).toBe(true);
    const checked = evaluation.gates.filter((gate) => gate.status !== "UNCHECKED");
    expect(checked.filter((gate) => gate.status !== "PASSED")).toEqual([]);
  });
});
