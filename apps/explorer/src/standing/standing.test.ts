import { describe, expect, it } from "vitest";
import { debtShare, nextStep, roleDebt, standsAt, type Adoption } from "./standing.ts";

const adoption = (done: boolean[]): Adoption => ({
  roleId: "pm",
  reached: done.indexOf(false) < 0 ? done.length : done.indexOf(false),
  done: done.filter(Boolean).length,
  steps: done.map((d, i) => ({ step: i + 1, name: `Step ${i + 1}`, done: d, detail: d ? "done" : "missing" })),
});

describe("where a role stands", () => {
  it("names the first step not taken, even when later ones are", () => {
    const a = adoption([true, true, false, true, false, false]);
    expect(nextStep(a)?.step).toBe(3);
    expect(standsAt(a)).toBe("step 2 of 6");
  });

  it("has no next step at the end of the path, and says when nothing is started", () => {
    expect(nextStep(adoption([true, true, true, true, true, true]))).toBeNull();
    expect(standsAt(adoption([true, true, true, true, true, true]))).toBe("all six steps taken");
    expect(standsAt(adoption([false, true, false, false, false, false]))).toBe("not started");
  });

  it("shares a boundary's debt of the team's, bounded", () => {
    expect(debtShare(5, 20)).toBe(0.25);
    expect(debtShare(3, 0)).toBe(0);
  });
});

describe("a role's translation debt", () => {
  const boundaries = [{ from: "pm", to: "arch", debt: 3.2 }, { from: "sales", to: "pm", debt: 1 }, { from: "pm", to: "eng", debt: 4 }, { from: "arch", to: "eng", debt: 2 }];

  it("sums what reaches the role and what it gives, highest boundary first", () => {
    expect(roleDebt(boundaries, "pm")).toEqual({ into: 1, out: 7.2, boundaries: [boundaries[2], boundaries[0], boundaries[1]] });
  });

  it("is nothing for a role on no seam with debt", () => {
    expect(roleDebt(boundaries, "qa")).toEqual({ into: 0, out: 0, boundaries: [] });
  });
});
