import { useMemo } from "react";
import { ContractDetailDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { useStore } from "../store.ts";
import { StatusScreen } from "../views/StatusScreen.tsx";
import { ContractSummary } from "./ContractSummary.tsx";
import { HandoffForm } from "./HandoffForm.tsx";
import { HandoffHistory } from "./HandoffHistory.tsx";
import { fromPayload } from "./payload.ts";
import { formFields, toContract } from "./toContract.ts";

/** One contract: what it requires, what it checks, how handoffs under it went, and a new one. */
export function ContractView({ team }: { team: string }) {
  const q = useQuery(ContractDetailDocument, { team });
  const { contract: selected, openContract } = useStore();
  const contracts = q.data?.team?.contracts;
  const current = contracts?.find((c) => c.id === selected) ?? contracts?.[0];
  const contract = useMemo(() => (current === undefined ? undefined : toContract(current)), [current]);
  if (contracts === undefined) return <StatusScreen state={q} what="the contracts" />;
  if (current === undefined || contract === undefined) {
    return (
      <div className="status">
        <h2>No handoff contracts yet</h2>
        <p>Add a <code>contracts:</code> section to the team file: who hands what to whom, and the gates it must pass.</p>
      </div>
    );
  }
  const latest = current.handoffs.at(-1);
  return (
    <div className="contract-view">
      <nav className="contract-list" aria-label="Contracts">
        {contracts.map((c) => (
          <button key={c.id} type="button" className={c.id === current.id ? "on" : ""} onClick={() => openContract(c.id)}>
            <span>{c.name ?? c.id}</span>
            <small className="muted">{c.from.name} → {c.to.name}</small>
          </button>
        ))}
      </nav>
      <div className="contract-main" data-contract={current.id}>
        <ContractSummary contract={current} />
        <h3>Submit a handoff</h3>
        <HandoffForm key={current.id} team={team} contract={contract} initial={fromPayload(formFields(contract), latest?.payload)} onSubmitted={q.refetch} />
        <HandoffHistory handoffs={current.handoffs} />
      </div>
    </div>
  );
}
