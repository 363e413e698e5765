import type { Severity } from "../api/types.generated.ts";
import { Section } from "./Panel.tsx";

interface Gap {
  rule: string;
  severity: Severity;
  message: string;
  remediation: string;
}

/** Findings about one thing, with what to do about each. */
export function FindingList({ findings }: { findings: readonly Gap[] }) {
  if (findings.length === 0) return null;
  return (
    <Section title="Gaps" count={findings.length}>
      <ul className="findings">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${i}`} className={`finding finding-${f.severity.toLowerCase()}`}>
            <div className="finding-head"><span className="sev">{f.severity.toLowerCase()}</span> <code>{f.rule}</code></div>
            <div>{f.message}</div>
            <div className="remedy">{f.remediation}</div>
          </li>
        ))}
      </ul>
    </Section>
  );
}
