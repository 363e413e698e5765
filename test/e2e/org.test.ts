import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Team } from "@rolegraph/schema";
import { buildOrg, fromTeam, teamBoundaryDebt } from "@rolegraph/rules";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { testDb, uniqueTeamId } from "../helpers.ts";
import { open, shot, startHarness, type Harness } from "./harness.ts";
import { orgTeams } from "./org-teams.ts";

// Expected answers are read from the team documents, never from what the page shows.
const p = uniqueTeamId("org").replace(/[^a-z0-9-]/g, "");
const teams = orgTeams(p);
const all = [teams.data, teams.growth, teams.finance];
const readsOf = (reader: Team, producer: Team) =>
  reader.roles.flatMap((r) => r.consumes.filter((f) => f.artifact.startsWith(`${producer.team.id}/`)).map((f) => ({ role: r.id, artifact: f.artifact })));
const readersOf = (qualified: string) => all.flatMap((t) => t.roles.filter((r) => r.consumes.some((f) => f.artifact === qualified)).map((r) => `${t.team.id}/${r.id}`)).sort();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const db = testDb();
  try {
    for (const team of all) await importTeam(db, team);
  } finally {
    await db.close();
  }
}, 180_000);
afterAll(async () => {
  await h.close();
});

const team = (id: string) => `.org-team[data-team="${id}"]`;
const READY = `${team(teams.growth.team.id)}`;

describe("the organisation view", () => {
  it("opens with every team as a group and cross-team flows bundled per team pair", async () => {
    await open(h, "?view=org", READY);
    const shown = await h.page.$$eval(".org-team", (els) => els.map((e) => e.getAttribute("data-team") ?? ""));
    for (const t of all) expect(shown).toContain(t.team.id);
    const bundle = (from: Team, to: Team) => h.page.getAttribute(`.react-flow__edge[data-id="bundle:${from.team.id}>${to.team.id}"]`, "aria-label");
    const label = await bundle(teams.data, teams.growth);
    expect(label).toMatch(new RegExp(`^${readsOf(teams.growth, teams.data).length} flows of ${new Set(readsOf(teams.growth, teams.data).map((f) => f.artifact)).size} artifacts`));
    expect(await bundle(teams.finance, teams.data)).toMatch(/^1 flow of 1 artifact/);
    // Once the organisation's report is in, each bundle carries its seam's translation debt, as the rules price it.
    const debt = teamBoundaryDebt(buildOrg(all.map((t) => fromTeam(t)))).find((b) => b.from === teams.data.team.id && b.to === teams.growth.team.id)?.debt;
    expect(debt).toBeDefined();
    await h.page.waitForSelector(`.react-flow__edge[data-id="bundle:${teams.data.team.id}>${teams.growth.team.id}"][aria-label*="translation debt ${debt}"]`, { state: "attached", timeout: 20_000 });
    // Nobody reads growth's plan from another team: no bundle leaves growth.
    expect(await h.page.locator(`.react-flow__edge[data-id^="bundle:${teams.growth.team.id}>"]`).count()).toBe(0);
    await shot(h, "org");
  });

  it("badges the team that reads an unpublished artifact of another team", async () => {
    await open(h, "?view=org", READY);
    const badge = h.page.locator(`${team(teams.growth.team.id)} [data-testid="team-badge"]`);
    await badge.waitFor({ timeout: 20_000 });
    await badge.dispatchEvent("click");
    const findings = await h.page.locator('[data-testid="org-findings"] li').allTextContents();
    expect(findings.some((f) => f.includes("unpublished-dependency") && f.includes("raw-events"))).toBe(true);
    await shot(h, "org-findings");
  });

  it("a click on a team opens its own map, and Back returns to the organisation", async () => {
    await open(h, "?view=org", READY);
    await h.page.dispatchEvent(team(teams.data.team.id), "click");
    await h.page.waitForSelector(`.map-canvas[data-ready="true"][data-team="${teams.data.team.id}"]`, { timeout: 20_000 });
    expect(new URL(h.page.url()).searchParams.get("team")).toBe(teams.data.team.id);
    const roles = await h.page.$$eval('.map-node[data-kind="role"]', (els) => els.map((e) => e.getAttribute("data-entity") ?? "").sort());
    expect(roles).toEqual(teams.data.roles.map((r) => r.id).sort());
    await h.page.goBack();
    await h.page.waitForSelector(READY);
    expect(new URL(h.page.url()).searchParams.get("view")).toBe("org");
  });

  it("a focused artifact's impact lights up the roles of other teams that read it", async () => {
    await open(h, "?view=org", READY);
    await h.page.dispatchEvent(`${team(teams.data.team.id)} .org-toggle`, "click");
    const metrics = `${teams.data.team.id}/weekly-metrics`;
    await h.page.dispatchEvent(`.org-artifact[data-entity="${metrics}"]`, "click");
    await h.page.waitForSelector('[data-testid="impact-summary"]');
    expect(h.page.url()).toContain(`focus=artifact:${metrics}`);
    const readers = readersOf(metrics);
    const teamsReached = [...new Set(readers.map((r) => r.slice(0, r.indexOf("/"))))].sort();
    expect(teamsReached).toEqual([teams.finance.team.id, teams.growth.team.id].sort());
    for (const t of teamsReached) {
      const reached = Number(await h.page.getAttribute(team(t), "data-impact-roles"));
      expect(reached, t).toBeGreaterThanOrEqual(readers.filter((r) => r.startsWith(`${t}/`)).length);
    }
    const listed = await h.page.$$eval('[data-testid="impact-team"]', (els) => els.map((e) => e.getAttribute("data-team") ?? ""));
    for (const t of teamsReached) expect(listed).toContain(t);
    // The bundles that carry it are lit; the one back from finance is not.
    expect(await h.page.locator(`.react-flow__edge.is-lit[data-id="bundle:${teams.data.team.id}>${teams.finance.team.id}"]`).count()).toBe(1);
    expect(await h.page.locator(`.react-flow__edge.is-lit[data-id="bundle:${teams.finance.team.id}>${teams.data.team.id}"]`).count()).toBe(0);
    await shot(h, "org-impact");
  });

  it("opens on a phone, and a link to an artifact opens with its impact", async () => {
    await h.page.setViewportSize({ width: 390, height: 844 });
    try {
      await open(h, `?view=org&focus=artifact:${teams.data.team.id}/weekly-metrics`, '[data-testid="impact-summary"]');
      await shot(h, "org-impact-phone");
      expect(await h.page.getAttribute(`.org-artifact[data-entity="${teams.data.team.id}/weekly-metrics"]`, "data-relation")).toBe("focus");
      await open(h, "?view=org", READY);
      await shot(h, "org-phone");
      // Readable where it opens: a whole team box on screen, and the toolbar within the width.
      const boxes = await h.page.$$eval(".org-team", (els) => els.map((e) => e.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number }));
      expect(boxes.some((b) => b.left >= 0 && b.right <= 390 && b.top >= 0 && b.bottom <= 844)).toBe(true);
      const button = await h.page.locator('button:has-text("Open all teams")').boundingBox();
      expect((button?.x ?? 999) + (button?.width ?? 0)).toBeLessThanOrEqual(390);
    } finally {
      await h.page.setViewportSize({ width: 1440, height: 900 });
    }
  });
});
