import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, uniqueTeamId } from "../helpers.ts";
import { open, shot, startHarness, type Harness } from "./harness.ts";

// The startup example and the pull request that changes it (seed/examples/changes/), imported
// as versions 1 and 2 of one team through the API, as a person would.
const team = uniqueTeamId("startup-e2e");
const withId = (file: string) => readFileSync(join(ROOT, file), "utf8").replace(/^ {2}id: startup-team$/m, `  id: ${team}`);
const v1 = withId("seed/examples/startup-team.yaml");
const v2 = withId("seed/examples/changes/startup-team-pr.yaml");

let h: Harness;
async function gql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${h.base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const versionCount = async () => (await gql<{ team: { versions: unknown[] } }>("query($t: ID!) { team(id: $t) { versions { number } } }", { t: team })).team.versions.length;

beforeAll(async () => {
  h = await startHarness();
  for (const doc of [v1, v2]) await gql("mutation($d: String!) { importTeam(document: $d) { changed } }", { d: doc });
}, 180_000);
afterAll(async () => {
  await gql("mutation($t: ID!) { deleteTeam(id: $t, confirm: true) { deleted } }", { t: team });
  await h.close();
});

const node = (id: string) => `.react-flow__node[data-id="${id}"]`;
// Locators wait for the node: the map may still be drawing it.
const style = (id: string, property: "outlineColor" | "outlineStyle" | "opacity") =>
  h.page.locator(node(id)).evaluate((el, p) => getComputedStyle(el)[p], property);
const tag = (id: string) => h.page.locator(node(id)).evaluate((el) => getComputedStyle(el, "::after").content);

describe("the map's history", () => {
  it("compares two versions: added elements marked, removed ones drawn as ghosts", async () => {
    await open(h, `?team=${team}&compare=1..2`, '[data-testid="history-summary"]');
    await h.page.waitForSelector(`.map-canvas[data-ready="true"] ${node("artifact:weekly-pipeline")}`);
    expect(await h.page.textContent('[data-testid="history-summary"]')).toMatch(/score 49 → 71 · 1 introduced · 5 resolved · 8 changes/);
    expect(await tag("artifact:weekly-pipeline")).toBe('"added"');
    expect(await tag("contract:founder-to-engineer")).toBe('"added"');
    expect(await tag("artifact:roadmap")).toBe('"changed"');
    expect(await style("artifact:weekly-pipeline", "outlineColor")).toBe("rgb(46, 158, 91)");
    await shot(h, "history-compare");

    // The other way round the new elements are what went: ghosts, faint and dashed.
    await open(h, `?team=${team}&compare=2..1`, '[data-testid="history-summary"]');
    await h.page.waitForSelector(`.map-canvas[data-ready="true"] ${node("artifact:weekly-pipeline")}`);
    expect(await tag("artifact:weekly-pipeline")).toBe('"removed"');
    expect(await style("artifact:weekly-pipeline", "outlineStyle")).toBe("dashed");
    expect(Number(await style("contract:founder-to-engineer", "opacity"))).toBeLessThan(0.5);
    await shot(h, "history-compare-ghosts");
  });

  it("shows the team as it was at a version", async () => {
    await open(h, `?team=${team}&version=1`, `.map-canvas[data-ready="true"] ${node("artifact:roadmap")}`);
    await h.page.waitForFunction(() => document.querySelector('.react-flow__node[data-id="artifact:weekly-pipeline"]') === null);
    expect(await h.page.$eval('select[aria-label="Version"]', (s) => (s as HTMLSelectElement).value)).toBe("1");
    expect(await h.page.$$(node("artifact:weekly-pipeline"))).toHaveLength(0);
  });

  it("greys out a role, says what breaks, writes nothing, and keeps it in the URL", async () => {
    await open(h, `?team=${team}`);
    await h.page.selectOption('select[aria-label="What if without"]', "role:designer");
    await h.page.waitForSelector('[aria-label="What breaks"] li');
    expect(h.page.url()).toContain("whatif=role:designer");
    expect(await tag("role:designer")).toBe('"greyed out"');
    expect(await tag("artifact:design-mockups")).toBe('"breaks"');
    const breaks = await h.page.$$eval('[aria-label="What breaks"] li', (items) => items.map((li) => li.textContent ?? ""));
    expect(breaks.some((b) => b.includes("unsourced-input") && b.includes("Design mockups"))).toBe(true);
    await shot(h, "history-whatif");
    // The link alone restores the same view.
    await open(h, `?team=${team}&whatif=role:designer`, '[aria-label="What breaks"] li');
    expect(await tag("role:designer")).toBe('"greyed out"');
    expect(await versionCount()).toBe(2);
  });
});
