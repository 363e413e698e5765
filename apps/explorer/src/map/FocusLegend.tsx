import type { Relation } from "../flow/focus.ts";
import type { MapModel } from "./useMapModel.ts";

export const RELATION_LABEL: Record<Relation, string> = {
  focus: "the focus",
  producer: "produces it",
  consumer: "consumes it",
  carrier: "carries it",
  input: "input",
  output: "output",
  upstream: "upstream",
  downstream: "downstream",
  path: "on the path",
  finding: "named by the finding",
};

/**
 * What the highlight colours mean, with counts: the lengths of model.groups, the lists the
 * side panel shows too, so the two always agree. What the filters hide is said, not counted as shown.
 */
export function FocusLegend({ model }: { model: MapModel }) {
  if (model.focus === undefined) return null;
  return (
    <div className="legend" role="group" aria-label="Highlight legend" data-testid="focus-legend">
      {model.groups.map((g) => (
        <span key={g.relation} className={`legend-item rel-${g.relation}`} data-relation={g.relation} data-count={g.nodes.length - g.hidden}>
          <i aria-hidden="true" /> {RELATION_LABEL[g.relation]} <b>{g.nodes.length - g.hidden}</b>
          {g.hidden > 0 ? <span className="muted"> (+{g.hidden} hidden)</span> : null}
        </span>
      ))}
      {model.noPath ? <span className="warn-text">No path between these two</span> : null}
    </div>
  );
}
