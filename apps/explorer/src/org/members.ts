import type { OrgFlow, OrgTeam } from "./model.ts";

export interface Member {
  id: string;
  name: string;
  /** Artifacts only: false for one other teams read although the team never published it. */
  published: boolean;
}

export interface Members {
  roles: Member[];
  artifacts: Member[];
}

/**
 * What an open team shows: its roles, and its interface: what it publishes, plus what other
 * teams read from it without its being published (an unpublished dependency, drawn as such),
 * so every cross-team flow has an artifact to start from.
 */
export function membersOf(team: OrgTeam, flows: readonly OrgFlow[]): Members {
  const roles = team.roles.map((r) => ({ id: r.id, name: r.name, published: true }));
  const artifacts = team.published.map((a) => ({ id: a.id, name: a.name, published: true }));
  const seen = new Set(artifacts.map((a) => a.id));
  for (const f of flows) {
    if (f.artifact.team !== team.id || seen.has(f.artifact.id)) continue;
    seen.add(f.artifact.id);
    artifacts.push({ id: f.artifact.id, name: f.artifact.name, published: f.artifact.published });
  }
  return { roles, artifacts };
}

/** Each team's flows out, once: membersOf at 100 teams must not scan 800 flows a hundred times. */
export function flowsByProducer(flows: readonly OrgFlow[]): Map<string, OrgFlow[]> {
  const out = new Map<string, OrgFlow[]>();
  for (const f of flows) {
    const list = out.get(f.artifact.team);
    if (list === undefined) out.set(f.artifact.team, [f]);
    else list.push(f);
  }
  return out;
}
