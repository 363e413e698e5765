import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTeam } from "../helpers.ts";
import { open, shot, startHarness, type Harness } from "./harness.ts";

// Issue 18 in the explorer: where each role stands on the essay's path, and the translation
// debt beside the score. Role ids come from the seed; step states from the spec's six steps.
const seed = loadTeam("seed/dpos-data-team.yaml");

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

describe("where the DPOS team stands, in the explorer", () => {
  it("the Adoption view shows every role's six steps and the debt per boundary; the top bar shows the debt", async () => {
    await open(h, `?team=${h.team}&view=adoption`, '[data-testid="adoption"]');
    expect(await h.page.$$eval('[data-testid="adoption"] tr[data-role]', (rows) => rows.map((r) => r.getAttribute("data-role")))).toEqual(seed.roles.map((r) => r.id));
    // Support: an agent with blast radius, oversight and delegation, but no contract (steps 1, 3, 5).
    const support = await h.page.$$eval('tr[data-role="support"] td', (cells) => cells.slice(0, 6).map((c) => c.className));
    expect(support).toEqual(["step-done", "step-todo", "step-done", "step-todo", "step-done", "step-todo"]);
    expect(await h.page.locator('[data-testid="translation-debt"] tbody tr').count()).toBeGreaterThan(0);
    expect(await h.page.textContent('[data-testid="translation-debt-total"]')).toBe("debt 45.2");
    await shot(h, "adoption");
  });

  it("a role's panel shows its steps", async () => {
    await open(h, `?team=${h.team}`);
    await h.page.click('.map-node[data-kind="role"][data-entity="support"]');
    const steps = h.page.locator('[data-testid="adoption-steps"] li');
    await steps.first().waitFor();
    expect(await steps.evaluateAll((lis) => lis.map((li) => li.getAttribute("data-done")))).toEqual(["true", "false", "true", "false", "true", "false"]);
    expect(await h.page.textContent('[data-testid="adoption-stands"]')).toContain("Stands at step 1 of 6: next, identify your key handoffs");
    // Its seams: the PM's brief and priorities (2) and the Engineer's release notes and live product (2 x 2) reach it; its digest (1) goes to the PM.
    expect(await h.page.textContent('[data-testid="role-debt"] p')).toBe("Translation debt on its seams: 6 in, 1 out.");
    await shot(h, "role-adoption");
  });
});
