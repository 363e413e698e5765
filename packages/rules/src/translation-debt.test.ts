import { describe, expect, it } from "vitest";
import { graphOf } from "./testing.ts";
import { translationDebt } from "./translation-debt.ts";

// sales hears the customers (0 boundaries out); pm is 1; arch 2. Two seams: sales->pm (notes), pm->arch (brief).
const team = (contracts: string) => `
roles:
  - { id: sales, name: Sales, consumes: [{ artifact: calls, cadence: weekly }], produces: [{ artifact: notes, cadence: weekly }] }
  - { id: pm, name: PM, consumes: [{ artifact: notes, cadence: weekly }], produces: [{ artifact: brief, cadence: weekly }] }
  - { id: arch, name: Arch, consumes: [{ artifact: brief, cadence: weekly }] }
artifacts:
  - { id: calls, name: Calls, format: text, external: true }
  - { id: notes, name: Notes, format: text }
  - { id: brief, name: Brief, format: text }
${contracts}`;
const contract = (gates: string) =>
  `contracts:\n  - { id: k, from: pm, to: arch, boundary: { from: discover, to: decide }, carries: [brief], requires: [{ field: f, type: text }], gates: ${gates} }`;
const CHECKED = "{ id: c, text: F present, check: { field: f, present: true } }";

describe("translation debt", () => {
  it("prices each uncontracted seam by the boundaries its context has crossed", () => {
    const debt = translationDebt(graphOf(team("")));
    // sales->pm is the 1st boundary (1), pm->arch the 2nd (2).
    expect(debt).toMatchObject({ total: 3, seams: 2, uncovered: 2 });
    expect(debt.boundaries.map((b) => [b.from, b.to, b.debt])).toEqual([["pm", "arch", 2], ["sales", "pm", 1]]);
    expect(debt.boundaries[0]?.seams).toEqual([{ from: "pm", to: "arch", artifact: "brief", boundaries: 2, uncovered: 1, debt: 2 }]);
  });

  it("a checked contract pays the seam off; a preference gate leaves its share", () => {
    expect(translationDebt(graphOf(team(contract(`[${CHECKED}]`))))).toMatchObject({ total: 1, seams: 2, uncovered: 1 });
    const half = translationDebt(graphOf(team(contract(`[${CHECKED}, { id: p, text: good context }]`))));
    expect(half.total).toBe(2);
    expect(half.boundaries[0]?.seams[0]).toMatchObject({ contract: "k", uncovered: 0.5, debt: 1 });
  });

  it("counts what agents read and write as their role's flows", () => {
    const viaAgent = team("").replace("consumes: [{ artifact: brief, cadence: weekly }] }", "}\nagents:\n  - { id: bot, name: Bot, role: arch, inputs: [brief] }");
    expect(translationDebt(graphOf(viaAgent)).boundaries.map((b) => [b.from, b.to, b.debt])).toEqual([["pm", "arch", 2], ["sales", "pm", 1]]);
  });
});
