import type { Graph } from "../flow/graph.ts";
import { edgeLabel } from "../flow/toFlow.ts";

export type Cell = string | number;
export interface Table {
  id: "roles" | "artifacts" | "flows" | "contracts";
  title: string;
  columns: string[];
  rows: { id: string; cells: Cell[] }[];
}

const VERB: Record<string, string> = { produces: "produces", consumes: "consumes", reads: "reads", writes: "writes", "derived-from": "is derived from", owns: "owns", handoff: "hands off to" };

/**
 * The whole composition as four tables a person (or a screen reader) reads row by row: the
 * text alternative to the canvas. Names, never ids; pure, so the tests read it on literals.
 */
export function compositionTables(graph: Graph, stageName: (id: string) => string): Table[] {
  const name = (id: string) => graph.byId.get(id)?.label ?? id;
  const gaps = (id: string) => {
    const g = graph.byId.get(id)?.gaps;
    return g === undefined ? 0 : g.error + g.warning + g.info;
  };
  const of = (kind: string) => graph.nodes.filter((n) => n.kind === kind);
  const into = (id: string, kinds: string[]) => graph.edges.filter((e) => e.target === id && kinds.includes(e.kind)).map((e) => name(e.source)).join(", ");
  const from = (id: string, kinds: string[]) => graph.edges.filter((e) => e.source === id && kinds.includes(e.kind)).map((e) => name(e.target)).join(", ");
  const engaged = (engagement: Record<string, string> | undefined, level: string) =>
    Object.entries(engagement ?? {}).filter(([, l]) => l.toLowerCase() === level).map(([s]) => stageName(s)).join(", ");
  // Edges point the way context flows (graph.ts orient): "consumes" runs artifact -> role; a table reads subject, verb, object.
  const sentence = (e: Graph["edges"][number]): [string, string] => (e.kind === "consumes" || e.kind === "reads" || e.kind === "derived-from" ? [name(e.target), name(e.source)] : [name(e.source), name(e.target)]);
  return [
    {
      id: "roles", title: "Roles", columns: ["Role", "Owner", "Leads", "Supports", "Consults", "Findings"],
      rows: of("role").map((n) => ({ id: n.id, cells: [n.label, typeof n.data.owner === "string" ? n.data.owner : "", engaged(n.engagement, "lead"), engaged(n.engagement, "support"), engaged(n.engagement, "consult"), gaps(n.id)] })),
    },
    {
      id: "artifacts", title: "Artifacts", columns: ["Artifact", "Made by", "Taken in by", "External", "Findings"],
      rows: of("artifact").map((n) => ({ id: n.id, cells: [n.label, into(n.id, ["produces", "writes"]), from(n.id, ["consumes", "reads"]), n.data.external === true ? "yes" : "", gaps(n.id)] })),
    },
    {
      id: "flows", title: "Flows", columns: ["From", "Relation", "To", "Cadence or contract", "Stage"],
      rows: graph.edges.map((e) => {
        const [subject, object] = sentence(e);
        return { id: e.id, cells: [subject, VERB[e.kind] ?? e.kind, object, edgeLabel(e, graph) ?? "", e.stage === undefined || e.stage === null ? "" : stageName(e.stage)] };
      }),
    },
    {
      id: "contracts", title: "Contracts", columns: ["Contract", "From", "To", "Gates", "Checkable", "Last handoff"],
      rows: of("contract").map((n) => {
        const d = n.data;
        const role = (v: unknown) => (typeof v === "string" ? name(`role:${v}`) : "");
        return { id: n.id, cells: [n.label, role(d.from), role(d.to), typeof d.gates === "number" ? d.gates : "", typeof d.checkable === "number" ? d.checkable : "", d.lastPassed === true ? "passed" : d.lastPassed === false ? "failed" : "none yet"] };
      }),
    },
  ];
}

/** Rows whose cells contain every word of `filter`, sorted by one column (numbers as numbers). */
export function viewRows(table: Table, filter: string, sort: { column: number; descending: boolean } | null): Table["rows"] {
  const words = filter.toLowerCase().split(/\s+/).filter((w) => w !== "");
  const kept = table.rows.filter((r) => {
    const text = r.cells.join(" ").toLowerCase();
    return words.every((w) => text.includes(w));
  });
  if (sort === null) return kept;
  const sign = sort.descending ? -1 : 1;
  return [...kept].sort((a, b) => {
    const x = a.cells[sort.column] ?? "";
    const y = b.cells[sort.column] ?? "";
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sign * order;
  });
}
