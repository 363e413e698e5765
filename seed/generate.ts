import {
  DEFAULT_STAGES, GUARDRAILS, TeamSchema, evaluateHandoff,
  type Contract, type GateResult, type Guardrail, type PayloadError, type Team, type TeamInput,
} from "@rolegraph/schema";

/**
 * Deterministic organisations for benchmarks and scale tests: the same size and seed give the
 * same teams, byte for byte. Each team is an ordinary team document (validated by TeamSchema),
 * so it goes through the same import as a hand-written file.
 *
 * Cross-team flows are qualified references (shared/spec/integration.md): team B consumes
 * team A's artifact as `A/t007-spec-12`, and A publishes it (`published: true`), except one
 * source in ten, chosen by its id, which stays unpublished: the organisation's planted
 * `unpublished-dependency` gaps (listed in `crossTeam`). No cross-team flow is contracted.
 *
 * Planted gaps: a realistic share of what the gap report looks for is put in on purpose and
 * listed in `planted`, so a test can check the report finds at least those.
 */

export type SizeName = "S" | "M" | "L" | "XL";
export interface SizeSpec {
  teams: number;
  roles: number;
  artifacts: number;
  /** PRODUCES + CONSUMES relationships. */
  flows: number;
  contracts: number;
  agents: number;
  handoffs: number;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  S: { teams: 1, roles: 10, artifacts: 40, flows: 150, contracts: 5, agents: 8, handoffs: 20 },
  // The issue fixes teams, roles, artifacts and flows for M; the rest scales with roles as in L.
  M: { teams: 20, roles: 300, artifacts: 3_000, flows: 20_000, contracts: 150, agents: 450, handoffs: 3_000 },
  L: { teams: 100, roles: 2_000, artifacts: 20_000, flows: 150_000, contracts: 1_000, agents: 3_000, handoffs: 20_000 },
  // Issue 21: ten L organisations' worth of teams, each team shaped as L's.
  XL: { teams: 1_000, roles: 20_000, artifacts: 200_000, flows: 1_500_000, contracts: 10_000, agents: 30_000, handoffs: 200_000 },
};

/** One handoff submission to write straight into the graph (see bench/handoffs.ts). */
export interface GeneratedHandoff {
  team: string;
  contract: string;
  seq: number;
  submittedBy: string;
  submittedAt: string;
  payload: unknown;
  gateResults: GateResult[];
  passed: boolean;
  valid: boolean;
  payloadErrors: PayloadError[];
  acknowledgedAt: string | null;
  nextStageStartedAt: string | null;
}

/** Subjects planted on purpose, per rule id: `team|subject`. The report must find at least these. */
export type PlantedGaps = Record<
  "unsourced-input" | "orphan-output" | "context-hoarding" | "leaderless-stage" | "gateless-contract" | "preference-gate"
  | "skipped-stage" | "unguarded-agent" | "undefined-blast-radius" | "unformatted-artifact" | "failed-gate" | "sla-breach",
  string[]
>;

export interface Organisation {
  size: SizeSpec;
  seed: number;
  /** "Now" for the generated history: handoffs happen in the 90 days before it. */
  asOf: string;
  teams: Team[];
  handoffs: GeneratedHandoff[];
  planted: PlantedGaps;
  /** Cross-team gaps put in on purpose: references to an artifact its team does not publish (`team|artifact` of the source). */
  crossTeam: {
    "unpublished-dependency": string[];
    /** Another team's artifacts a team takes in (each once per team): counted in the size's artifacts, listed in their own team's file only. */
    inputs: number;
  };
}

/** mulberry32: small, fast, and the same on every platform. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const chance = (p: number) => next() < p;
  const sample = <T>(items: readonly T[], k: number): T[] => {
    // A few from many (another team's outputs at XL: 180,000 of them, for 8 picks) without
    // copying the list: the j-th item left is found by stepping over the ones taken. The same
    // draws and the same result as splicing a copy, which the larger samples still do.
    if (k <= 32 && items.length > 4 * k) {
      const taken: number[] = [];
      const out: T[] = [];
      while (out.length < k && taken.length < items.length) {
        let at = int(items.length - taken.length);
        for (const t of taken) if (t <= at) at++;
        let pos = taken.findIndex((t) => t > at);
        if (pos < 0) pos = taken.length;
        taken.splice(pos, 0, at);
        out.push(items[at] as T);
      }
      return out;
    }
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(int(copy.length), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, sample };
}
type Random = ReturnType<typeof random>;

/** `total` split over `parts` as evenly as integers allow (the first parts take the remainder). */
export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

const DOMAINS = [
  "payments", "search", "identity", "checkout", "catalog", "pricing", "fraud", "logistics", "billing", "growth",
  "onboarding", "messaging", "analytics", "platform", "mobile", "ledger", "risk", "support", "content", "partners",
];
const ROLE_KINDS = [
  ["pm", "Product Manager"], ["architect", "Architect"], ["engineer", "Engineer"], ["designer", "Designer"],
  ["analyst", "Data Analyst"], ["qa", "QA Lead"], ["sre", "Site Reliability Engineer"], ["scientist", "Data Scientist"],
  ["researcher", "User Researcher"], ["writer", "Technical Writer"], ["security", "Security Engineer"], ["ops", "Operations Lead"],
] as const;
const NOUNS = ["spec", "brief", "report", "dataset", "model", "dashboard", "runbook", "review", "plan", "schema", "metric", "decision"];
const CADENCE = ["continuous", "daily", "weekly", "per-cycle", "monthly", "quarterly", "on-event"] as const;
const STAGE_IDS = DEFAULT_STAGES.map((s) => s.id);
const PEOPLE = ["Ana", "Bo", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Mo", "Noor", "Oli", "Pia"];

const emptyPlanted = (): PlantedGaps => ({
  "unsourced-input": [], "orphan-output": [], "context-hoarding": [], "leaderless-stage": [], "gateless-contract": [],
  "preference-gate": [], "skipped-stage": [], "unguarded-agent": [], "undefined-blast-radius": [], "unformatted-artifact": [],
  "failed-gate": [], "sla-breach": [],
});

export const teamId = (prefix: string, index: number) => `${prefix}-t${String(index).padStart(3, "0")}`;

export interface GenerateOptions {
  seed?: number;
  /** Team ids are `<prefix>-t000`...; tests use a unique prefix to keep apart. */
  prefix?: string;
  /** The end of the generated history; fixed by default so output never depends on the clock. */
  asOf?: Date;
}

export function generateOrganisation(size: SizeName | SizeSpec, options: GenerateOptions = {}): Organisation {
  const spec = typeof size === "string" ? SIZES[size] : size;
  const state = newState(options);
  const teams: Team[] = [];
  const handoffs: GeneratedHandoff[] = [];
  for (const batch of generateTeams(spec, state)) {
    teams.push(batch.team);
    handoffs.push(...batch.handoffs);
  }
  return {
    size: spec, seed: state.seed, asOf: state.asOf.toISOString(), teams, handoffs, planted: state.planted,
    crossTeam: { ...publishConsumed(teams), inputs: state.crossInputs.count },
  };
}

/** One team as generated, with its handoff history. */
export interface TeamBatch { team: Team; handoffs: GeneratedHandoff[] }

/** An organisation generated one team at a time; `planted` and `crossTeam` are complete once `teams` is spent. */
export interface OrganisationStream extends Omit<Organisation, "teams" | "handoffs"> {
  teams(): Generator<TeamBatch>;
}

/**
 * The same organisation as generateOrganisation, team by team, so that only the team in hand
 * is in memory (XL: 1,000 teams, a few GB at once). A team's artifacts are published when a
 * later team consumes them, so a first pass generates every team and keeps only the
 * qualified references consumed; the second generates them again (same seed, same teams)
 * and publishes as it goes. Twice the generation time, a constant memory.
 */
export function streamOrganisation(size: SizeName | SizeSpec, options: GenerateOptions = {}): OrganisationStream {
  const spec = typeof size === "string" ? SIZES[size] : size;
  const consumed = new Set<string>();
  for (const { team } of generateTeams(spec, newState(options))) {
    for (const r of team.roles) for (const f of r.consumes) if (f.artifact.includes("/")) consumed.add(f.artifact);
  }
  const state = newState(options);
  const unpublished: string[] = [];
  const stream: OrganisationStream = {
    size: spec, seed: state.seed, asOf: state.asOf.toISOString(), planted: state.planted,
    crossTeam: { "unpublished-dependency": unpublished, inputs: 0 },
    *teams() {
      for (const batch of generateTeams(spec, state)) {
        unpublished.push(...publish(batch.team, consumed));
        stream.crossTeam.inputs = state.crossInputs.count;
        yield batch;
      }
      unpublished.sort();
    },
  };
  return stream;
}

interface GenerationState {
  seed: number;
  prefix: string;
  asOf: Date;
  rnd: Random;
  planted: PlantedGaps;
  crossInputs: { count: number };
}

function newState(options: GenerateOptions): GenerationState {
  const seed = options.seed ?? 1;
  return {
    seed, prefix: options.prefix ?? "org", asOf: options.asOf ?? new Date("2026-01-15T12:00:00Z"),
    rnd: random(seed), planted: emptyPlanted(), crossInputs: { count: 0 },
  };
}

function* generateTeams(spec: SizeSpec, state: GenerationState): Generator<TeamBatch> {
  const { rnd, planted } = state;
  const per = {
    roles: split(spec.roles, spec.teams), artifacts: split(spec.artifacts, spec.teams), flows: split(spec.flows, spec.teams),
    contracts: split(spec.contracts, spec.teams), agents: split(spec.agents, spec.teams), handoffs: split(spec.handoffs, spec.teams),
  };
  // What each team makes that others may take in: filled as teams are generated, so team k
  // takes from teams before it (and the first team from none).
  const exported: { team: string; id: string; name: string; format?: string | undefined }[] = [];
  for (let t = 0; t < spec.teams; t++) {
    const counts = {
      roles: per.roles[t] ?? 0, artifacts: per.artifacts[t] ?? 0, flows: per.flows[t] ?? 0,
      contracts: per.contracts[t] ?? 0, agents: per.agents[t] ?? 0, handoffs: per.handoffs[t] ?? 0,
    };
    const team = generateTeam(rnd, teamId(state.prefix, t), t, counts, exported, planted, state.crossInputs);
    yield { team, handoffs: generateHandoffs(rnd, team, counts.handoffs, state.asOf, planted) };
  }
}

interface TeamCounts { roles: number; artifacts: number; flows: number; contracts: number; agents: number }
type FlowInput = { artifact: string; cadence?: (typeof CADENCE)[number]; stage?: string };

function generateTeam(
  rnd: Random, id: string, index: number, counts: TeamCounts,
  exported: { team: string; id: string; name: string; format?: string | undefined }[], planted: PlantedGaps,
  crossInputs: { count: number },
): Team {
  const short = `t${String(index).padStart(3, "0")}`;
  const domain = DOMAINS[index % DOMAINS.length] ?? "team";
  const mark = (rule: keyof PlantedGaps, subject: string) => planted[rule].push(`${id}|${subject}`);

  // Roles: each leads one stage (round robin, so every stage has a lead), supports two, consults one.
  const leaderless = counts.roles >= STAGE_IDS.length && rnd.chance(0.1) ? rnd.pick(STAGE_IDS) : undefined;
  if (leaderless) mark("leaderless-stage", leaderless);
  const roles = Array.from({ length: counts.roles }, (_, i) => {
    const [kind, title] = ROLE_KINDS[i % ROLE_KINDS.length] ?? ["role", "Role"];
    const n = Math.floor(i / ROLE_KINDS.length) + 1;
    const lead = STAGE_IDS[i % STAGE_IDS.length] ?? "discover";
    const engagement: Record<string, "lead" | "support" | "consult"> = {};
    for (const s of rnd.sample(STAGE_IDS.filter((s) => s !== lead), 3)) engagement[s] = rnd.chance(0.67) ? "support" : "consult";
    engagement[lead] = lead === leaderless ? "support" : "lead";
    return {
      id: `${kind}-${n}`, name: `${title} ${n}`, purpose: `${title} for ${domain}`,
      ...(rnd.chance(0.9) ? { owner: `${rnd.pick(PEOPLE)} ${String.fromCharCode(65 + rnd.int(26))}.` } : {}),
      engagement, consumes: [] as FlowInput[], produces: [] as FlowInput[], lead,
    };
  });
  const stagesOf = (r: (typeof roles)[number]) => Object.keys(r.engagement);

  // Artifacts: ~4% cross-team inputs (another team's output), ~3% outside inputs (customers,
  // leadership), ~1% planted unsourced, ~3% planted orphans, the rest produced and consumed.
  type Kind = "internal" | "cross" | "outside" | "unsourced" | "orphan";
  const artifacts: { id: string; name: string; format?: string; sourceOfTruth?: string; derivedFrom: string[]; external: boolean; kind: Kind; meta?: Record<string, unknown> }[] = [];
  const crossCount = exported.length > 0 ? Math.round(counts.artifacts * 0.04) : 0;
  const taken = new Set<string>();
  for (const source of rnd.sample(exported, crossCount)) {
    if (taken.has(source.id)) continue;
    taken.add(source.id);
    artifacts.push({
      id: source.id, name: source.name, ...(source.format ? { format: source.format } : {}), sourceOfTruth: `teams/${source.team}/${source.id}`,
      derivedFrom: [], external: true, kind: "cross", meta: { sourceTeam: source.team },
    });
  }
  for (let i = artifacts.length; i < counts.artifacts; i++) {
    const noun = rnd.pick(NOUNS);
    const roll = rnd.next();
    const kind: Kind = counts.artifacts < 20 && roll < 0.1 ? "outside"
      : roll < 0.03 ? "outside" : roll < 0.04 ? "unsourced" : roll < 0.07 ? "orphan" : "internal";
    const aid = `${short}-${noun}-${i}`;
    const internalBefore = artifacts.filter((a) => a.kind === "internal" && a.id.startsWith(short));
    const derivedFrom = kind === "internal" && internalBefore.length > 0 && rnd.chance(0.35)
      ? rnd.sample(internalBefore.slice(-40), rnd.chance(0.7) ? 1 : 2).map((a) => a.id) : [];
    const unformatted = rnd.chance(0.03);
    if (unformatted) mark("unformatted-artifact", aid);
    if (kind === "unsourced") mark("unsourced-input", aid);
    if (kind === "orphan") mark("orphan-output", aid);
    artifacts.push({
      id: aid, name: `${domain} ${noun} ${i}`, ...(unformatted ? {} : { format: `markdown: ${noun} with owner, date and decisions` }),
      ...(rnd.chance(0.8) ? { sourceOfTruth: `docs/${domain}/${noun}s` } : {}),
      derivedFrom, external: kind === "outside", kind,
    });
  }
  // The last artifact the small sizes always have: one outside input, so chains have a start.
  if (!artifacts.some((a) => a.kind === "outside" || a.kind === "cross") && artifacts[0]) {
    const first = artifacts[0];
    Object.assign(first, { kind: "outside", external: true, derivedFrom: [] });
    for (const rule of ["unsourced-input", "orphan-output"] as const) planted[rule] = planted[rule].filter((s) => s !== `${id}|${first.id}`);
    for (const a of artifacts) a.derivedFrom = a.derivedFrom.filter((d) => d !== first.id);
  }

  // Producers: one role per internal or orphan artifact, one in ten with a second. One team
  // in five has a hoarder: a role that takes in but produces nothing.
  const hoarder = counts.roles >= 4 && rnd.chance(0.2) ? roles[roles.length - 1] : undefined;
  if (hoarder) mark("context-hoarding", hoarder.id);
  const producers = roles.filter((r) => r !== hoarder);
  const producedBy = new Map<string, Set<string>>();
  const flow = (r: (typeof roles)[number], artifact: string, stage: string | undefined): FlowInput => {
    const noCadence = rnd.chance(0.01);
    if (noCadence) mark("unformatted-artifact", artifact);
    return { artifact, ...(noCadence ? {} : { cadence: rnd.pick(CADENCE) }), ...(stage ? { stage } : {}) };
  };
  let flowCount = 0;
  for (const a of artifacts.filter((a) => a.kind === "internal" || a.kind === "orphan")) {
    const makers = rnd.sample(producers, rnd.chance(0.1) ? 2 : 1);
    producedBy.set(a.id, new Set(makers.map((m) => m.id)));
    for (const m of makers) {
      m.produces.push(flow(m, a.id, rnd.chance(0.8) ? m.lead : undefined));
      flowCount++;
    }
  }
  // Consumers: every consumable artifact at least once, then random (role, artifact) pairs
  // until the team has its share of flows; never a role taking in its own output.
  const consumable = artifacts.filter((a) => a.kind !== "orphan");
  const consumed = new Set<string>();
  const consume = (r: (typeof roles)[number], a: { id: string }) => {
    const pair = `${r.id}|${a.id}`;
    if (consumed.has(pair) || producedBy.get(a.id)?.has(r.id)) return false;
    consumed.add(pair);
    r.consumes.push(flow(r, a.id, rnd.chance(0.5) ? rnd.pick(stagesOf(r)) : undefined));
    flowCount++;
    return true;
  };
  const capacity = roles.length * consumable.length;
  for (const a of consumable) {
    if (flowCount >= counts.flows) break;
    for (let tries = 0; tries < 10 && !consume(rnd.pick(roles), a); tries++);
  }
  while (flowCount < counts.flows && consumed.size < capacity) consume(rnd.pick(roles), rnd.pick(consumable));

  // Agents: owned by roles, reading a few artifacts, some writing one the owner produces.
  const internal = artifacts.filter((a) => a.kind === "internal");
  const agents = Array.from({ length: counts.agents }, (_, i) => {
    const owner = rnd.pick(roles);
    const gid = `agent-${i + 1}`;
    const write = rnd.chance(0.3);
    const outputs = write ? owner.produces.slice(0, 1).map((f) => f.artifact) : [];
    let guardrails: Guardrail[] = write ? [...GUARDRAILS] : ["blast-radius-defined", "read-broad-write-narrow"];
    if (write && rnd.chance(0.1)) {
      guardrails = guardrails.filter((g) => g !== "staged-mutations");
      mark("unguarded-agent", gid);
    }
    const noBlast = rnd.chance(0.05);
    if (noBlast) mark("undefined-blast-radius", gid);
    const errorTolerance = rnd.chance(0.6) ? "high" : "low";
    const mismatch = rnd.chance(0.05);
    return {
      id: gid, name: `${domain} agent ${i + 1}`, role: owner.id,
      inputs: rnd.sample(internal.length > 0 ? internal : artifacts, 1 + rnd.int(3)).map((a) => a.id), outputs,
      process: "Collect, summarise and flag what changed", oversight: `${owner.name} reviews before use`,
      access: write ? ("write" as const) : ("read-only" as const),
      ...(noBlast ? {} : { blastRadius: write ? "Writes only its own output document" : "Reads team documents only" }),
      delegation: {
        errorTolerance, toolSpan: rnd.chance(0.7) ? "single" : "multiple", independence: rnd.chance(0.6) ? "independent" : "interdependent",
        mode: mismatch ? "autonomous" : errorTolerance === "low" ? "coordinated" : rnd.pick(["autonomous", "hybrid"] as const),
      } as const,
      guardrails, serviceLevel: "refreshed daily", ...(rnd.chance(0.9) ? { auditTrail: "run log in the team workspace" } : {}),
    };
  });

  // Contracts: along real flows (producer -> consumer of the same artifact), boundary from the
  // producer's stage to the next one; a few skip a stage, a few have no gates or a preference.
  const producing = new Map<string, (typeof roles)[number][]>();
  for (const r of roles) for (const f of r.produces) producing.set(f.artifact, [...(producing.get(f.artifact) ?? []), r]);
  const candidates = roles.flatMap((to) => to.consumes.flatMap((f) => (producing.get(f.artifact) ?? []).map((from) => ({ from, to, artifact: f.artifact }))));
  const contracts: NonNullable<TeamInput["contracts"]> = [];
  const contractIds = new Set<string>();
  for (const c of rnd.sample(candidates, candidates.length)) {
    if (contracts.length >= counts.contracts) break;
    const cid = `${c.from.id}-to-${c.to.id}`;
    if (contractIds.has(cid)) continue;
    contractIds.add(cid);
    const fromIndex = Math.min(STAGE_IDS.indexOf(c.from.lead), STAGE_IDS.length - 2);
    const skip = fromIndex + 2 < STAGE_IDS.length && rnd.chance(0.05);
    if (skip) mark("skipped-stage", cid);
    const gateless = rnd.chance(0.05);
    const preference = !gateless && rnd.chance(0.1);
    if (gateless) mark("gateless-contract", cid);
    if (preference) mark("preference-gate", cid);
    contracts.push({
      id: cid, name: `${c.from.name} to ${c.to.name}`, from: c.from.id, to: c.to.id,
      boundary: { from: STAGE_IDS[fromIndex] ?? "discover", to: STAGE_IDS[fromIndex + (skip ? 2 : 1)] ?? "evaluate" },
      carries: [c.artifact],
      requires: [
        { field: "summary", type: "text", description: "What changed and why" },
        { field: "evidence", type: "list", description: "Data points behind it" },
        { field: "success_criteria", type: "list" },
        { field: "approved_by", type: "text" },
      ],
      gates: gateless ? [] : [
        { id: "evidence", text: "At least three data points", check: { field: "evidence", minItems: 3 } },
        { id: "approved", text: "Approved by the owner", check: { field: "approved_by", present: true } },
        { id: "measurable", text: "Success criteria are measurable", check: { field: "success_criteria", eachMatches: "\\d" } },
        ...(preference ? [{ id: "context", text: "Gives good context" }] : []),
      ],
      sla: { acknowledgeWithinHours: 24, nextStageWithinHours: 72 },
    });
  }

  // Workflows: one per contract (the sender's work that ends in it), plus one per four roles.
  const workflows = [
    ...contracts.map((c, i) => ({
      id: `wf-${i + 1}`, name: `${c.from} hands off`, role: c.from, stage: c.boundary.from, trigger: "The cycle's work is ready",
      steps: [
        { name: "Gather", does: "Collect inputs", reads: (roles.find((r) => r.id === c.from)?.consumes ?? []).slice(0, 2).map((f) => f.artifact) },
        { name: "Write", does: "Write the output", writes: c.carries ?? [] },
        { name: "Hand off", does: "Submit the handoff" },
      ],
      handoff: c.id,
    })),
    ...roles.filter((_, i) => i % 4 === 0).map((r, i) => ({
      id: `wf-${contracts.length + i + 1}`, role: r.id, stage: r.lead, trigger: "Weekly",
      steps: [{ name: "Review", does: "Review what came in", reads: r.consumes.slice(0, 3).map((f) => f.artifact) }],
    })),
  ];

  for (const a of artifacts) if (a.kind === "internal") exported.push({ team: id, id: a.id, name: a.name, format: a.format });

  // Another team's artifact is named where it is read, `TEAM/ID`, and not listed here.
  const qualified = new Map(artifacts.flatMap((a) => (a.kind === "cross" && typeof a.meta?.sourceTeam === "string" ? [[a.id, `${a.meta.sourceTeam}/${a.id}`]] : [])));
  const ref = (artifact: string) => qualified.get(artifact) ?? artifact;
  crossInputs.count += qualified.size;
  const input: TeamInput = {
    version: 1,
    team: { id, name: `${domain[0]?.toUpperCase()}${domain.slice(1)} ${short}`, description: `Generated ${domain} team ${index}` },
    roles: roles.map(({ lead: _lead, ...r }) => ({ ...r, consumes: r.consumes.map((f) => ({ ...f, artifact: ref(f.artifact) })) })),
    artifacts: artifacts.filter((a) => a.kind !== "cross").map(({ kind: _kind, ...a }) => ({ ...a, derivedFrom: a.derivedFrom.map(ref) })),
    agents: agents.map((g) => ({ ...g, inputs: g.inputs.map(ref) })),
    workflows: workflows.map((w) => ({ ...w, steps: w.steps.map((st) => ({ ...st, reads: (st.reads ?? []).map(ref) })) })),
    contracts,
  };
  return TeamSchema.parse(input);
}

/**
 * Publishes what other teams consume, but one source in ten (by its id, so the random
 * stream and every other figure stay as they were), which is the planted unpublished dependency.
 */
function publishConsumed(teams: Team[]): Pick<Organisation["crossTeam"], "unpublished-dependency"> {
  const consumed = new Set(teams.flatMap((t) => t.roles.flatMap((r) => r.consumes.map((f) => f.artifact).filter((a) => a.includes("/")))));
  return { "unpublished-dependency": teams.flatMap((team) => publish(team, consumed)).sort() };
}

/** Marks the team's artifacts in `consumed` published, but the planted ones, which it returns (`team|artifact`). */
function publish(team: Team, consumed: ReadonlySet<string>): string[] {
  const unpublished: string[] = [];
  for (const a of team.artifacts) {
    if (!consumed.has(`${team.team.id}/${a.id}`)) continue;
    const keep = [...a.id].reduce((n, c) => n + c.charCodeAt(0), 0) % 10 === 0;
    if (keep) unpublished.push(`${team.team.id}|${a.id}`);
    else a.published = true;
  }
  return unpublished;
}

const HOUR = 3_600_000;

/** Submissions spread over the 90 days before `asOf`: most pass and are picked up in time. */
function generateHandoffs(rnd: Random, team: Team, count: number, asOf: Date, planted: PlantedGaps): GeneratedHandoff[] {
  if (team.contracts.length === 0 || count === 0) return [];
  const perContract = split(count, team.contracts.length);
  const out: GeneratedHandoff[] = [];
  team.contracts.forEach((contract: Contract, ci) => {
    const n = perContract[ci] ?? 0;
    let at = asOf.getTime() - 90 * 24 * HOUR;
    const step = (90 * 24 * HOUR) / Math.max(n, 1);
    for (let seq = 1; seq <= n; seq++) {
      at += step * (0.5 + rnd.next() * 0.5);
      const failing = rnd.chance(0.15);
      const payload = {
        summary: `Cycle ${seq} of ${contract.id}`,
        evidence: Array.from({ length: failing ? 2 : 3 + rnd.int(3) }, (_, i) => `data point ${i + 1}`),
        success_criteria: [`p95 under ${100 + rnd.int(400)} ms`, `adoption above ${10 + rnd.int(60)}%`],
        approved_by: rnd.pick(PEOPLE),
      };
      const submittedAt = new Date(at);
      const evaluation = evaluateHandoff(contract, payload, submittedAt);
      const roll = rnd.next();
      // 5% never acknowledged, 5% late; the rest within the SLA.
      const ackHours = roll < 0.05 ? null : roll < 0.1 ? 30 + rnd.int(48) : 1 + rnd.int(20);
      const ack = ackHours === null ? null : new Date(at + ackHours * HOUR);
      const next = ack && rnd.chance(0.9) ? new Date(ack.getTime() + (6 + rnd.int(48)) * HOUR) : null;
      const open = (t: Date | null) => t === null || t.getTime() > asOf.getTime();
      const ackAt = open(ack) ? null : ack;
      const nextAt = open(next) || ackAt === null ? null : next;
      // Planted: only the certain breaches (acknowledged late, or never and long overdue).
      const late = ackAt !== null && ackHours !== null && ackHours > 24;
      const overdue = ackAt === null && asOf.getTime() - at > 48 * HOUR;
      if (late || overdue) planted["sla-breach"].push(`${team.team.id}|${contract.id}/${seq}`);
      if (seq === n && !evaluation.passed) planted["failed-gate"].push(`${team.team.id}|${contract.id}`);
      out.push({
        team: team.team.id, contract: contract.id, seq, submittedBy: contract.from, submittedAt: submittedAt.toISOString(), payload,
        gateResults: evaluation.gates, passed: evaluation.passed, valid: evaluation.valid, payloadErrors: evaluation.errors,
        acknowledgedAt: ackAt?.toISOString() ?? null, nextStageStartedAt: nextAt?.toISOString() ?? null,
      });
    }
  });
  return out;
}

/**
 * One team whose composition map has about `nodes` nodes (roles, artifacts, agents and
 * contracts), for the explorer benchmark: one role per ten nodes, a tenth agents.
 */
export function generateMapTeam(nodes: number, options: GenerateOptions = {}): Team {
  const roles = Math.max(2, Math.round(nodes * 0.08));
  const agents = Math.round(nodes * 0.06);
  const contracts = Math.max(1, Math.round(nodes * 0.02));
  const artifacts = nodes - roles - agents - contracts;
  const org = generateOrganisation(
    { teams: 1, roles, artifacts, flows: Math.round(artifacts * 2.5), contracts, agents, handoffs: 0 },
    { seed: options.seed ?? 7, prefix: options.prefix ?? `map${nodes}`, ...(options.asOf ? { asOf: options.asOf } : {}) },
  );
  const [team] = org.teams;
  if (!team) throw new Error("no team generated");
  return team;
}

/** Entities and relationships an import of these teams creates (what toGraph writes). */
export function organisationSummary(org: Organisation) {
  const counter = summaryCounter();
  for (const team of org.teams) counter.add(team, 0);
  return counter.summary({ ...org, handoffs: org.handoffs.length });
}
export type OrganisationSummary = ReturnType<typeof organisationSummary>;

/** organisationSummary one team at a time, for an organisation streamed (streamOrganisation). */
export function summaryCounter() {
  const n = { teams: 0, roles: 0, artifacts: 0, crossTeamFlows: 0, flows: 0, contracts: 0, agents: 0, workflows: 0, handoffs: 0 };
  const crossArtifacts = new Set<string>();
  return {
    add(team: Team, handoffs: number) {
      n.teams += 1;
      n.roles += team.roles.length;
      n.artifacts += team.artifacts.length;
      for (const r of team.roles) {
        n.flows += r.consumes.length + r.produces.length;
        for (const f of r.consumes) {
          if (!f.artifact.includes("/")) continue;
          n.crossTeamFlows += 1;
          crossArtifacts.add(f.artifact);
        }
      }
      n.contracts += team.contracts.length;
      n.agents += team.agents.length;
      n.workflows += team.workflows.length;
      n.handoffs += handoffs;
    },
    summary(org: Pick<Organisation, "crossTeam" | "planted"> & { handoffs?: number }) {
      return {
        teams: n.teams,
        roles: n.roles,
        artifacts: n.artifacts,
        /** Another team's artifacts taken in, once per team: with `artifacts`, the size's artifact count. */
        crossTeamInputs: org.crossTeam.inputs,
        crossTeamArtifacts: crossArtifacts.size,
        crossTeamFlows: n.crossTeamFlows,
        flows: n.flows,
        contracts: n.contracts,
        agents: n.agents,
        workflows: n.workflows,
        handoffs: org.handoffs ?? n.handoffs,
        planted: Object.fromEntries(Object.entries(org.planted).map(([k, v]) => [k, v.length])),
      };
    },
  };
}

// `npx tsx seed/generate.ts M > org.json` prints an organisation.
if (import.meta.url === `file://${process.argv[1]}`) {
  const size = (process.argv[2] ?? "S") as SizeName;
  if (!(size in SIZES)) throw new Error(`size must be one of ${Object.keys(SIZES).join(", ")}`);
  const org = generateOrganisation(size, { seed: Number(process.argv[3] ?? 1) });
  process.stdout.write(`${JSON.stringify({ summary: organisationSummary(org), teams: org.teams }, null, 1)}\n`);
}
