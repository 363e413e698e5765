import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTeam } from "../apps/api/src/services/import.ts";
import { teamComposition } from "../apps/api/src/services/composition.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// A team's whole composition map is kept under Neo4j's last-commit mark (services/composition.ts):
// the same map serves the next request while nothing was written, and a write through another
// instance (another driver, as a second API behind a load balancer) is seen by the next request.
const db = testDb();
const other = testDb();
const team = uniqueTeamId("composition-memo");
const base = loadTeam("seed/dpos-data-team.yaml", team);

beforeAll(() => importTeam(db, base));
afterAll(async () => {
  await db.close();
  await other.close();
});

describe("a team's composition, kept under the last-commit mark", () => {
  it("answers a second request from the kept map, narrowed by each request's own focus", async () => {
    const whole = await teamComposition(db, team, {});
    const again = await teamComposition(db, team, {});
    // Without a write in between, the nodes are the kept map's own objects, not a new read.
    expect(again.nodes[0]).toBe(whole.nodes[0]);
    const role = base.roles[0]?.id ?? "";
    const focused = await teamComposition(db, team, { focus: `role:${role}`, depth: 1 });
    expect(focused.focus).toBe(`role:${role}`);
    expect(focused.nodes.length).toBeLessThan(whole.nodes.length);
    expect(focused.totalNodes).toBe(whole.totalNodes);
    // The focus's distances are on copies: the kept map's nodes have none.
    expect((await teamComposition(db, team, {})).nodes.every((n) => n.distance === undefined)).toBe(true);
  });

  it("sees a role added through another instance on the next request", async () => {
    const before = await teamComposition(db, team, {});
    const added = { id: "memo-added-role", name: "Added Through Another Instance", engagement: {}, consumes: [], produces: [] };
    await importTeam(other, { ...base, roles: [...base.roles, added] as typeof base.roles });
    const after = await teamComposition(db, team, {});
    expect(after.totalNodes).toBe(before.totalNodes + 1);
    expect(after.nodes.map((n) => n.id)).toContain("role:memo-added-role");
  });
});
