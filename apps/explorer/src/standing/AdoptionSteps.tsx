import { RoleAdoptionDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { Section } from "../panels/Panel.tsx";
import { nextStep, standsAt, type Adoption } from "./standing.ts";

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

/** The role panel's section: where this Role OS stands on the essay's "Building Your Role OS" path. */
export function RoleAdoptionSection({ team, role }: { team: string; role: string }) {
  const q = useQuery(RoleAdoptionDocument, { team, role });
  const a = q.data?.team?.role?.adoption;
  return (
    <Section title="Building its Role OS" count={a?.done}>
      {a === undefined || a === null ? <p className="muted">{q.status === "error" ? "Unavailable." : "Loading…"}</p> : <AdoptionSteps adoption={a} />}
    </Section>
  );
}
