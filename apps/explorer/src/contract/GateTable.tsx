export interface GateRow {
  id: string;
  text: string;
  status: "PASSED" | "FAILED" | "UNCHECKED";
  reason: string | null;
}

const WORD = { PASSED: "passed", FAILED: "failed", UNCHECKED: "not checkable" } as const;

/** Gate by gate: what passed, what failed and why, and which gates are only preferences. */
export function GateTable({ rows, caption, testId }: { rows: readonly GateRow[]; caption: string; testId?: string }) {
  return (
    <table className="gates" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">Gate</th><th scope="col">Result</th><th scope="col">Why</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-status={r.status}>
            <td>{r.text}</td>
            <td><span className={`status status-${r.status.toLowerCase()}`}>{WORD[r.status]}</span></td>
            <td className="muted">{r.reason ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
