import { describe, expect, it } from "vitest";
import { brief, run } from "../testing.ts";
import { cadenceMismatch } from "./cadence-mismatch.ts";

const team = (made: string, read: string, second = "") => `
roles:
  - { id: lead, name: Leadership, produces: [{ artifact: report, cadence: ${made} }] }
  - { id: ops, name: Ops, consumes: [{ artifact: report, cadence: ${read}, stage: build }] }
${second}
artifacts:
  - { id: report, name: Report, format: text }`;

describe("cadence-mismatch", () => {
  it("fires when a role reads faster than every producer writes", () => {
    const found = run(cadenceMismatch, team("quarterly", "daily"));
    expect(found.map(brief)).toEqual([{ severity: "warning", subjectId: "report", related: ["ops", "lead"] }]);
    expect(found[0]?.message).toBe("Ops consumes Report daily, but it is made no more often than quarterly (produced by Leadership quarterly)");
    expect(found[0]?.stages).toEqual(["build"]);
  });

  it("does not fire at the same pace or slower, when one producer is fast enough, or for per-cycle and on-event", () => {
    expect(run(cadenceMismatch, team("weekly", "weekly"))).toEqual([]);
    expect(run(cadenceMismatch, team("daily", "monthly"))).toEqual([]);
    expect(run(cadenceMismatch, team("quarterly", "daily", "  - { id: bi, name: BI, produces: [{ artifact: report, cadence: continuous }] }"))).toEqual([]);
    expect(run(cadenceMismatch, team("per-cycle", "daily"))).toEqual([]);
    expect(run(cadenceMismatch, team("quarterly", "on-event"))).toEqual([]);
  });
});
