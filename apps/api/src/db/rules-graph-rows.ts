import { indexTeam, type GraphHandoff, type GraphStage, type TeamGraph } from "@rolegraph/rules";
import { LintConfigSchema, type Engagement, type LintConfig } from "@rolegraph/schema";

/** Rows of the statements in rules-graph.ts; absent properties come back as null. */
type Opt<T> = T | null;
type Ordered = [string, Opt<number>][];
export interface RulesGraphRows {
  team: { name: string; lint: Opt<string> }[];
  stages: { id: string; name: string; order: Opt<number>; output: Opt<string> }[];
  roles: {
    id: string; name: string; owner: Opt<string>; order: Opt<number>; engagement: [string, Engagement][];
    /** [produces (else consumes), artifact, stage, cadence, order]. */
    flows: [boolean, string, Opt<string>, Opt<string>, Opt<number>][];
  }[];
  artifacts: { id: string; name: string; format: Opt<string>; sourceOfTruth: Opt<string>; external: Opt<boolean>; published?: Opt<boolean>; order: Opt<number>; derivedFrom?: string[] }[];
  agents: {
    id: string; name: string; order: Opt<number>; access: Opt<"read-only" | "write">; blastRadius: Opt<string>; oversight: Opt<string>;
    guardrails: Opt<string[]>; mode: Opt<string>; errorTolerance: Opt<string>; toolSpan: Opt<string>; independence: Opt<string>;
    serviceLevel: Opt<string>; auditTrail: Opt<string>; role: Opt<string>; inputs: Ordered; outputs: Ordered;
  }[];
  contracts: {
    id: string; name: Opt<string>; order: Opt<number>; loop: Opt<boolean>; acknowledgeWithinHours: Opt<number>; nextStageWithinHours: Opt<number>;
    from: Opt<string>; to: Opt<string>; fromStage: Opt<string>; toStage: Opt<string>; carries: Ordered; requires: Ordered;
    gates: { id: string; text: string; check: Opt<string>; order: Opt<number> }[];
  }[];
  workflows: { id: string; name: Opt<string>; order: Opt<number>; role: Opt<string>; stage: Opt<string>; handoff: Opt<string> }[];
  handoffs: GraphHandoff[];
}

const num = (n: Opt<number>) => n ?? 0;
/** Document order: as imported (the `order` property), then by id. */
const inOrder = <T extends { id: string; order: Opt<number> }>(rows: T[]) =>
  [...rows].sort((a, b) => num(a.order) - num(b.order) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const ids = (list: Ordered) => [...list].sort((a, b) => num(a[1]) - num(b[1])).map(([id]) => id);
const opt = <T>(value: Opt<T>): T | undefined => value ?? undefined;

/** The stored config was validated at import; anything unreadable counts as no config. */
function lintConfig(text: Opt<string>): LintConfig | undefined {
  if (!text) return undefined;
  try {
    const parsed = LintConfigSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The payload field a stored gate check (JSON text) names, if any. */
function checkField(text: string): string | undefined {
  try {
    const check: unknown = JSON.parse(text);
    return check && typeof check === "object" && "field" in check && typeof check.field === "string" ? check.field : undefined;
  } catch {
    // A check that is not JSON checks nothing; import always writes JSON, so this is a foreign write.
    return undefined;
  }
}

/** The rules' graph from the rows Neo4j returned, pure; null when the team has no Team node. */
export function rulesGraphFromRows(teamId: string, rows: RulesGraphRows): TeamGraph | null {
  const [team] = rows.team;
  if (!team) return null;
  const lint = lintConfig(team.lint);
  return indexTeam({
    team: { id: teamId, name: team.name },
    stages: inOrder(rows.stages).map((s, order): GraphStage => ({ id: s.id, name: s.name, order, output: opt(s.output) })),
    roles: inOrder(rows.roles).map((r) => ({ id: r.id, name: r.name, owner: opt(r.owner), engagement: Object.fromEntries(r.engagement) })),
    artifacts: inOrder(rows.artifacts).map((a) => ({
      id: a.id, name: a.name, format: opt(a.format), sourceOfTruth: opt(a.sourceOfTruth), external: a.external ?? false,
      published: a.published ?? false,
    })),
    // Consumes before produces, each in document order.
    flows: inOrder(rows.roles).flatMap((r) => [...r.flows].sort((a, b) => Number(a[0]) - Number(b[0]) || num(a[4]) - num(b[4])).map(([produces, artifact, stage, cadence]) => ({
      role: r.id, artifact, kind: produces ? "produces" as const : "consumes" as const, stage: opt(stage), cadence: opt(cadence),
    }))),
    agents: inOrder(rows.agents).flatMap((g) => (g.role === null ? [] : [{
      id: g.id, name: g.name, role: g.role, inputs: ids(g.inputs), outputs: ids(g.outputs), access: g.access ?? "read-only",
      blastRadius: opt(g.blastRadius), oversight: opt(g.oversight), guardrails: g.guardrails ?? [],
      serviceLevel: opt(g.serviceLevel), auditTrail: opt(g.auditTrail),
      delegation: g.mode === null ? undefined : {
        mode: g.mode, errorTolerance: g.errorTolerance ?? "", toolSpan: g.toolSpan ?? "", independence: g.independence ?? "",
      },
    }])),
    contracts: inOrder(rows.contracts).map((k) => ({
      id: k.id, name: opt(k.name), from: k.from ?? "", to: k.to ?? "", fromStage: k.fromStage ?? "", toStage: k.toStage ?? "",
      loop: k.loop ?? false, carries: ids(k.carries), requires: ids(k.requires),
      gates: [...k.gates].sort((a, b) => num(a.order) - num(b.order)).map((g) => ({
        id: g.id, text: g.text, hasCheck: g.check !== null, checkField: g.check === null ? undefined : checkField(g.check),
      })),
      acknowledgeWithinHours: opt(k.acknowledgeWithinHours), nextStageWithinHours: opt(k.nextStageWithinHours),
    })),
    workflows: inOrder(rows.workflows).map((w) => ({ id: w.id, name: opt(w.name), role: w.role ?? "", stage: opt(w.stage), handoff: opt(w.handoff) })),
    handoffs: rows.handoffs,
    mentions: inOrder(rows.artifacts).flatMap((a) => (a.derivedFrom ?? []).map((ref) => ({ ref, by: { kind: "artifact" as const, id: a.id } }))),
    ...(lint ? { lint } : {}),
  });
}
