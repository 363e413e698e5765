import type { dependencies } from "./bundle.ts";

type Dependencies = ReturnType<typeof dependencies>;
const SLUG = /^[a-z0-9-]+$/;

/**
 * The team under the pointer as a stylesheet: its bundles and flows (`bundle:T>…`, `…>T`,
 * `flow:T/…`, `…>T/…` in React Flow's data-id) and the teams at their other ends stand out,
 * the rest recedes. CSS and not node or edge data: at 100 teams and 800 bundles, handing
 * React Flow new edges on every pointer move took seconds; a stylesheet takes a style pass.
 * Ids are slugs (the team format's); anything else is left out rather than escaped.
 */
export function nearStyle(team: string, deps: Dependencies): string {
  if (!SLUG.test(team)) return "";
  const d = deps.get(team);
  const teams = [team, ...(d?.dependsOn ?? []), ...(d?.dependents ?? [])].filter((t) => SLUG.test(t));
  const edge = (sel: string) => `.org-canvas .react-flow__edge[data-id${sel}]`;
  const edges = [edge(`^="bundle:${team}>"`), edge(`$=">${team}"`), edge(`^="flow:${team}/"`), edge(`*=">${team}/"`)].join(",\n");
  const boxes = [...new Set(teams)].map((t) => `.org-canvas .org-team[data-team="${t}"]`).join(",\n");
  return [
    ".org-canvas .react-flow__edge { opacity: .1; }",
    `${edges} { opacity: 1; }`,
    `${edges.replaceAll("]", "] .react-flow__edge-path")} { stroke: var(--accent); }`,
    ".org-canvas:not(.has-impact) .org-team { opacity: .5; }",
    `${boxes} { opacity: 1; }`,
  ].join("\n");
}
