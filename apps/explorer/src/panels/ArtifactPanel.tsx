import { ArtifactDetailDocument } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { useStore } from "../store.ts";
import { Loading } from "./Panel.tsx";

/**
 * An artifact's own facts: its format and where it comes from. Who makes and takes it, and
 * what it feeds, are the relation lists below (DetailsPanel), counted as the legend counts them.
 */
export function ArtifactPanel({ team, artifact }: { team: string; artifact: string }) {
  const depth = useStore((s) => s.depth);
  const q = useQuery(ArtifactDetailDocument, { team, artifact, depth });
  const a = q.data?.team?.artifact;
  if (a === undefined || a === null) return <Loading error={q.status === "error" ? q.error.message : a === null ? "This artifact is not in the team." : undefined} />;
  return (
    <>
      {a.format !== null ? <p className="format">{a.format}</p> : <p className="warn-text">No format: consumers have to guess its shape.</p>}
      {a.external ? <p className="muted">An input from outside the team.</p> : null}
    </>
  );
}
