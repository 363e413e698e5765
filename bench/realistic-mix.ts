import { random } from "../seed/generate.ts";
import { OUR_QUERIES } from "./reads.ts";
import { seededShuffle, zipfSampler } from "./zipf.ts";

/** Every artifact and role of the organisation, by team: what the realistic load draws from. */
export interface OrgIndex {
  artifacts: { team: string; id: string }[];
  roles: { team: string; id: string }[];
  /** Each team's role ids, for the other end of a context chain. */
  rolesByTeam: Map<string, string[]>;
}

export const GAP_REPORT_QUERY = `query ($team: ID!, $asOf: DateTime) { team(id: $team) { gapReport(asOf: $asOf) {
  score countsBySeverity { key count } findings { rule severity subjectId message } } } }`;

/**
 * What people ask, and how often (shares of requests): lookups of one artifact or role far
 * more than whole-team views. An assumption, stated so it can be argued with: the explorer
 * asks consumers, impact and a role's flows on every click, a team's map and gap report once
 * per visit.
 */
export const MIX = [
  { read: "consumers", share: 0.3 },
  { read: "impactedRoles", share: 0.15 },
  { read: "roleFlows", share: 0.25 },
  { read: "contextChain", share: 0.15 },
  { read: "composition", share: 0.1 },
  { read: "gapReport", share: 0.05 },
] as const;
export type MixRead = (typeof MIX)[number]["read"];

export interface Mix {
  /** Distinct request bodies. */
  bodies: string[];
  /** The read each body is. */
  labels: MixRead[];
  /** The order the clients send them in: indices into bodies. */
  sequence: Uint32Array;
}

/**
 * `requests` requests drawn with a seed: the read by MIX, its target by Zipf (exponent s) over
 * every artifact (artifact reads) or every role (role and team reads; a team's views go to the
 * drawn role's team, so a team's weight is its roles' weights). The hot ranks go to targets in
 * a seeded order, spread over the organisation.
 */
export function realisticMix(index: OrgIndex, options: { requests: number; seed: number; s: number; asOf: string }): Mix {
  const artifacts = seededShuffle(index.artifacts, options.seed);
  const roles = seededShuffle(index.roles, options.seed + 1);
  const artifactRank = zipfSampler(artifacts.length, options.s, options.seed + 2);
  const roleRank = zipfSampler(roles.length, options.s, options.seed + 3);
  const rnd = random(options.seed + 4);
  const bodies: string[] = [];
  const labels: MixRead[] = [];
  const seen = new Map<string, number>();
  const sequence = new Uint32Array(options.requests);
  const body = (read: MixRead, query: string, variables: Record<string, unknown>) => {
    const text = JSON.stringify({ query, variables });
    let at = seen.get(text);
    if (at === undefined) {
      at = bodies.push(text) - 1;
      labels.push(read);
      seen.set(text, at);
    }
    return at;
  };
  const pickRead = (): MixRead => {
    let u = rnd.next();
    for (const m of MIX) if ((u -= m.share) < 0) return m.read;
    return "consumers";
  };
  for (let i = 0; i < options.requests; i++) {
    const read = pickRead();
    const artifact = artifacts[artifactRank()];
    const role = roles[roleRank()];
    if (!artifact || !role) throw new Error("realisticMix: an organisation with no artifacts or roles");
    if (read === "consumers" || read === "impactedRoles") sequence[i] = body(read, OUR_QUERIES[read], artifact);
    else if (read === "roleFlows") sequence[i] = body(read, OUR_QUERIES.roleFlows, role);
    else if (read === "composition") sequence[i] = body(read, OUR_QUERIES.composition, { team: role.team, focus: `role:${role.id}` });
    else if (read === "gapReport") sequence[i] = body(read, GAP_REPORT_QUERY, { team: role.team, asOf: options.asOf });
    else {
      const mates = (index.rolesByTeam.get(role.team) ?? []).filter((r) => r !== role.id);
      const to = mates.length > 0 ? mates[rnd.int(mates.length)] : undefined;
      sequence[i] = to === undefined
        ? body("roleFlows", OUR_QUERIES.roleFlows, role)
        : body(read, OUR_QUERIES.contextChain, { team: role.team, from: role.id, to });
    }
  }
  return { bodies, labels, sequence };
}
