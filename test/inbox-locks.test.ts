import type { Transaction } from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { lockInboxes } from "../apps/api/src/db/cypher/cross-team.ts";
import { testDb, uniqueTeamId } from "./helpers.ts";

/**
 * The inbox locks of cross-team references are a readers-writer lock built on Neo4j's own
 * locking (cypher/cross-team.ts): imports that reference a team hold its inbox shared and run
 * side by side; the team's own import or delete holds it exclusively, after every reference
 * holder and before any new one. Placeholder resolution is only safe while Neo4j keeps to
 * this, so it is checked here on the real server: a transaction that waits is seen waiting in
 * SHOW TRANSACTIONS, not guessed from a timing.
 */
const db = testDb();
const marker = uniqueTeamId("inbox-locks");
afterAll(() => db.close());

interface Open { tx: Transaction; close: () => Promise<void> }
async function begin(name: string): Promise<Open> {
  const session = db.driver.session({ database: db.database });
  const tx = session.beginTransaction({ metadata: { inboxLocks: `${marker}:${name}` } });
  return { tx, close: async () => { await tx.commit(); await session.close(); } };
}
const take = async (open: Open, own: string | null, references: string[]) => {
  for (const s of lockInboxes(own, references)) await open.tx.run(s.text, s.params);
};
/** The names of this test's transactions Neo4j reports as blocked on a lock. */
async function blocked(): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.inboxLocks STARTS WITH $marker AND status STARTS WITH 'Blocked' RETURN metaData.inboxLocks AS name",
    { marker });
  return rows.map((r) => r.name.slice(marker.length + 1)).sort();
}
async function untilBlocked(names: string[]): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (JSON.stringify(await blocked()) === JSON.stringify(names)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`never saw exactly ${names.join(", ")} blocked (saw ${(await blocked()).join(", ") || "none"})`);
}

describe("inbox locks", () => {
  it("references of one team share its inbox; the team's own lock waits for them, and new references wait for it", async () => {
    const target = uniqueTeamId("target");
    // The inbox exists (the first MERGE makes it, under the exclusive lock).
    const setup = await begin("setup");
    await take(setup, target, []);
    await setup.close();

    const [one, two] = [await begin("ref-1"), await begin("ref-2")];
    await take(one, uniqueTeamId("a"), [target]);
    await take(two, uniqueTeamId("b"), [target]); // not blocked by the first: it returns
    expect(await blocked()).toEqual([]);

    const owner = await begin("owner");
    let ownerHolds = false;
    const owned = take(owner, target, []).then(() => { ownerHolds = true; });
    await untilBlocked(["owner"]);
    await one.close();
    // Still waiting, for the second reference: seen blocked on every look for a while.
    for (let i = 0; i < 8; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await blocked()).toEqual(["owner"]);
    }
    expect(ownerHolds).toBe(false);
    await two.close();
    await owned;
    // The owner holds it now: a new reference waits for the owner's commit.
    const late = await begin("ref-3");
    let lateHolds = false;
    const lateTaken = take(late, null, [target]).then(() => { lateHolds = true; });
    await untilBlocked(["ref-3"]);
    expect(lateHolds).toBe(false);
    await owner.close();
    await lateTaken;
    await late.close();
    expect(await blocked()).toEqual([]);
  });

  it("two owners of one inbox take turns", async () => {
    const target = uniqueTeamId("target");
    const first = await begin("owner-1");
    await take(first, target, []);
    const second = await begin("owner-2");
    const taken = take(second, target, []);
    await untilBlocked(["owner-2"]);
    await first.close();
    await taken;
    await second.close();
    const [inbox] = await db.query<{ keys: string[] }>("MATCH (i:Inbox {id: $id}) RETURN keys(i) AS keys", { id: target });
    expect(inbox?.keys).toEqual(["id"]);
  });
});
