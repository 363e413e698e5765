import { describe, expect, it } from "vitest";
import { reportPassedDeadlines } from "../../apps/api/src/db/sla.ts";
import { seedHistory } from "../../apps/api/src/seed-history.ts";
import { listEvents } from "../../apps/api/src/services/events.ts";
import { db, dposTeam, ok } from "../handoffs/fixture.ts";

// The first start's history (seed/dpos-handoffs.json): what a new user sees is the loop.
describe("the seed's runtime history", () => {
  it("shows a failed brief, a resubmission, an override, acknowledgements and a breach", async () => {
    const team = await dposTeam("dpos-seed-history");
    const now = new Date("2026-12-06T08:00:00Z");
    expect(await seedHistory(db, team, now)).toBe(4);
    await reportPassedDeadlines(db, now, { team });
    const events = await listEvents(db, team, null, 100);
    const detail = (d: string | null) => JSON.parse(d ?? "null") as Record<string, unknown>;
    expect(events.filter((e) => e.type !== "SLA_BREACHED").map((e) => [e.type, e.handoff, e.type === "SUBMITTED" ? detail(e.detail).passed : detail(e.detail).overridden ?? null])).toEqual([
      ["SUBMITTED", "pm-to-architect/1", false],
      ["SUBMITTED", "pm-to-architect/2", true],
      ["ACKNOWLEDGED", "pm-to-architect/2", false],
      ["NEXT_STAGE_STARTED", "pm-to-architect/2", false],
      ["SUBMITTED", "architect-to-engineer/1", false],
      ["ACKNOWLEDGED", "architect-to-engineer/1", true],
      ["NEXT_STAGE_STARTED", "architect-to-engineer/1", false],
      ["SUBMITTED", "pm-to-architect/3", true],
    ]);
    // The brief nobody acknowledged breached its SLA; the failed one, resubmitted 10 h later,
    // well within its 24 h, was replaced, not late (db/cypher/sla.ts, claimDeadline).
    expect(events.filter((e) => e.type === "SLA_BREACHED").map((e) => `${e.handoff} ${String(detail(e.detail).deadline)}`).sort()).toEqual([
      "pm-to-architect/3 acknowledge",
    ]);
    const report = await ok<{ team: { gapReport: { findings: { rule: string; subjectId: string }[] } } }>(
      `query($team: ID!) { team(id: $team) { gapReport { findings { rule subjectId } } } }`, { team });
    expect(report.team.gapReport.findings.filter((f) => f.rule === "overridden-gate")).toEqual([{ rule: "overridden-gate", subjectId: "architect-to-engineer/1" }]);
  });
});
