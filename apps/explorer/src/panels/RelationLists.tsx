import type { CompositionNode } from "@rolegraph/schema";
import type { RelationGroup } from "../flow/counts.ts";
import { edgeLabel } from "../flow/toFlow.ts";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { downloadText, toCsv } from "../export/csv.ts";
import { Section } from "./Panel.tsx";

const TITLE: Record<string, string> = {
  producer: "Producers", consumer: "Consumers", carrier: "Carried by", input: "Inputs", output: "Outputs",
  upstream: "Upstream", downstream: "Downstream", path: "On the path", finding: "Named by the finding",
};
const KIND = { role: "role", artifact: "artifact", agent: "agent", contract: "contract" } as const;

/** The edge between the focus and a neighbour, as the map labels it (cadence, contract state). */
function how(graph: Graph, focus: string, other: string): string {
  const edge = graph.edges.find((e) => (e.source === focus && e.target === other) || (e.source === other && e.target === focus));
  return edge === undefined ? "" : (edgeLabel(edge, graph) ?? "");
}

/**
 * What the focus touches, one section per highlight colour, with the counts the legend shows.
 * The downstream lists together are the impact list, which downloads as CSV.
 */
export function RelationLists({ graph, focus, groups }: { graph: Graph; focus: CompositionNode; groups: readonly RelationGroup[] }) {
  const focusNode = useStore((s) => s.focusNode);
  const impact = groups.filter((g) => g.relation === "consumer" || g.relation === "output" || g.relation === "downstream");
  const exportImpact = () => {
    const rows = impact.flatMap((g) => g.nodes.map((n) => [n.label, n.kind, n.entityId, TITLE[g.relation] ?? g.relation]));
    downloadText(`${focus.entityId}-impact.csv`, toCsv(["name", "kind", "id", "relation"], rows), "text/csv");
  };
  return (
    <>
      {groups.map((g) => (
        <Section key={g.relation} title={TITLE[g.relation] ?? g.relation} count={g.nodes.length}>
          <table className="list" data-testid={`${g.relation}s`}>
            <tbody>
              {g.nodes.map((n) => (
                <tr key={n.id} data-node={n.id}>
                  <td><button type="button" className="link" onClick={() => focusNode(n.id)}>{n.label}</button></td>
                  <td className="muted">{KIND[n.kind]}</td>
                  <td className="muted">{how(graph, focus.id, n.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ))}
      {impact.length > 0 ? (
        <p><button type="button" onClick={exportImpact} data-testid="impact-csv">Download the impact list (CSV)</button></p>
      ) : null}
    </>
  );
}
