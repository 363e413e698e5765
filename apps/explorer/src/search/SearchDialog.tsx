import { useEffect, useRef, useState } from "react";
import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";
import { rank } from "./rank.ts";

/** `/` or Ctrl+K from anywhere: find a role, artifact, agent or contract and focus it. */
export function SearchDialog({ graph }: { graph: Graph | undefined }) {
  const { searchOpen, setSearchOpen, focusNode } = useStore();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && (e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA" || e.target.tagName === "SELECT");
      if ((e.key === "k" && (e.ctrlKey || e.metaKey)) || (e.key === "/" && !typing)) {
        e.preventDefault();
        setSearchOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [setSearchOpen]);

  useEffect(() => {
    if (searchOpen) input.current?.focus();
  }, [searchOpen]);

  if (!searchOpen || graph === undefined) return null;
  const results = rank(graph.nodes, query);
  const close = () => { setSearchOpen(false); setQuery(""); setActive(0); };
  const choose = (id: string | undefined) => {
    if (id === undefined) return;
    close();
    focusNode(id);
  };
  return (
    <div className="search-backdrop" onMouseDown={close}>
      <div className="search" role="dialog" aria-modal="true" aria-label="Search the map" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          placeholder="Search names, ids, owners…"
          value={query}
          aria-label="Search roles, artifacts, agents and contracts by name, id or owner"
          role="combobox"
          aria-expanded={results.length > 0}
          aria-controls="search-results"
          aria-autocomplete="list"
          {...(results[active] !== undefined ? { "aria-activedescendant": `search-${active}` } : {})}
          onChange={(e) => { setQuery(e.target.value); setActive(0); }}
          onKeyDown={(e) => {
            if (e.key === "Escape") close();
            if (e.key === "ArrowDown") { e.preventDefault(); setActive(Math.min(active + 1, results.length - 1)); }
            if (e.key === "ArrowUp") { e.preventDefault(); setActive(Math.max(active - 1, 0)); }
            if (e.key === "Enter") choose(results[active]?.id);
          }}
        />
        <ul role="listbox" id="search-results" aria-label="Matches">
          {results.map((r, i) => (
            <li key={r.id} id={`search-${i}`} role="option" aria-selected={i === active} className={i === active ? "active" : ""} onMouseEnter={() => setActive(i)} onClick={() => choose(r.id)}>
              <span className={`kind-tag kind-tag-${r.kind}`}>{r.kind}</span> {r.label}
              {typeof r.data.owner === "string" ? <span className="muted"> · {r.data.owner}</span> : null}
            </li>
          ))}
        </ul>
        {results.length === 0 ? <p className="muted search-none" role="status">Nothing matches “{query}”.</p> : null}
        <div className="search-hint muted">↑↓ to move · Enter to focus · Esc to close</div>
      </div>
    </div>
  );
}
