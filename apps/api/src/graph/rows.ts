/**
 * A team as flat graph rows: the shape both the YAML side (toGraph) and the Neo4j side
 * (readGraph) produce, so importing is a diff between two lists of rows.
 */
export const ENTITY_LABELS = [
  "Team", "Stage", "Role", "Artifact", "Agent", "Workflow", "Step", "Contract", "Requirement", "Gate",
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const REL_TYPES = [
  "ENGAGED_IN", "PRODUCES", "CONSUMES", "DERIVED_FROM", "OUTPUT", "NEXT", "OWNS", "READS", "WRITES",
  "OF_ROLE", "IN_STAGE", "HAS_STEP", "USES", "HANDS_OFF", "FROM", "TO", "FROM_STAGE", "TO_STAGE",
  "CARRIES", "REQUIRES", "HAS_GATE",
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** Property values Neo4j can store; nested data travels as JSON text. */
export type PropValue = string | number | boolean | string[];
export type Props = Record<string, PropValue>;

export interface NodeRow {
  label: EntityLabel;
  id: string;
  props: Props;
}
export interface RelRow {
  type: RelType;
  from: { label: EntityLabel; id: string };
  to: { label: EntityLabel; id: string };
  /** Tells apart two relationships of one type between the same nodes (a flow's stage). */
  key: string;
  props: Props;
}
export interface GraphRows {
  nodes: NodeRow[];
  rels: RelRow[];
}

export const nodeKey = (n: { label: string; id: string }) => `${n.label}|${n.id}`;
export const relKey = (r: Pick<RelRow, "type" | "from" | "to" | "key">) =>
  `${r.type}|${nodeKey(r.from)}|${nodeKey(r.to)}|${r.key}`;

/** Drops undefined values and encodes objects as JSON, so props compare and store cleanly. */
export function props(values: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[k] = v;
    else out[k] = JSON.stringify(v);
  }
  return out;
}

/** Same props, whatever the key order: how the diff decides "updated". */
export function sameProps(a: Props, b: Props): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
