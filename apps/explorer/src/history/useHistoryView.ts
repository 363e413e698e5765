import { useMemo } from "react";
import { TeamCompareDocument, TeamWhatIfDocument, type ElementKind, type TeamOverviewQuery, type TeamWhatIfQuery } from "../api/types.generated.ts";
import { useQuery } from "../api/useQuery.ts";
import { marksOf, type Mark } from "./marks.ts";
import { mergeCompositions } from "./merge.ts";
import type { HistoryState } from "./state.ts";

type Team = NonNullable<TeamOverviewQuery["team"]>;
export type Diff = NonNullable<TeamWhatIfQuery["team"]>["whatIf"];

export interface HistoryView {
  /** The team the map draws: as it is, as it was at a version, two versions merged. */
  team: Team | undefined;
  marks: ReadonlyMap<string, Mark>;
  /** The diff behind the marks (comparison and what-if); undefined while loading or when there is none. */
  diff: Diff | undefined;
  mode: "now" | "version" | "compare" | "whatif";
  error: string | undefined;
}

const NO_MARKS: ReadonlyMap<string, Mark> = new Map();
const KIND: Record<string, ElementKind> = { role: "ROLE", agent: "AGENT" };

/**
 * What the map shows for the URL's history state. A version is drawn from its own document
 * (TeamVersion.composition); a comparison from both versions' maps merged, marked by the
 * diff; a what-if is the team as it is, marked by Team.whatIf: nothing is ever written.
 */
export function useHistoryView(teamId: string | null, current: Team | null | undefined, history: HistoryState): HistoryView {
  const pair = history.compare ?? (history.version !== null ? { from: history.version, to: history.version } : null);
  const compared = useQuery(TeamCompareDocument, { team: teamId ?? "", from: pair?.from ?? 1, to: pair?.to ?? 1 }, teamId === null || pair === null);
  const remove = history.whatIf.map((node) => {
    const [kind = "", ...id] = node.split(":");
    return { kind: KIND[kind] ?? "ROLE", id: id.join(":") };
  });
  const whatIf = useQuery(TeamWhatIfDocument, { team: teamId ?? "", remove }, teamId === null || pair !== null || remove.length === 0);

  return useMemo((): HistoryView => {
    if (current === null || current === undefined) return { team: undefined, marks: NO_MARKS, diff: undefined, mode: "now", error: undefined };
    if (pair !== null) {
      const t = compared.data?.team;
      const error = compared.status === "error" ? compared.error.message : t && (!t.before || !t.after) ? `no version ${!t.before ? pair.from : pair.to} of this team` : undefined;
      if (!t?.before || !t.after) return { team: undefined, marks: NO_MARKS, diff: undefined, mode: history.compare ? "compare" : "version", error };
      if (history.compare === null) return { team: { ...current, composition: t.after.composition }, marks: NO_MARKS, diff: undefined, mode: "version", error };
      return {
        team: { ...current, composition: mergeCompositions(t.before.composition, t.after.composition) },
        marks: marksOf(t.diff.changes), diff: t.diff, mode: "compare", error,
      };
    }
    if (remove.length > 0) {
      const diff = whatIf.data?.team?.whatIf;
      const error = whatIf.status === "error" ? whatIf.error.message : undefined;
      return { team: current, marks: diff ? marksOf(diff.changes, diff.findingsIntroduced) : NO_MARKS, diff, mode: "whatif", error };
    }
    return { team: current, marks: NO_MARKS, diff: undefined, mode: "now", error: undefined };
    // `remove` is derived from history.whatIf, which the deps hold.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current, compared.data, compared.status, whatIf.data, whatIf.status, history.compare, history.version, history.whatIf]);
}
