import type { GraphAgent, GraphContract, TeamGraph } from "./graph.ts";
import { all } from "./indexes.ts";

/** The essay's "Building Your Role OS" path, in its order. */
export const ADOPTION_STEPS = [
  "Map your lifecycle engagement",
  "Identify your key handoffs",
  "Build one agent (blast radius and oversight first)",
  "Define one handoff contract (every gate checkable)",
  "Sort your tasks (delegation factors and mode)",
  "Expand gradually (two agents and two contracts, all meeting 3-5)",
] as const;

export interface AdoptionStep {
  /** 1 to 6. */
  step: number;
  name: string;
  done: boolean;
  /** What the step found: why it is done, or what it still needs. */
  detail: string;
}

export interface RoleAdoption {
  roleId: string;
  steps: AdoptionStep[];
  /** Steps done, in any order. */
  done: number;
  /** Where the role stands on the path: the steps done in a row from step 1 (0 to 6). */
  reached: number;
}

export interface TeamAdoption {
  roles: RoleAdoption[];
  /** Per step, how many roles have done it. */
  byStep: { step: number; name: string; roles: number }[];
  /** Steps done over all roles, of 6 per role. */
  done: number;
  possible: number;
}

/** Step 3: an agent whose blast radius and oversight were defined before its capabilities. */
const bounded = (g: GraphAgent) => Boolean(g.blastRadius?.trim() && g.oversight?.trim());
/** Step 4: a contract with gates, every one of them a constraint (a check), none a preference. */
const checkable = (k: GraphContract) => k.gates.length > 0 && k.gates.every((gate) => gate.hasCheck);
/** Step 5: the task is sorted: the three factors and a mode. */
const sorted = (g: GraphAgent) => Boolean(g.delegation?.errorTolerance && g.delegation.toolSpan && g.delegation.independence && g.delegation.mode);

const step = (n: number, done: boolean, detail: string): AdoptionStep => ({ step: n, name: ADOPTION_STEPS[n - 1] ?? "", done, detail });
const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** Where one role stands on the six steps, pure: read off its engagement, agents and contracts. */
export function roleAdoption(graph: TeamGraph, roleId: string, into = contractsInto(graph)): RoleAdoption {
  const role = graph.index.role.get(roleId);
  const agents = all(graph.index.agentsOf, roleId);
  const out = all(graph.index.contractsFrom, roleId);
  const contracts = [...out, ...(into.get(roleId) ?? []).filter((k) => k.from !== roleId)];
  const engaged = Object.keys(role?.engagement ?? {}).length;
  const leads = Object.values(role?.engagement ?? {}).filter((e) => e === "lead").length;
  const boundedAgents = agents.filter(bounded);
  const checkableOut = out.filter(checkable);
  const unsorted = agents.filter((g) => !sorted(g));
  const expanding = agents.length >= 2 && contracts.length >= 2 && boundedAgents.length === agents.length && unsorted.length === 0 && contracts.every(checkable);
  const steps = [
    step(1, engaged > 0, engaged > 0 ? `engaged in ${count(engaged, "stage")}, leading ${leads}` : "no lifecycle engagement: which stages does it lead, support or consult?"),
    step(2, contracts.length > 0, contracts.length > 0 ? `${count(contracts.length, "contract")} in or out` : "no contract in or out: name the handoff where context loss hurts most"),
    step(3, boundedAgents.length > 0, boundedAgents.length > 0 ? `${count(boundedAgents.length, "agent")} with blast radius and oversight`
      : agents.length > 0 ? "no agent has both a blast radius and oversight" : "no agent yet"),
    step(4, checkableOut.length > 0, checkableOut.length > 0 ? `${count(checkableOut.length, "contract")} out with every gate checkable`
      : out.length > 0 ? "every contract out has no gates or a gate without a check" : "no contract out"),
    step(5, agents.length > 0 && unsorted.length === 0, agents.length === 0 ? "no agent to sort"
      : unsorted.length === 0 ? `all ${count(agents.length, "agent")} sorted` : `${count(unsorted.length, "agent")} without delegation factors and mode`),
    step(6, expanding, expanding ? `${count(agents.length, "agent")} and ${count(contracts.length, "contract")}, all meeting steps 3 to 5`
      : `${count(agents.length, "agent")} and ${count(contracts.length, "contract")}; needs two of each, all meeting steps 3 to 5`),
  ];
  const firstUndone = steps.findIndex((s) => !s.done);
  return { roleId, steps, done: steps.filter((s) => s.done).length, reached: firstUndone < 0 ? steps.length : firstUndone };
}

function contractsInto(graph: TeamGraph): ReadonlyMap<string, readonly GraphContract[]> {
  const into = new Map<string, GraphContract[]>();
  for (const k of graph.contracts) into.set(k.to, [...(into.get(k.to) ?? []), k]);
  return into;
}

/** Every role's adoption, and the team's sums. */
export function teamAdoption(graph: TeamGraph): TeamAdoption {
  const into = contractsInto(graph);
  const roles = graph.roles.map((r) => roleAdoption(graph, r.id, into));
  return {
    roles,
    byStep: ADOPTION_STEPS.map((name, i) => ({ step: i + 1, name, roles: roles.filter((r) => r.steps[i]?.done).length })),
    done: roles.reduce((sum, r) => sum + r.done, 0),
    possible: roles.length * ADOPTION_STEPS.length,
  };
}
