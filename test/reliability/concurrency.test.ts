import { parseTeamDocument, type Team } from "@rolegraph/schema";
import { afterAll, describe, expect, it } from "vitest";
import { deleteTeam, exportTeam } from "../../apps/api/src/db/team-store.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, testDb, uniqueTeamId } from "../helpers.ts";
import { figures, sized } from "./harness.ts";

// Imports racing imports, and an import racing reads and handoff submissions: the team ends
// as one of the documents, whole, and every handoff is recorded exactly once.

const db = testDb();
const { gql } = testApp(db);
const teams: string[] = [];
afterAll(async () => {
  for (const t of teams) await deleteTeam(db, t, true);
  await db.close();
});

const IMPORT = `mutation($doc: String!) { importTeam(document: $doc) { changed errors { message } } }`;
/** Two rather different versions of one team: names, a role more or less, a flow moved. */
function versions(team: string): [Team, Team] {
  const base = loadTeam("seed/examples/startup-team.yaml", team);
  const a = { ...base, team: { ...base.team, name: "Version A" } };
  const b: Team = {
    ...base, team: { ...base.team, name: "Version B", description: "the other one" },
    roles: [...base.roles.map((r) => ({ ...r, name: `${r.name} (B)` })), { id: "observer", name: "Observer", engagement: {}, consumes: [], produces: [] }],
    artifacts: base.artifacts.map((x) => ({ ...x, format: `${x.format ?? "text"} (B)` })),
  };
  return [a, b];
}
const canonicalTeam = (t: unknown) => {
  const parsed = parseTeamDocument(JSON.stringify(t));
  return parsed.ok ? JSON.stringify(parsed.team) : `invalid: ${JSON.stringify(parsed.errors)}`;
};
async function whichVersion(team: string, options: Team[]): Promise<number> {
  const now = canonicalTeam(await exportTeam(db, team));
  return options.findIndex((o) => canonicalTeam(o) === now);
}

describe("concurrency", () => {
  it("two imports of the same team at once, new or existing: both answer, the team is one of the two, whole", async () => {
    const rounds = sized(6, 40);
    let wholeEnds = 0;
    const errors: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const team = uniqueTeamId("rel-race");
      teams.push(team);
      const [a, b] = versions(team);
      // Odd rounds race on a team that exists; even ones on a brand-new team (no node to lock yet).
      if (round % 2 === 1) expect((await gql(IMPORT, { doc: JSON.stringify(a) })).errors).toBeUndefined();
      const answers = await Promise.all([a, b].map((doc) => gql<{ importTeam: { errors: unknown[] } }>(IMPORT, { doc: JSON.stringify(doc) })));
      for (const answer of answers) {
        if (answer.errors || answer.data?.importTeam.errors.length) errors.push(`round ${round}: ${JSON.stringify(answer.errors ?? answer.data?.importTeam.errors).slice(0, 300)}`);
      }
      if ((await whichVersion(team, [a, b])) >= 0) wholeEnds++;
    }
    figures("concurrency (import vs import)", `races ${rounds} (half on a new team), both imports answered without error ${rounds - new Set(errors.map((e) => e.split(":")[0])).size}, ` +
      `ended as one document whole ${wholeEnds}`);
    expect(errors).toEqual([]);
    expect(wholeEnds).toBe(rounds);
  });

  it("an import during a stream of reads and handoff submissions: no handoff lost or doubled, the team whole", async () => {
    const team = uniqueTeamId("rel-stream");
    teams.push(team);
    const [a, b] = versions(team);
    expect((await gql(IMPORT, { doc: JSON.stringify(a) })).errors).toBeUndefined();
    const contract = a.contracts[0]?.id ?? "";
    const submissions = sized(80, 600);
    const reads = sized(80, 600);
    const imports = sized(6, 30);
    const submit = `mutation($team: ID!, $c: ID!, $key: String, $p: JSON!) { submitHandoff(team: $team, contract: $c, payload: $p, idempotencyKey: $key) { id } }`;
    const read = `query($team: ID!) { team(id: $team) { name roles { id name consumes { artifact { id } } } contracts { id handoffs { id } } } }`;
    const started = performance.now();
    const results = await Promise.all([
      // 8 clients submitting, 4 reading, 1 importing A and B in turn, all at once.
      ...Array.from({ length: 8 }, async (_, c) => {
        const out: { key: string; id?: string; error?: string }[] = [];
        for (let i = c; i < submissions; i += 8) {
          const key = `stream-${i}`;
          const answer = await gql<{ submitHandoff: { id: string } }>(submit, { team, c: contract, key, p: { n: i } });
          out.push({ key, ...(answer.data ? { id: answer.data.submitHandoff.id } : {}), ...(answer.errors ? { error: JSON.stringify(answer.errors) } : {}) });
          // Every fourth one is retried with its key, as a client that lost the answer would.
          if (i % 4 === 0) {
            const again = await gql<{ submitHandoff: { id: string } }>(submit, { team, c: contract, key, p: { n: i } });
            if (again.data?.submitHandoff.id !== answer.data?.submitHandoff.id) out.push({ key, error: `retry answered ${JSON.stringify(again)}` });
          }
        }
        return out;
      }),
      ...Array.from({ length: 4 }, async (_, c) => {
        const out: { key: string; error?: string }[] = [];
        for (let i = c; i < reads; i += 4) {
          const answer = await gql(read, { team });
          if (answer.errors || !answer.data?.team) out.push({ key: `read-${i}`, error: JSON.stringify(answer.errors ?? "no team") });
        }
        return out;
      }),
      (async () => {
        const out: { key: string; error?: string }[] = [];
        for (let i = 0; i < imports; i++) {
          const answer = await gql<{ importTeam: { errors: unknown[] } }>(IMPORT, { doc: JSON.stringify(i % 2 === 0 ? b : a) });
          if (answer.errors || answer.data?.importTeam.errors.length) out.push({ key: `import-${i}`, error: JSON.stringify(answer.errors ?? answer.data?.importTeam.errors) });
        }
        return out;
      })(),
    ]);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const all = results.flat();
    const failures = all.filter((r) => r.error);
    expect(failures.map((f) => `${f.key}: ${f.error?.slice(0, 300)}`)).toEqual([]);

    const acknowledged = all.filter((r): r is { key: string; id: string } => "id" in r && typeof r.id === "string");
    const rows = await db.query<{ key: string; id: string; seq: number; under: number }>(
      `MATCH (h:Handoff {team: $team}) RETURN h.idempotencyKey AS key, h.id AS id, h.seq AS seq, COUNT { (h)-[:UNDER]->(:Contract {id: $c}) } AS under`, { team, c: contract });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const lost = acknowledged.filter((r) => byKey.get(r.key)?.id !== r.id);
    const doubled = rows.length - new Set(rows.map((r) => r.key)).size;
    const detached = rows.filter((r) => r.under !== 1).length;
    expect(lost).toEqual([]);
    expect(doubled).toBe(0);
    expect(rows.length).toBe(submissions);
    expect(detached).toBe(0);
    expect(rows.map((r) => r.seq).sort((x, y) => x - y)).toEqual(Array.from({ length: submissions }, (_, i) => i + 1));
    const version = await whichVersion(team, [a, b]);
    expect(version).toBe((imports - 1) % 2 === 0 ? 1 : 0);
    figures("concurrency (import during reads and submissions)", `${submissions} submissions (+${Math.ceil(submissions / 4)} retries with their key), ${reads} reads, ${imports} imports at once in ${seconds} s: ` +
      `errors ${failures.length}, handoffs acknowledged ${acknowledged.length}, stored ${rows.length}, lost ${lost.length}, doubled ${doubled}, detached from their contract ${detached}, ` +
      `numbers 1..${submissions} without gaps, team whole as the last import's version`);
  });
});
