import { afterAll, expect } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "../helpers.ts";

/** One driver and app per test file; the DPOS teams a file imports are deleted when it ends. */
export const db = testDb();
export const { gql } = testApp(db);
const created: string[] = [];
afterAll(async () => {
  for (const id of created) await deleteTeam(db, id, true);
  await db.close();
});

export async function dposTeam(prefix: string): Promise<string> {
  const id = uniqueTeamId(prefix);
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", id));
  created.push(id);
  return id;
}

/** A query that must succeed: its data, or the test fails with the errors. */
export async function ok<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(query, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return result.data;
}

/** The error codes of a query that must fail. */
export async function codes(query: string, variables: Record<string, unknown>): Promise<(string | undefined)[]> {
  const result = await gql(query, variables);
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

export const SUBMIT = `mutation($team: ID!, $contract: ID!, $payload: JSON!, $at: DateTime, $by: ID, $key: String) {
  submitHandoff(team: $team, contract: $contract, payload: $payload, submittedAt: $at, submittedBy: $by, idempotencyKey: $key) {
    id submittedAt passed valid
  } }`;
export interface Submitted { id: string; submittedAt: string; passed: boolean; valid: boolean }

/** A Problem Brief that passes every checkable gate of pm-to-architect. */
export const GOOD_BRIEF = {
  customer_problem: "Analysts wait two days for a cohort extract",
  evidence: ["12 support tickets in Q1", "Interview: 'I rebuild the cohort by hand'", "Extract queue p50 is 46 h"],
  business_rationale: "Cohort analysis is the portfolio's top renewal driver",
  success_criteria: ["Time to first cohort under 10 minutes", "80% of analysts self-serve within 2 cycles"],
  constraints: ["HIPAA: no row-level export"],
  priority_confirmed_by: "Dana Reyes (portfolio owner)",
  ethical_considerations: "Cohorts under 11 patients are suppressed",
};
