import type { HandoffFieldsFragment } from "../api/types.generated.ts";

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** Every handoff under the contract, newest first, with how many gates held. */
export function HandoffHistory({ handoffs }: { handoffs: readonly HandoffFieldsFragment[] }) {
  const rows = [...handoffs].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return (
    <section className="history">
      <h3>Handoff history <span className="count">{handoffs.length}</span></h3>
      {rows.length === 0 ? <p className="muted">No handoff has been submitted under this contract yet.</p> : (
        <table className="list" data-testid="handoff-history">
          <thead><tr><th>Submitted</th><th>By</th><th>Result</th><th>Gates</th></tr></thead>
          <tbody>
            {rows.map((h) => {
              const passed = h.gates.filter((g) => g.status === "PASSED").length;
              const failed = h.gates.filter((g) => g.status === "FAILED");
              return (
                <tr key={h.id}>
                  <td>{when(h.submittedAt)}</td>
                  <td>{h.submittedBy.name}</td>
                  <td><span className={`status status-${h.passed ? "passed" : "failed"}`}>{h.passed ? "passed" : "failed"}</span></td>
                  <td className="muted">{passed}/{h.gates.length} passed{failed.length > 0 ? ` · failed: ${failed.map((g) => g.gate.text).join("; ")}` : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
