import { ArtifactDetailDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { useStore } from "../store.ts";
import { FlowList } from "./FlowList.tsx";
import { Loading, Section } from "./Panel.tsx";

/** An artifact's impact: who makes it, who depends on it, and what is derived from it. */
export function ArtifactPanel({ team, artifact }: { team: string; artifact: string }) {
  const depth = useStore((s) => s.depth);
  // Lineage as deep as the map's focus, so the list and the lit nodes agree.
  const q = useQuery(ArtifactDetailDocument, { team, artifact, depth });
  const focusNode = useStore((s) => s.focusNode);
  const a = q.data?.team?.artifact;
  if (a === undefined || a === null) return <Loading error={q.status === "error" ? q.error.message : a === null ? "This artifact is not in the team." : undefined} />;
  return (
    <>
      {a.format !== null ? <p className="format">{a.format}</p> : <p className="warn-text">No format: consumers have to guess its shape.</p>}
      {a.external ? <p className="muted">An input from outside the team.</p> : null}
      <Section title="Consumers" count={a.consumers.length}>
        <FlowList flows={a.consumers} show="role" testId="consumers" />
      </Section>
      <Section title="Producers" count={a.producers.length}>
        <FlowList flows={a.producers} show="role" />
      </Section>
      {a.readByAgents.length > 0 ? (
        <Section title="Read by agents" count={a.readByAgents.length}>
          <ul className="plain">
            {a.readByAgents.map((agent) => (
              <li key={agent.id}>
                <button type="button" className="link" onClick={() => focusNode(`agent:${agent.id}`)}>{agent.name}</button>
                <span className="muted"> · {agent.role.name}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title={`Downstream lineage · depth ${depth}`} count={a.downstream.length}>
        {a.downstream.length === 0 ? <p className="muted">Nothing is derived from it.</p> : (
          <ul className="plain">
            {a.downstream.map((d) => (
              <li key={d.id}><button type="button" className="link" onClick={() => focusNode(`artifact:${d.id}`)}>{d.name}</button></li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
