import { useStore } from "../store.ts";
import type { ApiContract } from "./toContract.ts";

/** The contract as the essay writes one: from, to, boundary, required context, quality gates. */
export function ContractSummary({ contract: c }: { contract: ApiContract }) {
  const focusNode = useStore((s) => s.focusNode);
  const preferences = c.gates.filter((g) => !g.checkable).length;
  return (
    <header className="contract-summary">
      <div className="kicker">Handoff · {c.fromStage.name} → {c.toStage.name}</div>
      <h2>{c.name ?? c.id}</h2>
      <p>
        From <button type="button" className="link" onClick={() => focusNode(`role:${c.from.id}`)}>{c.from.name}</button> to{" "}
        <button type="button" className="link" onClick={() => focusNode(`role:${c.to.id}`)}>{c.to.name}</button>, carrying{" "}
        {c.carries.map((a, i) => (
          <span key={a.id}>{i > 0 ? ", " : ""}<button type="button" className="link" onClick={() => focusNode(`artifact:${a.id}`)}>{a.name}</button></span>
        ))}
      </p>
      <div className="two-col">
        <section>
          <h3>Required context</h3>
          <ul className="plain">
            {c.requires.map((r) => (
              <li key={r.field}><code>{r.field}</code> <span className="muted">{r.type.toLowerCase()}</span>{r.description !== null ? ` — ${r.description}` : ""}</li>
            ))}
          </ul>
        </section>
        <section>
          <h3>Quality gates {preferences > 0 ? <span className="warn-text">· {preferences} cannot be checked</span> : null}</h3>
          <ul className="plain gates-list">
            {c.gates.map((g) => (
              <li key={g.id}>
                <span className={`tag ${g.checkable ? "tag-constraint" : "tag-preference"}`}>{g.checkable ? "constraint" : "preference"}</span> {g.text}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </header>
  );
}
