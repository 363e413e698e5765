import { parseTeamDocument, TeamSchema, type DocumentError, type ParseLimits, type Team } from "@rolegraph/schema";
import type { GapReport } from "@rolegraph/rules";
import type { Db } from "../db/driver.ts";
import { dependentFlows } from "../db/organization.ts";
import { exportTeam } from "../db/team-store.ts";
import { listVersions, readVersion, type VersionRow, type VersionWithDocument } from "../db/versions.ts";
import { parsePool } from "../documents/parse-pool.ts";
import { badInput, DomainError, notFound } from "../errors.ts";
import { compositionReport, diffTeams } from "../history/diff.ts";
import type { DependentFlow, ElementRef, TeamDiff } from "../history/types.ts";
import { withoutElements } from "../history/without.ts";
import { RememberedByMark } from "./remembered.ts";

/**
 * A team over time as use cases (shared/spec/history.md): its versions, any version's
 * document and report, the diff of two versions, and the two questions that write nothing:
 * what would this proposed file change (preview), what would break without these elements
 * (what-if). Diffs compare compositions: the rules that read run-time handoffs are left out
 * on both sides, so a diff never "resolves" a late handoff by leaving the history behind.
 */
export type { VersionRow, VersionWithDocument };

export const teamVersions = (db: Db, teamId: string): Promise<VersionRow[]> => listVersions(db, teamId);

export const teamVersion = (db: Db, teamId: string, number: number): Promise<VersionWithDocument | null> => readVersion(db, teamId, number);

/** A version's team as its document describes it (stored documents were valid when imported). */
export function versionTeam(version: VersionWithDocument, teamId: string): Team {
  const parsed = parseTeamDocument(version.document, { maxBytes: Number.MAX_SAFE_INTEGER, maxElements: Number.MAX_SAFE_INTEGER });
  if (!parsed.ok) throw new Error(`version ${version.number} of team '${teamId}' no longer parses: ${parsed.errors[0]?.message ?? ""}`);
  return parsed.team;
}

/** A version's gap report as it stood: its composition, the rules that need no handoffs. */
export const versionReport = (version: VersionWithDocument, teamId: string): GapReport => compositionReport(versionTeam(version, teamId));

/** The team in the graph now, with its composition report: remembered until Neo4j's last commit moves. */
interface Current { team: Team; report: GapReport }
const memos = new WeakMap<Db, RememberedByMark<Current | null>>();

export interface FreshOption {
  /** Read the team again even when a remembered one is current (benchmarks). */
  fresh?: boolean;
}

export async function currentTeam(db: Db, teamId: string, options: FreshOption = {}): Promise<Current | null> {
  const memo = memos.get(db) ?? new RememberedByMark<Current | null>(100);
  memos.set(db, memo);
  const mark = options.fresh ? undefined : await db.lastCommit().catch(() => undefined);
  return memo.get(teamId, mark, async () => {
    const document = await exportTeam(db, teamId);
    if (!document) return null;
    // The export leaves defaults out; the schema puts them back, as a parsed file has them.
    const team = TeamSchema.parse(document);
    return { team, report: compositionReport(team) };
  });
}

async function current(db: Db, teamId: string, options: FreshOption = {}): Promise<Current> {
  const found = await currentTeam(db, teamId, options);
  if (!found) throw notFound("team", teamId);
  return found;
}

/**
 * Other teams' flows that read this team's artifacts (integration.md): the diff keeps those
 * whose artifact loses its source (history/diff.ts brokenDependents).
 */
async function dependentsOf(db: Db, teamId: string): Promise<DependentFlow[]> {
  // The rows ride along (the diff keeps the objects it is given), so GraphQL's Flow reads the
  // consuming role and the artifact as they are now, in their own teams, without a lookup.
  return dependentFlows(db, teamId);
}

/** Version `from` against version `to`, or against the team as it is now when `to` is absent. */
export async function diffVersions(db: Db, teamId: string, from: number, to: number | null): Promise<TeamDiff> {
  const version = async (n: number) => {
    const found = await readVersion(db, teamId, n);
    if (!found) throw notFound("version", String(n), teamId);
    return versionTeam(found, teamId);
  };
  const [before, after] = await Promise.all([version(from), to === null ? current(db, teamId).then((c) => c.team) : version(to)]);
  return diffTeams(before, after, { dependents: await dependentsOf(db, teamId) });
}

/** What importing `text` would change, without importing it. An invalid document is an INVALID_DOCUMENT error with its problems. */
export async function previewDocument(db: Db, teamId: string, text: string, limits: ParseLimits, options: FreshOption = {}): Promise<TeamDiff> {
  // Parsing (in a worker for a large document) and reading the team run side by side.
  const [parsed, now, dependents] = await Promise.all([parsePool().parse(text, limits), current(db, teamId, options), dependentsOf(db, teamId)]);
  if (!parsed.ok) throw invalidDocument(parsed.errors);
  return against(now, teamId, parsed.team, dependents);
}

/** A proposed team (a parsed file) against the team in the graph; writes nothing. */
export async function previewTeam(db: Db, teamId: string, proposed: Team): Promise<TeamDiff> {
  const [now, dependents] = await Promise.all([current(db, teamId), dependentsOf(db, teamId)]);
  return against(now, teamId, proposed, dependents);
}

function against(now: Current, teamId: string, proposed: Team, dependents: DependentFlow[]): TeamDiff {
  if (proposed.team.id !== teamId) throw badInput(`the document is team '${proposed.team.id}', not '${teamId}'`, { team: proposed.team.id });
  return diffTeams(now.team, proposed, { beforeReport: now.report, dependents });
}

/** The team as it is against the team without these elements and what only they held together. */
export async function whatIf(db: Db, teamId: string, remove: readonly ElementRef[], options: FreshOption = {}): Promise<TeamDiff> {
  if (remove.length === 0) throw badInput("whatIf needs at least one element to remove");
  const [now, dependents] = await Promise.all([current(db, teamId, options), dependentsOf(db, teamId)]);
  const { team, missing } = withoutElements(now.team, remove);
  const first = missing[0];
  if (first) throw first.kind === "TEAM" ? badInput("whatIf removes elements of a team, not the team (see deleteTeam)") : notFound(first.kind.toLowerCase(), first.id, teamId);
  return diffTeams(now.team, team, { beforeReport: now.report, dependents });
}

/** A document's problems as one error: the first in the message (path and line), all in `errors`. */
export function invalidDocument(errors: DocumentError[]): DomainError {
  const first = errors[0];
  const where = first ? `${first.line ? `line ${first.line}${first.column ? `:${first.column}` : ""}: ` : ""}${first.path ? `${first.path}: ` : ""}${first.message}` : "";
  return new DomainError("INVALID_DOCUMENT", `the document is invalid (${errors.length} problem${errors.length === 1 ? "" : "s"}): ${where}`, { errors });
}
