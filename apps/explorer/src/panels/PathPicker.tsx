import { useId, useState } from "react";
import type { Graph } from "../flow/graph.ts";
import { rank } from "../search/rank.ts";
import { useStore } from "../store.ts";
import { Section } from "./Panel.tsx";

/** "Path to…": pick a second node by name; the map lights the shortest way from the focus to it. */
export function PathPicker({ graph, from }: { graph: Graph; from: string }) {
  const { path, setPath } = useStore();
  const [text, setText] = useState(path === null ? "" : (graph.byId.get(path)?.label ?? ""));
  const list = useId();
  const choose = (value: string) => {
    setText(value);
    const exact = graph.nodes.find((n) => n.label === value && n.id !== from);
    const best = exact ?? rank(graph.nodes.filter((n) => n.id !== from), value, 1)[0];
    setPath(value.trim() === "" || best === undefined ? null : best.id);
  };
  return (
    <Section title="Path to another node">
      <div className="path-picker">
        <input type="text" list={list} value={text} aria-label="Show the path to" placeholder="Name of a role, artifact…" onChange={(e) => choose(e.target.value)} />
        {path !== null ? <button type="button" onClick={() => { setText(""); setPath(null); }}>Clear path</button> : null}
        <datalist id={list}>
          {graph.nodes.filter((n) => n.id !== from).slice(0, 400).map((n) => <option key={n.id} value={n.label} />)}
        </datalist>
      </div>
    </Section>
  );
}
