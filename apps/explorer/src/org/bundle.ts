import type { OrgFlow, OrgSeam } from "./model.ts";

/** Every cross-team flow from one team to another: one edge on the map, with a count. */
export interface Bundle {
  /** `bundle:PRODUCER>CONSUMER`. */
  id: string;
  /** The team whose artifacts flow out. */
  from: string;
  /** The team whose roles consume them. */
  to: string;
  /** Its flows as far as they are read (all of them once both its teams are open). */
  flows: OrgFlow[];
  /** Every flow across the seam, read or not. */
  count: number;
  /** Distinct artifacts crossing: a weekly report read by five roles is one artifact. */
  artifacts: number;
  /** Flows no handoff contract covers. */
  uncontracted: number;
}

export const bundleId = (from: string, to: string): string => `bundle:${from}>${to}`;

/**
 * One bundle per ordered team pair, in the order pairs first appear, flows in input order.
 * Context travels producer -> consumer, so A>B and B>A are two bundles: each says who
 * relies on whom. A flow inside one team is not cross-team and is left out.
 */
export function bundleFlows(flows: readonly OrgFlow[]): Bundle[] {
  const byPair = new Map<string, { bundle: Bundle; artifacts: Set<string> }>();
  for (const flow of flows) {
    const from = flow.artifact.team;
    const to = flow.consumer.team;
    if (from === to) continue;
    const id = bundleId(from, to);
    let entry = byPair.get(id);
    if (entry === undefined) {
      entry = { bundle: { id, from, to, flows: [], count: 0, artifacts: 0, uncontracted: 0 }, artifacts: new Set() };
      byPair.set(id, entry);
    }
    entry.bundle.flows.push(flow);
    entry.bundle.count += 1;
    entry.artifacts.add(flow.artifact.id);
    if (flow.contract === null) entry.bundle.uncontracted += 1;
  }
  return [...byPair.values()].map(({ bundle, artifacts }) => ({ ...bundle, artifacts: artifacts.size }));
}

/**
 * The bundles of an organisation read as counts (its seams), each with the flows read so far
 * between its two teams (those of opened teams): counts from the seam, flows as they come.
 */
export function bundlesOfSeams(seams: readonly OrgSeam[], flows: readonly OrgFlow[]): Bundle[] {
  const read = new Map<string, OrgFlow[]>();
  for (const f of flows) {
    if (f.artifact.team === f.consumer.team) continue;
    const id = bundleId(f.artifact.team, f.consumer.team);
    const list = read.get(id);
    if (list === undefined) read.set(id, [f]);
    else list.push(f);
  }
  return seams.filter((s) => s.from !== s.to).map((s) => {
    const id = bundleId(s.from, s.to);
    return { id, from: s.from, to: s.to, flows: read.get(id) ?? [], count: s.flows, artifacts: s.artifacts, uncontracted: s.uncontracted };
  });
}

/** For each team, the teams it depends on (reads from) and the teams that depend on it. */
export function dependencies(bundles: readonly Bundle[]): Map<string, { dependsOn: Set<string>; dependents: Set<string> }> {
  const out = new Map<string, { dependsOn: Set<string>; dependents: Set<string> }>();
  const of = (team: string) => {
    let d = out.get(team);
    if (d === undefined) {
      d = { dependsOn: new Set(), dependents: new Set() };
      out.set(team, d);
    }
    return d;
  };
  for (const b of bundles) {
    of(b.to).dependsOn.add(b.from);
    of(b.from).dependents.add(b.to);
  }
  return out;
}
