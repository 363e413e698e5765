import type { FlowFieldsFragment } from "../api/types.generated.ts";
import { useStore } from "../store.ts";

/** Flows as rows a person scans: who (or what), how often, in which stage. */
export function FlowList({ flows, show, testId }: { flows: readonly FlowFieldsFragment[]; show: "role" | "artifact"; testId?: string }) {
  const focusNode = useStore((s) => s.focusNode);
  if (flows.length === 0) return <p className="muted">None.</p>;
  return (
    <table className="list" data-testid={testId}>
      <tbody>
        {flows.map((f) => {
          const target = show === "role" ? f.role : f.artifact;
          return (
            <tr key={`${f.role.id}-${f.artifact.id}-${f.stage?.id ?? ""}`}>
              <td>
                <button type="button" className="link" onClick={() => focusNode(`${show}:${target.id}`)}>{target.name}</button>
              </td>
              <td className="muted">{f.cadence ?? <em className="warn-text">no cadence</em>}</td>
              <td className="muted">{f.stage?.name ?? "any stage"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
