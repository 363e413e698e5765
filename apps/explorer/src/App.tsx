import { useEffect } from "react";
import { TeamGapsDocument, TeamOverviewDocument, TeamsDocument } from "./api/types.generated.ts";
import { useQuery } from "./api/useQuery.ts";
import { ContractView } from "./contract/ContractView.tsx";
import { MapView } from "./map/MapView.tsx";
import { AdoptionView } from "./standing/AdoptionView.tsx";
import { SidePanel } from "./panels/SidePanel.tsx";
import { SearchDialog } from "./search/SearchDialog.tsx";
import { useUrlSync } from "./state/urlSync.ts";
import { useStore } from "./store.ts";
import { TopBar } from "./views/TopBar.tsx";
import { MatrixView } from "./views/MatrixView.tsx";
import { StatusScreen } from "./views/StatusScreen.tsx";
import { useGraph } from "./map/useGraph.ts";
import { OrgView } from "./org/OrgView.tsx";
import { useLiveEvents } from "./live/useLive.ts";
import { HistoryBar } from "./history/HistoryBar.tsx";
import { historyOf } from "./history/state.ts";
import { useHistoryView } from "./history/useHistoryView.ts";
import { useShallow } from "zustand/react/shallow";
import { TableView } from "./table/TableView.tsx";

const NO_FINDINGS: never[] = [];

export function App() {
  useUrlSync();
  const team = useStore((s) => s.team);
  const view = useStore((s) => s.view);
  const selectTeam = useStore((s) => s.selectTeam);
  useLiveEvents(team);
  const teams = useQuery(TeamsDocument, {});
  const overview = useQuery(TeamOverviewDocument, { team: team ?? "" }, team === null);
  const gaps = useQuery(TeamGapsDocument, { team: team ?? "" }, team === null);
  const report = gaps.data?.team?.gapReport;
  const first = teams.data?.teams[0]?.id;
  // The map draws the team as the history strip chose: now, at a version, compared, or a what-if.
  const shown = useHistoryView(team, overview.data?.team, useStore(useShallow(historyOf)));
  const graph = useGraph(shown.team ?? overview.data?.team, report?.findings);

  useEffect(() => {
    // The organisation view needs no team: picking one would leave it for a team map.
    if (team === null && first !== undefined && view !== "org") selectTeam(first);
  }, [team, first, selectTeam, view]);

  const body = () => {
    if (teams.status === "error") return <StatusScreen state={teams} what="the teams" />;
    if (teams.status === "ready" && teams.data.teams.length === 0) {
      return (
        <div className="status">
          <h2>No teams yet</h2>
          <p>Import a team file to see its composition: <code>npm run rolegraph -- import seed/dpos-data-team.yaml</code></p>
          <button type="button" className="primary" onClick={teams.refetch}>Check again</button>
        </div>
      );
    }
    if (view === "org") return <OrgView />;
    if (team === null) return <StatusScreen state={{ status: "loading" }} what="the teams" />;
    if (view === "matrix") return <MatrixView team={team} />;
    if (view === "contract") return <ContractView team={team} />;
    if (view === "adoption") return <AdoptionView team={team} />;
    const t = shown.team ?? overview.data?.team;
    if (t === undefined || t === null) return <StatusScreen state={overview} what={`team “${team}”`} />;
    if (view === "table") return graph === undefined ? null : <TableView graph={graph} stages={t.stages} />;
    return graph === undefined ? null : <MapView team={t} graph={graph} findings={report?.findings ?? NO_FINDINGS} />;
  };

  const t = overview.data?.team ?? undefined;
  return (
    <div className="app">
      <TopBar teams={teams.data?.teams ?? []} report={report} reportError={gaps.status === "error" ? gaps.error.message : undefined} />
      <main className="main">
        <div className="content">
          {view === "map" && team !== null ? <HistoryBar team={team} view={shown} candidates={graph?.nodes.filter((n) => n.kind === "role" || n.kind === "agent").map((n) => ({ id: n.id, label: `${n.kind} ${n.label}` })) ?? []} /> : null}
          {body()}
        </div>
        {view === "map" && t !== undefined && t !== null && graph !== undefined ? <SidePanel team={t.id} graph={graph} report={report} stages={t.stages} /> : null}
      </main>
      <SearchDialog graph={graph} />
    </div>
  );
}
