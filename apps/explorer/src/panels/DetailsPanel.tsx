import type { CompositionNode } from "@rolegraph/schema";
import type { Finding } from "../flow/gaps.ts";
import { useStore } from "../store.ts";
import { FindingList } from "./FindingList.tsx";
import { ArtifactPanel } from "./ArtifactPanel.tsx";
import { Panel } from "./Panel.tsx";
import { RolePanel } from "./RolePanel.tsx";

const KIND_NAME = { role: "Role", artifact: "Artifact", agent: "Agent", contract: "Handoff contract" } as const;

/** What the focus is and what it touches; the map highlights the same things. */
export function DetailsPanel({ team, node, findings }: { team: string; node: CompositionNode; findings: readonly Finding[] }) {
  const { clearFocus, openContract } = useStore();
  const facts = Object.entries(node.data).filter(([, v]) => typeof v === "string" || typeof v === "number" || typeof v === "boolean");
  return (
    <Panel title={node.label} kicker={KIND_NAME[node.kind]} onClose={clearFocus}>
      {node.kind === "artifact" ? <ArtifactPanel team={team} artifact={node.entityId} /> : null}
      {node.kind === "role" ? <RolePanel team={team} role={node.entityId} /> : null}
      {node.kind === "agent" || node.kind === "contract" ? (
        <dl className="facts">
          {facts.map(([k, v]) => (
            <div key={k}><dt>{k}</dt><dd>{String(v)}</dd></div>
          ))}
        </dl>
      ) : null}
      {node.kind === "contract" ? (
        <button type="button" className="primary" onClick={() => openContract(node.entityId)}>Open contract and submit a handoff</button>
      ) : null}
      <FindingList findings={findings} />
    </Panel>
  );
}
