import { parseTeamDocument, type Team } from "@rolegraph/schema";

/** For the unit tests: a small team from the body of a team file (no version or team lines). */
export function teamOf(body: string, id = "t"): Team {
  const parsed = parseTeamDocument(`version: 1\nteam: { id: ${id}, name: Test team }\n${body}`);
  if (!parsed.ok) throw new Error(`test team is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.team;
}

/** Two roles across one boundary: pm writes a brief in discover that eng reads in build. */
export const PAIR = `
stages: [{ id: discover, name: Discover, output: brief }, { id: build, name: Build }]
roles:
  - { id: pm, name: PM, engagement: { discover: lead }, produces: [{ artifact: brief, stage: discover, cadence: weekly }] }
  - { id: eng, name: Engineer, engagement: { build: lead }, consumes: [{ artifact: brief, stage: build, cadence: weekly }], produces: [{ artifact: code, stage: build }] }
artifacts:
  - { id: brief, name: Brief, format: markdown }
  - { id: code, name: Code, format: git }
agents:
  - { id: scribe, name: Scribe, role: pm, inputs: [brief], access: read-only }
contracts:
  - id: pm-to-eng
    from: pm
    to: eng
    boundary: { from: discover, to: build }
    carries: [brief]
    gates: [{ id: g1, text: Brief has a problem statement, check: { field: problem, present: true } }]
workflows:
  - { id: write-brief, role: pm, stage: discover, handoff: pm-to-eng, steps: [{ name: Draft, writes: [brief], agents: [scribe] }] }
`;
