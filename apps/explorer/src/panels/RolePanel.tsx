import { RoleDetailDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { RoleAdoptionSection } from "../standing/AdoptionSteps.tsx";
import { useStore } from "../store.ts";
import { Loading, Section } from "./Panel.tsx";

/** A Role OS at a glance: purpose, owner, agents, contracts, workflows; its inputs and outputs are the relation lists below. */
export function RolePanel({ team, role }: { team: string; role: string }) {
  const q = useQuery(RoleDetailDocument, { team, role });
  const { focusNode, openContract } = useStore();
  const r = q.data?.team?.role;
  if (r === undefined || r === null) return <Loading error={q.status === "error" ? q.error.message : r === null ? "This role is not in the team." : undefined} />;
  const contracts = [
    ...r.contractsOut.map((c) => ({ ...c, dir: "to", other: c.to })),
    ...r.contractsIn.map((c) => ({ ...c, dir: "from", other: c.from })),
  ];
  return (
    <>
      {r.purpose !== null ? <p>{r.purpose}</p> : null}
      {r.owner !== null ? <p className="muted">Owned by {r.owner}</p> : <p className="warn-text">No owner named.</p>}
      <Section title="Agents" count={r.agents.length}>
        {r.agents.length === 0 ? <p className="muted">None.</p> : (
          <ul className="plain">
            {r.agents.map((a) => (
              <li key={a.id}>
                <button type="button" className="link" onClick={() => focusNode(`agent:${a.id}`)}>{a.name}</button>
                <span className="muted"> · {a.access}{a.mode !== null ? ` · ${a.mode}` : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Contracts" count={contracts.length}>
        {contracts.length === 0 ? <p className="muted">None: every handoff is a suggestion.</p> : (
          <ul className="plain">
            {contracts.map((c) => (
              <li key={`${c.dir}-${c.id}`}>
                <button type="button" className="link" onClick={() => openContract(c.id)}>{c.name ?? c.id}</button>
                <span className="muted"> · {c.dir} {c.other.name} · {c.fromStage.name} → {c.toStage.name}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <RoleAdoptionSection team={team} role={role} />
      <Section title="Workflows" count={r.workflows.length}>
        {r.workflows.length === 0 ? <p className="muted">None.</p> : (
          <ul className="plain">
            {r.workflows.map((w) => (
              <li key={w.id}>{w.name ?? w.id}<span className="muted"> · {w.stage?.name ?? "any stage"}</span></li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
