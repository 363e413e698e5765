import type { Team } from "@rolegraph/schema";
import { int, type Db } from "../apps/api/src/db/driver.ts";
import { handoffId, snapshotGates } from "../apps/api/src/handoffs/record.ts";
import type { GeneratedHandoff } from "../seed/generate.ts";

const BATCH = 5_000;

/**
 * Writes generated handoffs straight into the graph with UNWIND, in the shape submitHandoff
 * writes (docs/graph-model.md, "Handoffs"): id `<contract>/<seq>`, JSON payload and gate
 * snapshot, UNDER its contract and SUBMITTED_BY its role. 20,000 submitHandoff mutations
 * would measure the mutation, not build the history the gap rules read. The hints keep the
 * planner on the unique (team, id) indexes: it took the team index for Role and filtered
 * the team's roles on id, for every row.
 */
export async function writeHandoffs(db: Db, teams: readonly Team[], handoffs: readonly GeneratedHandoff[]): Promise<number> {
  const contracts = new Map(teams.flatMap((t) => t.contracts.map((c) => [`${t.team.id}|${c.id}`, c] as const)));
  const rows = handoffs.map((h) => {
    const contract = contracts.get(`${h.team}|${h.contract}`);
    if (!contract) throw new Error(`handoff under unknown contract ${h.team}|${h.contract}`);
    return {
      team: h.team, id: handoffId(h.contract, h.seq), seq: int(h.seq), contract: h.contract, submittedBy: h.submittedBy,
      submittedAt: h.submittedAt, payload: JSON.stringify(h.payload), gateResults: JSON.stringify(snapshotGates(contract, h.gateResults)),
      passed: h.passed, valid: h.valid, payloadErrors: h.valid ? null : JSON.stringify(h.payloadErrors),
      acknowledgedAt: h.acknowledgedAt, acknowledgedBy: h.acknowledgedAt ? contract.to : null, nextStageStartedAt: h.nextStageStartedAt,
    };
  });
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.write((tx) => tx.run(
      `UNWIND $rows AS row
       MATCH (c:Contract {team: row.team, id: row.contract}), (r:Role {team: row.team, id: row.submittedBy})
       USING INDEX c:Contract(team, id) USING INDEX r:Role(team, id)
       CREATE (h:Handoff {team: row.team, id: row.id, seq: row.seq, contractId: row.contract, submittedBy: row.submittedBy,
         submittedAt: row.submittedAt, payload: row.payload, gateResults: row.gateResults, passed: row.passed, valid: row.valid})
       SET h.payloadErrors = row.payloadErrors, h.acknowledgedAt = row.acknowledgedAt, h.acknowledgedBy = row.acknowledgedBy,
         h.nextStageStartedAt = row.nextStageStartedAt
       CREATE (h)-[:UNDER {key: ""}]->(c), (h)-[:SUBMITTED_BY {key: ""}]->(r)`,
      { rows: rows.slice(i, i + BATCH) }));
  }
  return rows.length;
}
