import { useMemo, useState } from "react";
import { downloadText, toCsv } from "../export/csv.ts";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { compositionTables, viewRows } from "./rows.ts";

/**
 * The whole composition as text: roles, artifacts, flows and contracts in tables that filter
 * and sort, each downloadable as CSV. The accessible alternative to the canvas, and a list to scan.
 */
export function TableView({ graph, stages }: { graph: Graph; stages: readonly { id: string; name: string }[] }) {
  const focusNode = useStore((s) => s.focusNode);
  const tables = useMemo(() => compositionTables(graph, (id) => stages.find((s) => s.id === id)?.name ?? id), [graph, stages]);
  const [current, setCurrent] = useState(0);
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<{ column: number; descending: boolean } | null>(null);
  const table = tables[current] ?? tables[0];
  if (table === undefined) return null;
  const rows = viewRows(table, filter, sort);
  const sortBy = (column: number) => setSort(sort?.column === column ? { column, descending: !sort.descending } : { column, descending: false });
  return (
    <div className="table-view" data-testid="table-view">
      <h2>The composition as a table</h2>
      <div className="table-tabs" role="tablist" aria-label="Tables">
        {tables.map((t, i) => (
          <button key={t.id} type="button" role="tab" aria-selected={i === current} aria-controls="composition-table" className={i === current ? "on" : ""} onClick={() => { setCurrent(i); setSort(null); }}>
            {t.title} <span className="count">{t.rows.length}</span>
          </button>
        ))}
      </div>
      <div className="table-tools">
        <input type="text" value={filter} onChange={(e) => setFilter(e.target.value)} aria-label={`Filter ${table.title.toLowerCase()}`} placeholder={`Filter ${table.title.toLowerCase()}…`} />
        <span className="muted" role="status">{rows.length} of {table.rows.length} {table.title.toLowerCase()}</span>
        <button type="button" onClick={() => downloadText(`${table.id}.csv`, toCsv(table.columns, rows.map((r) => r.cells.map(String))), "text/csv")}>Download CSV</button>
      </div>
      <div className="table-scroll">
        <table className="list composition-table" id="composition-table" role="tabpanel" aria-label={table.title}>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={c} scope="col" aria-sort={sort?.column === i ? (sort.descending ? "descending" : "ascending") : "none"}>
                  <button type="button" className="sort" onClick={() => sortBy(i)}>
                    {c}<span aria-hidden="true">{sort?.column === i ? (sort.descending ? " ▾" : " ▴") : ""}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-row={r.id}>
                {r.cells.map((cell, i) => (
                  <td key={i}>
                    {i === 0 && graph.byId.has(r.id) ? <button type="button" className="link" onClick={() => focusNode(r.id)}>{cell}</button> : cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
