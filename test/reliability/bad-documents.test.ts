import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTeamDocument, type DocumentError } from "@rolegraph/schema";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { deleteTeam, exportTeam } from "../../apps/api/src/db/team-store.ts";
import { testApp } from "../api-helpers.ts";
import { ROOT, testDb, uniqueTeamId } from "../helpers.ts";
import { dumpTeam, figures, sized } from "./harness.ts";

// Thousands of broken team documents, each imported through the API on top of a team that is
// already there: every one is either imported exactly (the export parses back to what the
// document says) or rejected with an error that says where; a rejected one leaves the graph
// byte for byte as it was.

const db = testDb();
const { gql } = testApp(db);
const base = uniqueTeamId("rel-bad");
const extraTeams = new Set<string>();
const SOURCE = readFileSync(join(ROOT, "seed", "examples", "startup-team.yaml"), "utf8").replace(/^ {2}id: startup-team$/m, `  id: ${base}`);
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const BASE_DOC = parseYaml(SOURCE) as { [key: string]: Json };

const IMPORT = `mutation($doc: String!) { importTeam(document: $doc) { teamId changed errors { path message line column } } }`;
interface ImportAnswer { importTeam: { teamId: string | null; changed: boolean; errors: DocumentError[] } }

beforeAll(async () => {
  const first = await gql<ImportAnswer>(IMPORT, { doc: SOURCE });
  expect(first.data?.importTeam.errors).toEqual([]);
});
afterAll(async () => {
  for (const team of [base, ...extraTeams]) await deleteTeam(db, team, true);
  await db.close();
});

/** The last dump of each team, so a document's "before" is the previous one's "after". */
const known = new Map<string, string>();
const dump = async (team: string) => known.get(team) ?? dumpTeam(db, team);
const tally = { tried: 0, rejected: 0, rejectedClearly: 0, imported: 0, importedCorrectly: 0, changedByRejected: 0, serverErrors: 0 };
const problems: string[] = [];

/** A clear error names where: a field path or a line, or (for whole-document limits) the limit. */
const isClear = (e: DocumentError) =>
  e.message.trim().length > 0 && (e.path !== "" || e.line !== undefined && e.line !== null || /limit|alias/i.test(e.message));

/** Imports `text` through GraphQL and checks the outcome against what the parser says of it. */
async function tryDocument(text: string, label: string, limits: { maxBytes?: number; maxAliasCount?: number } = {}, app = gql): Promise<"imported" | "rejected"> {
  tally.tried++;
  const expected = parseTeamDocument(text, limits);
  const claimed = /^\s*id:\s*([a-z][a-z0-9-]*)\s*$/m.exec(text.slice(0, 4000))?.[1];
  const watched = [...new Set([base, ...(claimed ? [claimed] : []), ...(expected.ok ? [expected.team.team.id] : [])])];
  const before = await Promise.all(watched.map(dump));
  const answer = await app<ImportAnswer>(IMPORT, { doc: text });
  watched.forEach((t) => known.delete(t));
  if (answer.errors?.length || !answer.data) {
    tally.serverErrors++;
    problems.push(`${label}: server error ${JSON.stringify(answer.errors)?.slice(0, 300)}`);
    return "rejected";
  }
  const errors = answer.data.importTeam.errors;
  if (errors.length > 0) {
    tally.rejected++;
    if (errors.every(isClear)) tally.rejectedClearly++;
    else problems.push(`${label}: unclear error ${JSON.stringify(errors.filter((e) => !isClear(e))).slice(0, 300)}`);
    if (expected.ok) problems.push(`${label}: the parser accepts it but the API rejected it: ${JSON.stringify(errors).slice(0, 300)}`);
    const after = await Promise.all(watched.map((t) => dumpTeam(db, t)));
    watched.forEach((t, i) => known.set(t, after[i] ?? ""));
    if (after.some((dump, i) => dump !== before[i])) {
      tally.changedByRejected++;
      problems.push(`${label}: a rejected import changed the graph`);
    }
    return "rejected";
  }
  tally.imported++;
  if (!expected.ok) {
    problems.push(`${label}: imported, but the parser rejects it: ${JSON.stringify(expected.errors).slice(0, 300)}`);
    return "imported";
  }
  const id = expected.team.team.id;
  if (id !== base) extraTeams.add(id);
  const exported = await exportTeam(db, id);
  const reparsed = parseTeamDocument(JSON.stringify(exported), { maxBytes: Number.MAX_SAFE_INTEGER });
  if (reparsed.ok && JSON.stringify(reparsed.team) === JSON.stringify(expected.team)) tally.importedCorrectly++;
  else {
    const difference = firstDifference(reparsed.ok ? reparsed.team : reparsed.errors, expected.team);
    if (difference === undefined) tally.importedCorrectly++; // equal up to key order
    else problems.push(`${label}: the export differs from the document at ${difference}`);
  }
  return "imported";
}

/** Where two values first differ, as `path: got X, want Y`; undefined when they are deeply equal. */
function firstDifference(got: unknown, want: unknown, path = ""): string | undefined {
  if (Object.is(got, want)) return undefined;
  if (got && want && typeof got === "object" && typeof want === "object" && Array.isArray(got) === Array.isArray(want)) {
    const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
    for (const key of keys) {
      const found = firstDifference((got as Record<string, unknown>)[key], (want as Record<string, unknown>)[key], `${path}.${key}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  return `${path || "(root)"}: got ${JSON.stringify(got)?.slice(0, 200)}, want ${JSON.stringify(want)?.slice(0, 200)}`;
}

// ---------------------------------------------------------------------------------------
// Mutations of the document's data, then written as YAML or JSON, sometimes corrupted as text.

type Path = (string | number)[];
function paths(value: Json, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}
const ALL_PATHS = paths(BASE_DOC).filter((p) => p.length > 0);
const STRING_PATHS = ALL_PATHS.filter((p) => typeof get(BASE_DOC, p) === "string");
const CONTAINER_PATHS = ALL_PATHS.filter((p) => { const v = get(BASE_DOC, p); return v !== null && typeof v === "object"; });
const ARTIFACTS = (BASE_DOC.artifacts as { id: string }[]).length;

function get(doc: Json, path: Path): Json | undefined {
  let node: Json | undefined = doc;
  for (const key of path) node = node && typeof node === "object" ? (node as Record<string | number, Json>)[key] : undefined;
  return node;
}
function set(doc: Json, path: Path, value: Json | undefined): void {
  const parent = get(doc, path.slice(0, -1));
  const key = path.at(-1);
  if (!parent || typeof parent !== "object" || key === undefined) return;
  if (value === undefined) {
    if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
    else delete (parent as Record<string, Json>)[key];
  } else (parent as Record<string | number, Json>)[key] = value;
}
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

const META_CHARS = fc.constantFrom("'", '"', "`", "}) DETACH DELETE n //", "\\", "\n", "\u0000", "${x}", "&a", "*a", "# not a comment", ": ", "- ", "\u202e", "🧨");
const anyString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.array(META_CHARS, { maxLength: 6 }).map((parts) => parts.join("x")),
  fc.tuple(fc.constantFrom("a", "é", "字", "🧨"), fc.integer({ min: 9_000, max: 12_000 })).map(([c, n]) => c.repeat(n)),
);
const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(), fc.double(), fc.boolean(), fc.constant(null), anyString,
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), fc.string()), { maxKeys: 3 }) as fc.Arbitrary<Json>,
);
const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);

const TEXT_PATHS = STRING_PATHS.filter((p) => ["name", "description", "purpose", "owner", "format", "sourceOfTruth", "question", "trigger", "does", "text", "process", "oversight"].includes(String(p.at(-1))));
const OBJECT_PATHS = CONTAINER_PATHS.filter((p) => { const v = get(BASE_DOC, p); return !Array.isArray(v) && p.at(-1) !== "engagement"; });
// Valid text: what people write, in any script, with the characters query languages care about.
const text = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }),
  fc.array(META_CHARS, { minLength: 1, maxLength: 6 }).map((parts) => `x${parts.join(" ")}`),
  fc.tuple(fc.constantFrom("a", "é", "字", "🧨"), fc.integer({ min: 1_000, max: 9_000 })).map(([c, n]) => c.repeat(n)),
).filter((t) => t.trim().length > 0 && t.trim().length <= 10_000);

const mutation = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("text" as const), at: fc.nat(), value: text }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("meta" as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }), weight: 2 },
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("wrong-type" as const), at: fc.nat(), value: wrongValue }),
  fc.record({ kind: fc.constant("string" as const), at: fc.nat(), value: anyString }),
  fc.record({ kind: fc.constant("reference" as const), at: fc.nat(), value: slug }),
  fc.record({ kind: fc.constant("cycle" as const), a: fc.nat(), b: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("unknown-field" as const), at: fc.nat(), key: fc.string({ minLength: 1, maxLength: 12 }), value: wrongValue }),
  fc.record({ kind: fc.constant("alias" as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
);
const documentCase = fc.record({
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  format: fc.constantFrom("yaml", "yaml", "json" as const),
  corrupt: fc.option(fc.record({ at: fc.nat(), cut: fc.nat({ max: 20 }), insert: fc.oneof(fc.string({ maxLength: 10 }), META_CHARS) }), { freq: 5 }),
});
type Case = typeof documentCase extends fc.Arbitrary<infer T> ? T : never;

function render(c: Case): { text: string; label: string } {
  const doc = structuredClone(BASE_DOC) as Json;
  for (const m of c.mutations) {
    switch (m.kind) {
      case "text": set(doc, pick(TEXT_PATHS, m.at), m.value); break;
      case "meta": {
        const target = get(doc, pick(OBJECT_PATHS, m.at));
        if (target && typeof target === "object" && !Array.isArray(target)) target.meta = { note: m.value };
        break;
      }
      case "delete": set(doc, pick(ALL_PATHS, m.at), undefined); break;
      case "wrong-type": set(doc, pick(ALL_PATHS, m.at), m.value); break;
      case "string": set(doc, pick(STRING_PATHS, m.at), m.value); break;
      case "reference": set(doc, pick(STRING_PATHS.filter((p) => /^[a-z][a-z0-9-]*$/.test(String(get(BASE_DOC, p)))), m.at), m.value); break;
      case "cycle": {
        // a -> b -> ... -> a through derivedFrom: a lineage that goes round.
        const artifacts = get(doc, ["artifacts"]);
        if (!Array.isArray(artifacts)) break;
        const chain = Array.from({ length: m.length }, (_, i) => (m.a + i * (m.b + 1)) % ARTIFACTS);
        chain.forEach((index, i) => {
          const artifact = artifacts[index] as { id?: Json; derivedFrom?: Json } | undefined;
          const parent = artifacts[pick(chain, i + 1)] as { id?: Json } | undefined;
          if (artifact && typeof artifact === "object" && parent?.id !== undefined) {
            artifact.derivedFrom = [...(Array.isArray(artifact.derivedFrom) ? artifact.derivedFrom : []), parent.id];
          }
        });
        break;
      }
      case "unknown-field": {
        const target = get(doc, pick(CONTAINER_PATHS, m.at));
        if (target && typeof target === "object" && !Array.isArray(target)) target[m.key] = m.value;
        break;
      }
      case "alias": {
        // The same object in two places: YAML writes it once with an anchor and refers to it by alias.
        const from = get(doc, pick(CONTAINER_PATHS, m.from));
        if (from !== undefined) set(doc, pick(CONTAINER_PATHS, m.to), from);
        break;
      }
      case "duplicate": {
        const path = pick(ALL_PATHS.filter((p) => typeof p.at(-1) === "number"), m.at);
        const parent = get(doc, path.slice(0, -1));
        if (Array.isArray(parent)) parent.push(structuredClone(get(doc, path) ?? null));
        break;
      }
    }
  }
  let text: string;
  try {
    // JSON cannot write a structure that contains itself (an alias mutation can make one); YAML can.
    text = c.format === "json" && !recursive(doc) ? JSON.stringify(doc) : stringifyYaml(doc, { aliasDuplicateObjects: true });
  } catch {
    text = SOURCE;
  }
  if (c.corrupt) {
    const at = c.corrupt.at % (text.length + 1);
    text = text.slice(0, at) + c.corrupt.insert + text.slice(at + c.corrupt.cut);
  }
  return { text, label: `${c.format} ${c.mutations.map((m) => m.kind).join("+")}${c.corrupt ? "+corrupt" : ""}` };
}

function recursive(value: Json, open = new Set<object>()): boolean {
  if (value === null || typeof value !== "object") return false;
  if (open.has(value)) return true;
  open.add(value);
  const found = Object.values(value).some((child) => recursive(child, open));
  open.delete(value);
  return found;
}

/** `depth` levels of `width` aliases each: width^depth nodes once expanded, a few hundred bytes as text. */
function billionLaughs(depth: number, width: number): string {
  const lines = [`version: 1`, `team: { id: ${base}, name: Laughs }`, `roles: []`, `artifacts: []`, `meta:`, `  l0: &l0 "lol"`];
  for (let d = 1; d <= depth; d++) lines.push(`  l${d}: &l${d} [${Array.from({ length: width }, () => `*l${d - 1}`).join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

describe("bad documents", () => {
  it("mutated team documents are imported exactly or rejected cleanly, and a rejection changes nothing", async () => {
    const runs = Number(process.env.RELIABILITY_RUNS ?? sized(300, 5_000));
    const started = performance.now();
    let rejectedHere = 0;
    await fc.assert(fc.asyncProperty(documentCase, async (c) => {
      const { text, label } = render(c);
      if ((await tryDocument(text, label)) === "rejected") rejectedHere++;
      return problems.length === 0;
    }), { numRuns: runs, seed: Number(process.env.RELIABILITY_SEED ?? 20_260_909), endOnFailure: true });
    const s = Math.round((performance.now() - started) / 1000);
    figures("bad documents (property)", `documents tried ${runs}, rejected ${rejectedHere}, imported ${runs - rejectedHere}, in ${s} s`);
    expect(problems).toEqual([]);
  });

  it("billion laughs, 10 MB documents and anchors within the limits", async () => {
    // Aliases expanding past MAX_ALIAS_COUNT are refused before the expansion happens.
    for (const [depth, width] of [[9, 9], [12, 10], [30, 2], [4, 100]] as const) {
      expect(await tryDocument(billionLaughs(depth, width), `billion laughs ${width}^${depth}`)).toBe("rejected");
    }
    // An alias inside the node it names: refused at the alias (it cannot be stored).
    expect(await tryDocument(SOURCE.replace("roles:\n", "meta: &m { note: x, self: *m }\nroles:\n"), "recursive alias")).toBe("rejected");
    // Nesting 10,000 deep: refused with an error, not a crash.
    const deep = SOURCE.replace("roles:\n", `meta: { x: ${"[".repeat(10_000)}${"]".repeat(10_000)} }\nroles:\n`);
    const deepStarted = performance.now();
    expect(await tryDocument(deep, "nested 10,000 deep")).toBe("rejected");
    const deepMs = Math.round(performance.now() - deepStarted);
    // A few aliases are fine: the same list of stages named twice.
    const anchored = SOURCE.replace("roles:\n", "meta:\n  shared: &shared [discover, decide]\n  again: *shared\nroles:\n");
    expect(await tryDocument(anchored, "anchors and aliases")).toBe("imported");

    // Just over 10 MiB is refused whole; just under is imported and exported unchanged.
    const limit = 10 * 1024 * 1024;
    const padded = (total: number) => {
      const fill = total - Buffer.byteLength(SOURCE.replace("roles:\n", `meta:\n  padding: ""\nroles:\n`));
      return SOURCE.replace("roles:\n", `meta:\n  padding: "${"x".repeat(fill)}"\nroles:\n`);
    };
    const over = padded(limit + 1);
    expect(Buffer.byteLength(over)).toBeGreaterThan(limit);
    expect(await tryDocument(over, "10 MiB + a little")).toBe("rejected");
    const under = padded(limit - 200);
    expect(Buffer.byteLength(under)).toBeLessThanOrEqual(limit);
    expect(await tryDocument(under, "just under 10 MiB")).toBe("imported");
    // Many small entities rather than one long string: 10 MB of roles is refused by size too.
    const roles = Array.from({ length: 130_000 }, (_, i) => `  - { id: r${i}, name: "Role number ${i} with a longer name to fill the document" }`).join("\n");
    const wide = SOURCE.replace("roles:\n", `roles:\n${roles}\n`);
    expect(Buffer.byteLength(wide)).toBeGreaterThan(limit);
    expect(await tryDocument(wide, "130,000 roles")).toBe("rejected");
    await tryDocument(SOURCE, "restore");
    figures("bad documents (limits)", `billion laughs 4 of 4 refused, recursive alias refused, nesting 10,000 deep refused in ${deepMs} ms, 10 MiB + 1 refused, 10 MiB - 200 imported and exported unchanged, 130,000 roles (10+ MB) refused`);
  });

  it("the size and alias limits are configurable", async () => {
    const strict = testApp(db, { MAX_DOCUMENT_BYTES: "4096", MAX_ALIAS_COUNT: "0" }).gql;
    expect(Buffer.byteLength(SOURCE)).toBeGreaterThan(4096);
    expect(await tryDocument(SOURCE, "5 KB under a 4 KB limit", { maxBytes: 4096, maxAliasCount: 0 }, strict)).toBe("rejected");
    const small = `version: 1\nteam: { id: ${base}-small, name: Small }\nstages: [{ id: a, name: A }]\nroles: []\nartifacts: []\nmeta: { x: &x [1], y: *x }\n`;
    expect(await tryDocument(small, "one alias with MAX_ALIAS_COUNT=0", { maxBytes: 4096, maxAliasCount: 0 }, strict)).toBe("rejected");
    expect(await tryDocument(small, "one alias by default")).toBe("imported");
    figures("bad documents (configurable limits)", "MAX_DOCUMENT_BYTES=4096 refuses a 5 KB team, MAX_ALIAS_COUNT=0 refuses one alias the default accepts");
  });

  it("totals", () => {
    figures("bad documents", `documents tried ${tally.tried}, rejected cleanly ${tally.rejectedClearly} of ${tally.rejected}, ` +
      `imported correctly ${tally.importedCorrectly} of ${tally.imported}, graphs changed by a rejected import ${tally.changedByRejected}, server errors ${tally.serverErrors}`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(tally.changedByRejected).toBe(0);
    expect(tally.serverErrors).toBe(0);
  });
});
