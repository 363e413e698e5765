import type { Graph } from "../flow/graph.ts";
import { useStore } from "../store.ts";

/**
 * A deep link to something the team does not have (`?focus=artifact:nope`) says so, and offers
 * the way back, instead of being silently ignored.
 */
export function BadLink({ graph }: { graph: Graph }) {
  const focus = useStore((s) => s.focus);
  const path = useStore((s) => s.path);
  const clearFocus = useStore((s) => s.clearFocus);
  const setPath = useStore((s) => s.setPath);
  const missing = [focus, path].filter((id): id is string => id !== null && !graph.byId.has(id));
  if (missing.length === 0) return null;
  return (
    <div className="bad-link" role="alert" data-testid="bad-link">
      This link names {missing.map((id) => `“${id}”`).join(" and ")}, which is not in this team{missing.some((id) => !id.includes(":")) ? " (a map id looks like role:data-pm)" : ""}.{" "}
      <button type="button" className="link" onClick={() => { setPath(null); clearFocus(); }}>Show the whole map</button>
    </div>
  );
}
