import type { Relation } from "../flow/focus.ts";
import type { MapModel } from "./useMapModel.ts";

const ENTRIES: { relation: Relation; label: string }[] = [
  { relation: "producer", label: "produces it" },
  { relation: "consumer", label: "consumes it" },
  { relation: "downstream", label: "derived from it" },
  { relation: "impacted", label: "consumes what is derived" },
  { relation: "input", label: "input" },
  { relation: "output", label: "output" },
  { relation: "linked", label: "further out" },
];

/** What the highlight colours mean, with counts: only the relations the current focus has. */
export function FocusLegend({ model }: { model: MapModel }) {
  if (model.focus === undefined) return null;
  const counts = new Map<Relation, number>();
  for (const relation of model.focus.relations.values()) counts.set(relation, (counts.get(relation) ?? 0) + 1);
  const shown = ENTRIES.filter((e) => (counts.get(e.relation) ?? 0) > 0);
  return (
    <div className="legend" aria-label="Highlight legend">
      {shown.map((e) => (
        <span key={e.relation} className={`legend-item rel-${e.relation}`}>
          <i /> {e.label} <b>{counts.get(e.relation)}</b>
        </span>
      ))}
    </div>
  );
}
