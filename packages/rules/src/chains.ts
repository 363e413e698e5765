/**
 * The compression chain, pure: how many role-to-role boundaries context from outside the team
 * crosses before it reaches each role. A boundary is a role producing an artifact that another
 * role consumes; a role that consumes an external artifact itself is at 0. Breadth-first, each
 * level and each list of neighbours in id order, so ties between equally short chains always
 * resolve the same way.
 */
export interface ChainInput {
  /** Role-level flows only: what a role's agents read or write is the role's own context. */
  flows: { role: string; artifact: string; kind: "produces" | "consumes" }[];
  externals: string[];
}

export interface RoleDistance {
  role: string;
  /** Boundaries crossed. */
  distance: number;
  /** Role ids from a role at an external input to this role; distance + 1 long. */
  chain: string[];
  /** The external input, then the artifact that crosses each boundary; distance + 1 long. */
  via: string[];
  /** Across teams (graph.across), the names of `chain` and `via`: other teams' elements are not in the team's index. */
  chainNames?: string[];
  viaNames?: string[];
}

export function compressionDistances(input: ChainInput): RoleDistance[] {
  const external = new Set(input.externals);
  const producers = new Map<string, Set<string>>();
  const consumers = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const f of input.flows) add(f.kind === "produces" ? producers : consumers, f.kind === "produces" ? f.role : f.artifact, f.kind === "produces" ? f.artifact : f.role);

  const found = new Map<string, RoleDistance>();
  const firstInput = new Map<string, string>();
  // Only the external reads need an order (each role's first external input, by id): sorting
  // every flow with localeCompare was most of this function's time on an L-sized team.
  const externalReads = input.flows.filter((f) => f.kind === "consumes" && external.has(f.artifact));
  for (const f of externalReads.sort((a, b) => a.role.localeCompare(b.role) || a.artifact.localeCompare(b.artifact))) {
    if (!firstInput.has(f.role)) firstInput.set(f.role, f.artifact);
  }
  let frontier = [...firstInput.keys()].sort();
  for (const role of frontier) found.set(role, { role, distance: 0, chain: [role], via: [firstInput.get(role) ?? ""] });

  while (frontier.length > 0) {
    const next: string[] = [];
    for (const from of frontier) {
      const here = found.get(from);
      if (!here) continue;
      for (const artifact of [...(producers.get(from) ?? [])].sort()) {
        for (const to of [...(consumers.get(artifact) ?? [])].sort()) {
          if (found.has(to)) continue;
          found.set(to, { role: to, distance: here.distance + 1, chain: [...here.chain, to], via: [...here.via, artifact] });
          next.push(to);
        }
      }
    }
    frontier = next.sort();
  }
  return [...found.values()].sort((a, b) => a.distance - b.distance || a.role.localeCompare(b.role));
}
