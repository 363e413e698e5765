import { describe, expect, it } from "vitest";
import { startLocalNeo4j } from "../apps/api/src/db/local-neo4j.ts";
import { testDb } from "./helpers.ts";

// The run's own embedded Neo4j (global setup) plays `npm start`; this test plays the CLI
// started in a second terminal on the same data directory.
const dataDir = process.env.ROLEGRAPH_TEST_NEO4J_DATA_DIR;

describe.skipIf(!dataDir)("a second process on the same data directory", () => {
  it("connects to the running embedded Neo4j instead of failing on its store lock, and leaves it running", async () => {
    if (!dataDir) return;
    const second = await startLocalNeo4j({ dataDir });
    expect(second).toMatchObject({ uri: process.env.NEO4J_URI, shared: true });
    await second.stop();
    const db = testDb();
    try {
      expect(await db.query<{ one: number }>("RETURN 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });
});
