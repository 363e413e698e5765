import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTeamDocument } from "@rolegraph/schema";
import { afterAll, describe, expect, it } from "vitest";
import { compositionGraphOf } from "../apps/api/src/composition/from-team.ts";
import { readTeamGraph } from "../apps/api/src/db/composition.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { testApp } from "./api-helpers.ts";
import { ROOT, testDb, uniqueTeamId } from "./helpers.ts";

let db = testDb();
let { gql } = testApp(db);
afterAll(() => db.close());

const startup = readFileSync(join(ROOT, "seed", "examples", "startup-team.yaml"), "utf8");
const proposed = readFileSync(join(ROOT, "seed", "examples", "changes", "startup-team-pr.yaml"), "utf8");
const withId = (text: string, id: string) => text.replace(/^ {2}id: startup-team$/m, `  id: ${id}`);

const IMPORT = `mutation($doc: String!, $dry: Boolean) { importTeam(document: $doc, dryRun: $dry) { changed errors { path } } }`;
const VERSIONS = `query($id: ID!) { team(id: $id) { versions { number importedAt importedBy added removed changed } } }`;
const DIFF_FIELDS = `changes { op kind id field before after } findingsIntroduced { rule subjectKind subjectId } findingsResolved { rule subjectKind subjectId } scoreBefore scoreAfter brokenDependents { cadence }`;

async function versions(id: string) {
  const r = await gql<{ team: { versions: { number: number; importedBy: string; added: number; removed: number; changed: number }[] } }>(VERSIONS, { id });
  expect(r.errors).toBeUndefined();
  return r.data?.team.versions ?? [];
}

/** Everything the graph holds of the team: nodes with labels and properties, relationships with theirs, sorted. */
async function dump(team: string, atLeast = 20): Promise<string> {
  const rows = await db.query<{ n: Record<string, unknown>; labels: string[]; out: unknown[] }>(
    `MATCH (n {team: $team}) RETURN properties(n) AS n, labels(n) AS labels,
       COLLECT { MATCH (n)-[r]->(m) RETURN [type(r), labels(m), m.id, properties(r)] } AS out`, { team });
  const canon = (v: unknown): unknown => (Array.isArray(v) ? v.map(canon)
    : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canon(x)])) : v);
  const lines = rows.map((r) => JSON.stringify(canon(r))).sort();
  expect(lines.length).toBeGreaterThan(atLeast);
  return lines.join("\n");
}

describe("versions", () => {
  const id = uniqueTeamId("history");
  const v1 = withId(startup, id);
  const v2 = withId(proposed, id);

  it("are recorded by every import that changes the team, and by no other", async () => {
    expect((await gql(IMPORT, { doc: v1 })).data).toMatchObject({ importTeam: { changed: true } });
    expect(await versions(id)).toMatchObject([{ number: 1, importedBy: "local", removed: 0, changed: 0 }]);
    expect((await versions(id))[0]?.added).toBe(1 + 6 + 4 + 8 + 1 + 1); // team, stages, roles, artifacts, agent, contract

    // The same document again, a dry run of the next, and an invalid one: no version.
    expect((await gql(IMPORT, { doc: v1 })).data).toMatchObject({ importTeam: { changed: false } });
    expect((await gql(IMPORT, { doc: v2, dry: true })).data).toMatchObject({ importTeam: { changed: true } });
    expect((await gql<{ importTeam: { errors: unknown[] } }>(IMPORT, { doc: v2.replace("version: 1", "version: 2") })).data?.importTeam.errors).not.toEqual([]);
    expect((await versions(id)).map((v) => v.number)).toEqual([1]);

    expect((await gql(IMPORT, { doc: v2 })).data).toMatchObject({ importTeam: { changed: true } });
    const list = await versions(id);
    expect(list.map((v) => v.number)).toEqual([2, 1]);
    expect(list[0]).toMatchObject({ added: 2, removed: 0 });
    expect(list[0]?.changed).toBeGreaterThan(0);
  });

  it("keep the document byte for byte and report the gaps as the version stood", async () => {
    const r = await gql<{ team: { v1: { document: string; gapReport: { score: number; findings: { rule: string; subjectId: string }[] } }; none: null } }>(
      `query($id: ID!) { team(id: $id) { v1: version(number: 1) { document gapReport { score findings { rule subjectId } } } none: version(number: 9) { number } } }`, { id });
    expect(r.errors).toBeUndefined();
    expect(r.data?.team.v1.document).toBe(v1);
    expect(r.data?.team.none).toBeNull();
    // The example's planted findings, exactly (its header lists them).
    const planted = [...startup.matchAll(/^# planted: (\S+) (\S+)$/gm)].map((m) => `${m[1]} ${m[2]}`).sort();
    expect(r.data?.team.v1.gapReport.findings.map((f) => `${f.rule} ${f.subjectId}`).sort()).toEqual(planted);
  });

  it("store the document compressed, and still read a version stored as text before that", async () => {
    const [stored] = await db.query<{ noText: boolean; size: number }>(
      "MATCH (v:TeamVersion {team: $id, number: 1}) RETURN v.document IS NULL AS noText, size(v.documentGz) AS size", { id });
    expect(stored?.noText).toBe(true);
    expect(stored?.size).toBeGreaterThan(0);
    expect(stored?.size).toBeLessThan(Buffer.byteLength(v1) / 2);
    // A version recorded before compression: `document` as text, no `documentGz`.
    await db.write((tx) => tx.run("MATCH (v:TeamVersion {team: $id, number: 1}) SET v.document = $text REMOVE v.documentGz", { id, text: v1 }));
    const r = await gql<{ team: { version: { document: string } } }>(`query($id: ID!) { team(id: $id) { version(number: 1) { document } } }`, { id });
    expect(r.data?.team.version.document).toBe(v1);
  });

  it("diff two versions: the changes, the findings resolved and introduced, both scores", async () => {
    const r = await gql<{ team: { diff: { changes: { op: string; kind: string; id: string; field: string | null }[]; findingsResolved: { rule: string; subjectId: string }[]; findingsIntroduced: { rule: string; subjectId: string }[]; scoreBefore: number; scoreAfter: number; brokenDependents: unknown[] }; now: { changes: unknown[] } } }>(
      `query($id: ID!) { team(id: $id) { diff(from: 1, to: 2) { ${DIFF_FIELDS} } now: diff(from: 2) { changes { id } } } }`, { id });
    expect(r.errors).toBeUndefined();
    const d = r.data?.team.diff;
    expect(d?.changes.filter((c) => c.op === "ADDED").map((c) => `${c.kind}:${c.id}`).sort()).toEqual(["ARTIFACT:weekly-pipeline", "CONTRACT:founder-to-engineer"]);
    expect(d?.changes).toContainEqual(expect.objectContaining({ op: "CHANGED", kind: "ARTIFACT", id: "roadmap", field: "format" }));
    expect(d?.findingsResolved.map((f) => `${f.rule} ${f.subjectId}`).sort()).toEqual([
      "context-hoarding sales-lead", "gateless-contract designer-to-engineer", "orphan-output deal-notes", "uncontracted-handoff product-spec", "unformatted-artifact roadmap",
    ]);
    expect(d?.findingsIntroduced.map((f) => `${f.rule} ${f.subjectId}`)).toEqual(["preference-gate founder-to-engineer"]);
    expect(d?.scoreAfter).toBeGreaterThan(d?.scoreBefore ?? 100);
    expect(d?.brokenDependents).toEqual([]);
    // The newest version against the team as it is: the same thing.
    expect(r.data?.team.now.changes).toEqual([]);
  });

  it("survive a new driver and a new API, and go with the team, counted in its blast radius", async () => {
    await db.close();
    db = testDb();
    ({ gql } = testApp(db));
    expect((await versions(id)).map((v) => v.number)).toEqual([2, 1]);
    const r = await gql<{ team: { version: { document: string } } }>(`query($id: ID!) { team(id: $id) { version(number: 2) { document } } }`, { id });
    expect(r.data?.team.version.document).toBe(v2);

    const blast = await gql<{ deleteTeam: { deleted: boolean; versions: number; nodes: number } }>(`mutation($id: ID!) { deleteTeam(id: $id) { deleted versions nodes } }`, { id });
    expect(blast.data?.deleteTeam).toMatchObject({ deleted: false, versions: 2 });
    const done = await deleteTeam(db, id, true);
    expect(done).toMatchObject({ deleted: true, versions: 2, nodes: blast.data?.deleteTeam.nodes });
    expect(await db.query("MATCH (v:TeamVersion {team: $id}) RETURN v", { id })).toEqual([]);
  });
});

describe("preview and whatIf", () => {
  const id = uniqueTeamId("whatif");

  it("answer what a change would do and write nothing: the graph dump before equals the one after", async () => {
    await gql(IMPORT, { doc: withId(startup, id) });
    const before = await dump(id);
    const r = await gql<{ team: { preview: { findingsResolved: unknown[]; changes: unknown[] }; whatIf: { changes: { op: string; kind: string; id: string }[]; findingsIntroduced: { rule: string; subjectId: string }[]; scoreBefore: number; scoreAfter: number } } }>(
      `query($id: ID!, $doc: String!) { team(id: $id) {
        preview(document: $doc) { ${DIFF_FIELDS} }
        whatIf(remove: [{ kind: ROLE, id: "designer" }]) { ${DIFF_FIELDS} } } }`, { id, doc: withId(proposed, id) });
    expect(r.errors).toBeUndefined();
    expect(r.data?.team.preview.findingsResolved).toHaveLength(5);
    const w = r.data?.team.whatIf;
    // The designer goes with the one contract it sends; the mockups lose their producer.
    expect(w?.changes.filter((c) => c.op === "REMOVED").map((c) => `${c.kind}:${c.id}`)).toEqual(["ROLE:designer", "CONTRACT:designer-to-engineer"]);
    expect(w?.findingsIntroduced.map((f) => `${f.rule} ${f.subjectId}`)).toContain("unsourced-input design-mockups");
    expect(w?.scoreAfter).toBeLessThan(w?.scoreBefore ?? 0);
    expect(await dump(id)).toBe(before);
    expect(await versions(id)).toHaveLength(1);
  });

  it("refuse an invalid document with its path and line, an unknown element and another team's document", async () => {
    const bad = withId(startup, id).replace("{ artifact: roadmap, cadence: monthly, stage: discover }", "{ artifact: road-map, cadence: monthly, stage: discover }");
    const r = await gql(`query($id: ID!, $doc: String!) { team(id: $id) { preview(document: $doc) { scoreAfter } } }`, { id, doc: bad });
    expect(r.errors?.[0]?.extensions?.code).toBe("INVALID_DOCUMENT");
    expect(r.errors?.[0]?.message).toMatch(/line \d+:\d+: roles\[\d\]\.produces\[0\]\.artifact: unknown artifact 'road-map'/);
    expect((r.errors?.[0]?.extensions as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    const unknown = await gql(`query($id: ID!) { team(id: $id) { whatIf(remove: [{ kind: AGENT, id: "nobody" }]) { scoreAfter } } }`, { id });
    expect(unknown.errors?.[0]).toMatchObject({ message: `no agent 'nobody' in team '${id}'`, extensions: { code: "NOT_FOUND" } });
    const other = await gql(`query($id: ID!, $doc: String!) { team(id: $id) { preview(document: $doc) { scoreAfter } } }`, { id, doc: startup });
    expect(other.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("draw a version's map as the stored team's map is drawn", async () => {
    const parsed = parseTeamDocument(withId(startup, id));
    if (!parsed.ok) throw new Error("example invalid");
    expect(compositionGraphOf(parsed.team)).toEqual(await readTeamGraph(db, id));
    await deleteTeam(db, id, true);
  });
});

describe("diffs across teams", () => {
  const a = uniqueTeamId("hist-data");
  const b = uniqueTeamId("hist-growth");
  afterAll(async () => {
    await deleteTeam(db, b, true);
    await deleteTeam(db, a, true);
  });
  const producerDoc = (artifacts: string) => `version: 1
team: { id: ${a}, name: Data }
roles:
  - id: analyst
    name: Analyst
    produces: [{ artifact: weekly-metrics, cadence: weekly }]
artifacts:
${artifacts}`;
  const metrics = "  - { id: weekly-metrics, name: Weekly metrics, published: true }\n";

  it("name the other teams' flows a change leaves without a source (brokenDependents), and write nothing", async () => {
    expect((await gql(IMPORT, { doc: producerDoc(metrics) })).data).toMatchObject({ importTeam: { changed: true, errors: [] } });
    expect((await gql(IMPORT, { doc: `version: 1
team: { id: ${b}, name: Growth }
roles:
  - id: growth-pm
    name: Growth PM
    consumes: [{ artifact: ${a}/weekly-metrics, cadence: weekly, stage: decide }]
    produces: [{ artifact: growth-plan }]
artifacts:
  - { id: growth-plan, name: Growth plan }
` })).data).toMatchObject({ importTeam: { changed: true, errors: [] } });
    const before = await dump(a, 3);
    const BROKEN = `brokenDependents { role { id team { id } } artifact { id name team { id } } cadence }`;
    const r = await gql<{ team: { whatIf: { brokenDependents: unknown[] }; keep: { brokenDependents: unknown[] } } }>(
      `query($id: ID!, $same: String!) { team(id: $id) {
        whatIf(remove: [{ kind: ROLE, id: "analyst" }]) { ${BROKEN} }
        keep: preview(document: $same) { ${BROKEN} } } }`, { id: a, same: producerDoc(metrics) });
    expect(r.errors).toBeUndefined();
    const flow = { role: { id: "growth-pm", team: { id: b } }, artifact: { id: "weekly-metrics", name: "Weekly metrics", team: { id: a } }, cadence: "weekly" };
    expect(r.data?.team.whatIf.brokenDependents).toEqual([flow]);
    expect(r.data?.team.keep.brokenDependents).toEqual([]);
    // A proposed file without the artifact breaks the same flow.
    const p = await gql<{ team: { preview: { brokenDependents: unknown[] } } }>(
      `query($id: ID!, $doc: String!) { team(id: $id) { preview(document: $doc) { ${BROKEN} } } }`,
      { id: a, doc: producerDoc("  - { id: other, name: Other }\n").replace("weekly-metrics, cadence", "other, cadence") });
    expect(p.errors).toBeUndefined();
    expect(p.data?.team.preview.brokenDependents).toEqual([flow]);
    expect(await dump(a, 3)).toBe(before);
  });
});
