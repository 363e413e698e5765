import { Panel, Section } from "../panels/Panel.tsx";
import { useStore } from "../store.ts";
import { useOrgStore } from "./orgStore.ts";
import type { OrgModel } from "./useOrgModel.ts";

const RELATION_WORD = { producer: "makes it", consumer: "reads it", impacted: "reads what is derived from it", downstream: "derived from it", focus: "" } as const;

/**
 * Beside the org map: a focused artifact's impact, team by team, or one team's cross-team
 * findings (its badge). Each team named here opens its own map.
 */
export function OrgPanel({ model, focusName, impactError }: { model: OrgModel; focusName: string | undefined; impactError: string | undefined }) {
  const clearFocus = useStore((s) => s.clearFocus);
  const selectTeam = useStore((s) => s.selectTeam);
  const findingsOf = useOrgStore((s) => s.findingsOf);
  const showFindings = useOrgStore((s) => s.showFindings);
  const teamName = (id: string) => model.org.teams.find((t) => t.id === id)?.name ?? id;
  const nameOf = (nodeId: string, id: string) => impact?.names.get(nodeId) ?? id;
  const { impact } = model;

  if (impact !== undefined) {
    const focusTeam = impact.focus.slice("artifact:".length, impact.focus.indexOf("/"));
    const byTeam = new Map<string, { id: string; name: string; word: string }[]>();
    for (const [id, relation] of impact.relations) {
      if (relation === "focus") continue;
      const qualified = id.slice(id.indexOf(":") + 1);
      const [team = "", entity = ""] = qualified.split("/");
      byTeam.set(team, [...(byTeam.get(team) ?? []), { id: entity, name: nameOf(id, entity), word: RELATION_WORD[relation] }]);
    }
    const others = [...byTeam.keys()].filter((t) => t !== focusTeam).length;
    return (
      <Panel title={focusName ?? impact.focus} kicker={`Impact across teams · ${teamName(focusTeam)}`} onClose={clearFocus}>
        <p className="muted" data-testid="impact-summary" data-teams={others}>Reaches {others} other team{others === 1 ? "" : "s"} through {impact.flows.size} cross-team flow{impact.flows.size === 1 ? "" : "s"}.</p>
        {[...byTeam].map(([team, members]) => (
          <Section key={team} title={teamName(team)} count={members.length}>
            <ul className="plain" data-testid="impact-team" data-team={team}>
              {members.map((m) => (
                <li key={m.id}>{m.name} <span className="muted">— {m.word}</span></li>
              ))}
            </ul>
            <button type="button" className="link" onClick={() => selectTeam(team)}>Open {teamName(team)}’s map</button>
          </Section>
        ))}
      </Panel>
    );
  }
  if (impactError !== undefined) {
    return <Panel title="Impact unavailable" onClose={clearFocus}><p className="error-text">{impactError}</p></Panel>;
  }
  if (findingsOf === null) return null;
  const findings = model.badges.get(findingsOf)?.findings ?? [];
  return (
    <Panel title={teamName(findingsOf)} kicker="Cross-team gaps" onClose={() => showFindings(null)}>
      <ul className="findings" data-testid="org-findings">
        {findings.map((f, i) => (
          <li key={`${f.rule}-${f.subjectId}-${i}`} className={`finding finding-${f.severity.toLowerCase()}`}>
            <div className="finding-head"><span className="sev">{f.severity.toLowerCase()}</span> <code>{f.rule}</code></div>
            <div>{f.message}</div>
            <div className="remedy">{f.remediation}</div>
          </li>
        ))}
      </ul>
      {findings.length === 0 ? <p className="muted">No cross-team gaps.</p> : null}
      <button type="button" className="link" onClick={() => selectTeam(findingsOf)}>Open {teamName(findingsOf)}’s map</button>
    </Panel>
  );
}
