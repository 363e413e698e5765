import { describe, expect, it } from "vitest";
import { MIX, realisticMix, type OrgIndex } from "./realistic-mix.ts";

const index: OrgIndex = {
  artifacts: Array.from({ length: 200 }, (_, i) => ({ team: `t${i % 4}`, id: `a${i}` })),
  roles: Array.from({ length: 40 }, (_, i) => ({ team: `t${i % 4}`, id: `r${i}` })),
  rolesByTeam: new Map(Array.from({ length: 4 }, (_, t) => [`t${t}`, Array.from({ length: 10 }, (_, k) => `r${t + 4 * k}`)])),
};
const options = { requests: 20_000, seed: 1, s: 1, asOf: "2026-01-15T12:00:00.000Z" };

describe("realisticMix", () => {
  it("is the same for the same seed", () => {
    const a = realisticMix(index, options);
    const b = realisticMix(index, options);
    expect(b.bodies).toEqual(a.bodies);
    expect([...b.sequence]).toEqual([...a.sequence]);
    expect([...realisticMix(index, { ...options, seed: 2 }).sequence]).not.toEqual([...a.sequence]);
  });

  it("sends each read about its share of the time", () => {
    const mix = realisticMix(index, options);
    for (const { read, share } of MIX) {
      const sent = [...mix.sequence].filter((i) => mix.labels[i] === read).length / options.requests;
      expect(Math.abs(sent - share)).toBeLessThan(0.015);
    }
  });

  it("aims artifact reads at a hot head: the most asked artifact about 1/H(200) = 17% of them, most artifacts rarely", () => {
    const mix = realisticMix(index, options);
    const counts = new Map<string, number>();
    let total = 0;
    for (const i of mix.sequence) {
      if (mix.labels[i] !== "consumers") continue;
      const id = (JSON.parse(mix.bodies[i] ?? "{}") as { variables: { id: string } }).variables.id;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      total++;
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect((sorted[0] ?? 0) / total).toBeGreaterThan(0.15);
    expect((sorted[0] ?? 0) / total).toBeLessThan(0.2);
    expect((sorted[0] ?? 0) / (sorted[1] ?? 1)).toBeGreaterThan(1.6);
    expect(counts.size).toBeGreaterThan(150);
  });

  it("chains two roles of the same team, and reports a team's views on the drawn role's team", () => {
    const mix = realisticMix(index, options);
    for (const [i, body] of mix.bodies.entries()) {
      const { variables } = JSON.parse(body) as { variables: Record<string, string> };
      if (mix.labels[i] === "contextChain") {
        expect(variables.from).not.toBe(variables.to);
        expect(index.rolesByTeam.get(variables.team ?? "")).toEqual(expect.arrayContaining([variables.from, variables.to]));
      }
      if (mix.labels[i] === "gapReport") expect(variables.asOf).toBe(options.asOf);
    }
  });
});
