import { defineRule } from "../define.ts";
import type { GraphFlow } from "../graph.ts";
import { all } from "../indexes.ts";
import { ids, listing, namer, rolesNamed } from "../text.ts";

/** Faster first. `per-cycle` and `on-event` have no place on this scale and are never compared. */
const PACE = ["continuous", "daily", "weekly", "monthly", "quarterly"] as const;
const paceOf = (cadence: string | undefined) => (cadence === undefined ? -1 : (PACE as readonly string[]).indexOf(cadence));

/**
 * A consumer that reads faster than any producer writes gets stale context and fills the gap
 * by hand (or by asking at 4pm on a Friday). Only the roles' own produce flows state a cadence;
 * a producer with no comparable cadence could be fast enough, so the artifact is then left
 * alone: a finding must be certain. One finding per consumer, at its fastest read.
 */
export const cadenceMismatch = defineRule({
  id: "cadence-mismatch",
  severity: "warning",
  subjectKind: "artifact",
  summary: "A role consumes an artifact at a faster cadence than every producer produces it",
  description: "A role consumes an artifact at a faster cadence than every producer produces it (continuous < daily < weekly < monthly < quarterly; per-cycle and on-event are not compared). The consumer works from stale context most of the time, or fills the gap by hand.",
  help: "A reader who expects it daily and a writer who makes it quarterly disagree about the interface: agree on one cadence (produce more often, or consume at the pace it is made), and write it on both sides.",
  check(graph) {
    const named = namer(graph);
    const { role, producersOf, consumersOf } = graph.index;
    return graph.artifacts.flatMap((a) => {
      const made = all(producersOf, a.id);
      if (made.length === 0 || made.some((f) => paceOf(f.cadence) < 0)) return [];
      const fastestMade = Math.min(...made.map((f) => paceOf(f.cadence)));
      const fastestRead = new Map<string, GraphFlow>();
      for (const f of all(consumersOf, a.id)) {
        const pace = paceOf(f.cadence);
        const seen = fastestRead.get(f.role);
        if (pace >= 0 && pace < fastestMade && (!seen || pace < paceOf(seen.cadence))) fastestRead.set(f.role, f);
      }
      const producers = rolesNamed(role, made.map((f) => f.role));
      const makes = listing(made.map((f) => `${named(role.get(f.role) ?? { id: f.role })} ${f.cadence ?? ""}`).sort());
      const pace = PACE[fastestMade] ?? "";
      return [...fastestRead.values()].sort((x, y) => x.role.localeCompare(y.role)).map((f) => {
        const consumer = role.get(f.role) ?? { id: f.role, name: f.role };
        return {
          subjectId: a.id,
          related: [f.role, ...producers.map((p) => p.id).filter((p) => p !== f.role)],
          message: `${named(consumer)} consumes ${named(a)} ${f.cadence ?? ""}, but it is made no more often than ${pace} (produced by ${makes})`,
          remediation: `Agree on one cadence for ${a.name}: have ${listing(producers.map((p) => p.name ?? p.id))} produce it ${f.cadence ?? ""}, or have ${consumer.name ?? consumer.id} consume it ${pace}; then write the agreed cadence on both sides.`,
          roles: ids([f.role, ...producers.map((p) => p.id)]),
          stages: ids([f.stage]),
        };
      });
    });
  },
});
