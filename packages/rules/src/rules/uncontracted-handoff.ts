import { defineRule } from "../define.ts";
import type { GraphFlow, GraphStage } from "../graph.ts";
import { all } from "../indexes.ts";
import { namer } from "../text.ts";

/**
 * One finding per (artifact, producer, consumer): the earliest producing stage and the
 * earliest later consuming stage describe the boundary. Flows without a stage are never
 * handoffs, and use in the same stage is collaboration.
 */
export const uncontractedHandoff = defineRule({
  id: "uncontracted-handoff",
  severity: "warning",
  subjectKind: "artifact",
  summary: "An artifact crosses from one role to another in a later stage with no contract that carries it",
  description: "A role produces an artifact in one stage that another role consumes in a later stage, with no contract from the producer to the consumer that carries it. The boundary exists whether or not it is written down; unwritten, nothing says what must cross it.",
  help: "Every boundary is a compression step: write the handoff down as a contract from the producer to the consumer that carries the artifact, with gates that check what the consumer needs.",
  check(graph) {
    const named = namer(graph);
    const { role, stage, producersOf, consumersOf, contractsFrom } = graph.index;
    const staged = (flows: readonly GraphFlow[]) =>
      flows.flatMap((f) => {
        const s = f.stage === undefined ? undefined : stage.get(f.stage);
        return s ? [{ role: f.role, stage: s }] : [];
      });
    return [...graph.artifacts].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)).flatMap((a) => {
      const consumed = staged(all(consumersOf, a.id));
      if (consumed.length === 0) return [];
      // producer|consumer -> the earliest (producing stage, consuming stage) pair
      const pairs = new Map<string, { p: string; c: string; from: GraphStage; to: GraphStage }>();
      for (const pf of staged(all(producersOf, a.id))) {
        for (const cf of consumed) {
          if (pf.role === cf.role || cf.stage.order <= pf.stage.order) continue;
          const key = `${pf.role}|${cf.role}`;
          const seen = pairs.get(key);
          if (!seen || pf.stage.order < seen.from.order || (pf.stage.order === seen.from.order && cf.stage.order < seen.to.order)) {
            pairs.set(key, { p: pf.role, c: cf.role, from: pf.stage, to: cf.stage });
          }
        }
      }
      return [...pairs.values()].sort((x, y) => cmp(x.p, y.p) || cmp(x.c, y.c)).flatMap(({ p, c, from, to }) => {
        const between = all(contractsFrom, p).filter((k) => k.to === c);
        if (between.some((k) => k.carries.includes(a.id))) return [];
        const producer = role.get(p) ?? { id: p, name: p };
        const consumer = role.get(c) ?? { id: c, name: c };
        const existing = between.map((k) => k.id).sort();
        return [{
          subjectId: a.id,
          related: [p, c],
          message: `${named(a)} crosses from ${named(producer)} in ${from.name} to ${named(consumer)} in ${to.name} with no contract that carries it`,
          remediation: existing.length
            ? `Add ${a.id} to the carries of ${existing.join(" or ")} (already from ${p} to ${c}), with a gate that checks it.`
            : `Add a contract from ${p} to ${c} (boundary ${from.id} -> ${to.id}) that carries ${a.id}, with gates that check what ${consumer.name} needs from it.`,
          roles: [p, c],
          stages: [from.id, to.id],
        }];
      });
    });
  },
});

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
