import type { CompositionNode } from "@rolegraph/schema";
import type { Finding } from "../flow/gaps.ts";
import type { Graph } from "../flow/graph.ts";
import { useFocusGroups } from "../map/useFocus.ts";
import { useStore } from "../store.ts";
import { FindingList } from "./FindingList.tsx";
import { ArtifactPanel } from "./ArtifactPanel.tsx";
import { Panel } from "./Panel.tsx";
import { PathPicker } from "./PathPicker.tsx";
import { RelationLists } from "./RelationLists.tsx";
import { RolePanel } from "./RolePanel.tsx";

const KIND_NAME = { role: "Role", artifact: "Artifact", agent: "Agent", contract: "Handoff contract" } as const;
const FACT_NAME: Record<string, string> = { from: "From", to: "To", fromStage: "From stage", toStage: "To stage", gates: "Gates", checkable: "Checkable gates", lastPassed: "Last handoff", access: "Access", mode: "Mode", role: "Role" };

/** A fact as a person reads it: ids of roles and stages become their names. */
function factText(key: string, value: unknown, graph: Graph, stageName: (id: string) => string): string {
  if ((key === "from" || key === "to" || key === "role") && typeof value === "string") return graph.byId.get(`role:${value}`)?.label ?? value;
  if ((key === "fromStage" || key === "toStage") && typeof value === "string") return stageName(value);
  if (key === "lastPassed") return value === true ? "passed" : value === false ? "failed" : "none yet";
  return String(value);
}

/** What the focus is and what it touches; the map highlights the same things, counted the same way. */
export function DetailsPanel({ team, graph, node, findings, stageName }: { team: string; graph: Graph; node: CompositionNode; findings: readonly Finding[]; stageName: (id: string) => string }) {
  const { clearFocus, openContract } = useStore();
  const groups = useFocusGroups(graph);
  const facts = Object.entries(node.data).filter(([k, v]) => FACT_NAME[k] !== undefined && (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null));
  return (
    <Panel title={node.label} kicker={KIND_NAME[node.kind]} onClose={clearFocus}>
      {node.kind === "artifact" ? <ArtifactPanel team={team} artifact={node.entityId} /> : null}
      {node.kind === "role" ? <RolePanel team={team} role={node.entityId} /> : null}
      {node.kind === "agent" || node.kind === "contract" ? (
        <dl className="facts">
          {facts.map(([k, v]) => (
            <div key={k}><dt>{FACT_NAME[k]}</dt><dd>{factText(k, v, graph, stageName)}</dd></div>
          ))}
        </dl>
      ) : null}
      {node.kind === "contract" ? (
        <button type="button" className="primary" onClick={() => openContract(node.entityId)}>Open contract and submit a handoff</button>
      ) : null}
      <FindingList findings={findings} />
      <RelationLists graph={graph} focus={node} groups={groups} />
      <PathPicker graph={graph} from={node.id} />
    </Panel>
  );
}
