import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTeam } from "../helpers.ts";
import { open, shot, startHarness, type Harness } from "./harness.ts";

// Expected answers are read from the seed file, never from what the page shows.
const seed = loadTeam("seed/dpos-data-team.yaml");
const consumersOf = (artifact: string) => seed.roles.filter((r) => r.consumes.some((f) => f.artifact === artifact)).map((r) => r.id).sort();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

const entities = (selector: string) => h.page.$$eval(selector, (els) => els.map((e) => e.getAttribute("data-entity") ?? "").sort());

describe("the explorer on the DPOS team", () => {
  it("renders every role on the map, in six stage swimlanes", async () => {
    await open(h, `?team=${h.team}`);
    expect(await entities('.map-node[data-kind="role"]')).toEqual(seed.roles.map((r) => r.id).sort());
    expect(await h.page.$$eval('[data-testid="lane"] .lane-title', (els) => els.map((e) => e.textContent ?? ""))).toEqual(
      seed.stages.map((s) => expect.stringContaining(s.name)),
    );
    await shot(h, "map");
  });

  it("clicking the problem brief highlights exactly its consumers and lists them", async () => {
    await open(h, `?team=${h.team}`);
    await h.page.click('.map-node[data-kind="artifact"][data-entity="problem-brief"]');
    await h.page.waitForSelector('[data-testid="consumers"]');
    expect(await entities('.map-node[data-kind="role"][data-relation="consumer"]')).toEqual(consumersOf("problem-brief"));
    const listed = await h.page.$$eval('[data-testid="consumers"] tr', (rows) => rows.length);
    expect(listed).toBe(consumersOf("problem-brief").length);
    expect(h.page.url()).toContain("focus=artifact:problem-brief");
    await shot(h, "focus");
  });

  it("a gap badge opens the finding about its node", async () => {
    await open(h, `?team=${h.team}`);
    const badge = h.page.locator('.map-node[data-entity="customer-context-summary"] .gap-badge');
    await badge.click();
    const findings = h.page.locator('[data-testid="findings"] li');
    await findings.first().waitFor();
    const texts = await findings.allTextContents();
    expect(texts.some((t) => t.includes("uncontracted-handoff"))).toBe(true);
    await shot(h, "finding");
  });

  it("the matrix shows the Data PM's six engagements", async () => {
    await open(h, `?team=${h.team}&view=matrix`, '[data-testid="matrix"]');
    const row = await h.page.$$eval('tr[data-role="data-pm"] td', (cells) => cells.map((c) => c.getAttribute("data-engagement") ?? ""));
    const pm = seed.roles.find((r) => r.id === "data-pm");
    expect(row).toEqual(seed.stages.map((s) => (pm?.engagement[s.id] ?? "").toUpperCase()));
    expect(row.filter((e) => e !== "")).toHaveLength(6);
    await shot(h, "matrix");
  });

  it("a submitted handoff shows its gate table, gate by gate", async () => {
    await open(h, `?team=${h.team}&view=contract&contract=pm-to-architect`, '[data-contract="pm-to-architect"]');
    const fill = (field: string, text: string) => h.page.fill(`[name="${field}"]`, text);
    await fill("customer_problem", "Trial sponsors cannot compare cohorts across sites");
    await fill("evidence", "Sponsor A interview\nSponsor B interview\nUsage: 40% export to Excel");
    await fill("business_rationale", "Largest pharma accounts renew on this");
    await fill("success_criteria", "Cohort report in under 5 minutes");
    await fill("constraints", "HIPAA: no patient-level export");
    await fill("priority_confirmed_by", "Aisha M.");
    // Ethical considerations left out on purpose: that gate must fail, and say so.
    await h.page.click('button[type="submit"]');
    const rows = h.page.locator('[data-testid="gate-results"] tbody tr');
    await rows.first().waitFor();
    const contract = seed.contracts.find((c) => c.id === "pm-to-architect");
    expect(await rows.count()).toBe(contract?.gates.length);
    const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")));
    expect(statuses).toEqual(contract?.gates.map((g) => (g.check === undefined ? "UNCHECKED" : g.id === "ethics" ? "FAILED" : "PASSED")));
    await shot(h, "contract");
  });

  it("exports the map as an SVG with its edges drawn", async () => {
    await open(h, `?team=${h.team}`);
    const download = h.page.waitForEvent("download");
    await h.page.click('button:has-text("SVG")');
    const svg = await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    });
    const paths = [...svg.matchAll(/<path[^>]*class="react-flow__edge-path"[^>]*>/g)].map((m) => m[0]);
    const drawn = await h.page.locator(".react-flow__edge-path").count();
    expect(paths.length).toBe(drawn);
    // The image has no stylesheet: every edge must carry its stroke itself.
    expect(paths.filter((p) => !/stroke:\s*rgb/.test(p))).toEqual([]);
    expect(await h.page.getAttribute(".react-flow__edge-path", "style")).toBeNull(); // the page is put back
  });

  it("a deep link restores the focus, its depth and its panel", async () => {
    await open(h, `?team=${h.team}&focus=role:data-pm&depth=1`);
    expect(await entities('.map-node[data-relation="focus"]')).toEqual(["data-pm"]);
    expect(await h.page.textContent(".panel h2")).toBe("Data PM");
    expect(await h.page.inputValue('input[aria-label="Focus depth"]')).toBe("1");
  });
});
