import { RoleAdoptionDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { Section } from "../panels/Panel.tsx";
import { nextStep, roleDebt, standsAt, type Adoption, type Boundary } from "./standing.ts";

/** The six steps of one role, each done or not, with what it found. */
export function AdoptionSteps({ adoption }: { adoption: Adoption }) {
  const next = nextStep(adoption);
  return (
    <>
      <p className="muted" data-testid="adoption-stands">Stands at {standsAt(adoption)}{next !== null ? `: next, ${next.name.toLowerCase()}` : ""}.</p>
      <ol className="adoption-steps" data-testid="adoption-steps">
        {adoption.steps.map((s) => (
          <li key={s.step} className={s.done ? "done" : "todo"} data-done={s.done}>
            <span aria-hidden="true">{s.done ? "✓" : "○"}</span> {s.name}
            <div className="muted">{s.detail}</div>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The debt on the role's seams: what reaches it and what it gives, boundary by boundary. */
function RoleDebt({ role, boundaries }: { role: string; boundaries: readonly Boundary[] }) {
  const d = roleDebt(boundaries, role);
  return (
    <div data-testid="role-debt">
      <p className="muted">Translation debt on its seams: {d.into} in, {d.out} out.</p>
      {d.boundaries.length > 0 ? (
        <ul className="plain">
          {d.boundaries.slice(0, 6).map((b) => <li key={`${b.from}>${b.to}`}>{b.from === role ? `to ${b.to}` : `from ${b.from}`}<span className="muted"> · {b.debt}</span></li>)}
        </ul>
      ) : null}
    </div>
  );
}

/** The role panel's section: where this Role OS stands on the essay's "Building Your Role OS" path, and its seams' debt. */
export function RoleAdoptionSection({ team, role }: { team: string; role: string }) {
  const q = useQuery(RoleAdoptionDocument, { team, role });
  const a = q.data?.team?.role?.adoption;
  const boundaries = q.data?.team?.gapReport.translationDebt.boundaries ?? [];
  return (
    <Section title="Building its Role OS" count={a?.done}>
      {a === undefined || a === null ? <p className="muted">{q.status === "error" ? "Unavailable." : "Loading…"}</p> : (
        <>
          <AdoptionSteps adoption={a} />
          <RoleDebt role={role} boundaries={boundaries} />
        </>
      )}
    </Section>
  );
}
