import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteTeam } from "../../apps/api/src/db/team-store.ts";
import { Db } from "../../apps/api/src/db/driver.ts";
import { importTeam } from "../../apps/api/src/services/import.ts";
import { testApp } from "../api-helpers.ts";
import { loadTeam, uniqueTeamId } from "../helpers.ts";

// Issue 21, "more than one machine": the executor over the routing scheme (neo4j://), as it
// runs against a cluster or Aura. Neo4j Community answers a routing request on one server,
// naming itself reader, writer and router, so the driver routes for real here: what the
// test reads is the driver's own debug log (the routing table it fetched, each Bolt message).
const plain = process.env.NEO4J_URI ?? "";
const routingUri = plain.replace(/^bolt(\+s|\+ssc)?:/, "neo4j$1:");
const lines: string[] = [];
const db = new Db({
  uri: routingUri,
  user: process.env.NEO4J_USER ?? "neo4j",
  password: process.env.NEO4J_PASSWORD ?? "",
  database: process.env.NEO4J_DATABASE ?? "neo4j",
  // Only what the tests read is kept: an import logs thousands of other messages.
  logging: { level: "debug", logger: (_level, message) => void (/C: (BEGIN|RUN|ROUTE) |^Updated routing table/.test(message) && lines.push(message)) },
});
const team = uniqueTeamId("routing");
const probe = uniqueTeamId("probe");

/** The metadata of each BEGIN (explicit transactions) or RUN (auto-commit) sent since `from`. */
function sent(from: number, message: "BEGIN" | "RUN"): { mode?: string; bookmarks?: string[]; db?: string }[] {
  // "C: BEGIN {json}"; "C: RUN <cypher> { ... } {json}" (the parameters redacted).
  const pattern = message === "BEGIN" ? /C: BEGIN (\{.*\})$/ : /C: RUN .* \{ \.\.\. \} (\{.*\})$/s;
  return lines.slice(from).flatMap((line) => {
    const found = pattern.exec(line);
    return found?.[1] ? [JSON.parse(found[1]) as { mode?: string; bookmarks?: string[]; db?: string }] : [];
  });
}

beforeAll(() => {
  expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
});
afterAll(async () => {
  await db.write((tx) => tx.run("MATCH (p:RoutingProbe {id: $probe}) DELETE p", { probe }));
  await deleteTeam(db, team, true).catch(() => {});
  await db.close();
});

describe("the executor over neo4j:// routing", () => {
  it("fetches a routing table naming readers and writers", async () => {
    await db.read((tx) => tx.run("RETURN 1"));
    const table = lines.find((line) => line.startsWith("Updated routing table"));
    const address = new URL(plain.replace(/^[a-z+]+:/, "http:")).host;
    expect(table).toContain(`readers=[${address}]`);
    expect(table).toContain(`writers=[${address}]`);
    expect(lines.some((line) => /C: ROUTE /.test(line))).toBe(true);
    // Bookmarks only where there is more than one member to keep in step: none over bolt://.
    expect(db.bookmarks).not.toBeNull();
    const direct = new Db({ uri: plain.replace(/^neo4j/, "bolt"), user: "neo4j", password: "", database: "neo4j" });
    expect(direct.bookmarks).toBeNull();
    await direct.close();
  });

  it("sends reads as reads, carrying the bookmark of the write before them, and sees that write", async () => {
    const from = lines.length;
    await db.write((tx) => tx.run("CREATE (:RoutingProbe {id: $probe})", { probe }));
    const afterWrite = [...await (db.bookmarks?.getBookmarks() ?? [])];
    expect(afterWrite.length).toBeGreaterThan(0);
    const count = await db.read(async (tx) => (await tx.run("MATCH (p:RoutingProbe {id: $probe}) RETURN count(p) AS n", { probe })).records[0]?.get("n"));
    expect(count).toBe(1);
    const [write, read] = sent(from, "BEGIN");
    expect(write?.mode).toBeUndefined(); // Bolt's default: a write, to a writer
    expect(read?.mode).toBe("r");
    expect(read?.bookmarks).toEqual(afterWrite);

    // Auto-committed reads (most of the API's) are routed as reads with the bookmarks too.
    const auto = lines.length;
    expect(await db.query("MATCH (p:RoutingProbe {id: $probe}) RETURN count(p) AS n", { probe })).toEqual([{ n: 1 }]);
    const [run] = sent(auto, "RUN");
    expect(run?.mode).toBe("r");
    expect(run?.bookmarks).toEqual(afterWrite);

    // The response cache's commit mark is asked of the writer, which has every commit.
    const marked = lines.length;
    expect(await db.lastCommit()).toMatch(/\S/);
    expect(sent(marked, "RUN")).toEqual([expect.not.objectContaining({ mode: "r" })]);
  });

  it("has the server refuse a write inside a read transaction, so a read can never be routed where writes go unseen", async () => {
    const refused = db.read((tx) => tx.run("CREATE (:RoutingProbe {id: $probe})", { probe }));
    await expect(refused).rejects.toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
    await expect(db.query("CREATE (:RoutingProbe {id: $probe})", { probe })).rejects.toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
  });

  it("runs an import, a handoff and reads of the API through it: every write goes as a write", async () => {
    await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
    const { gql } = testApp(db);
    const submitted = await gql<{ submitHandoff: { id: string } }>(`mutation($team: ID!) { submitHandoff(team: $team, contract: "pm-to-architect", payload: {evidence: []}) { id } }`, { team });
    expect(submitted.errors).toBeUndefined();
    const read = await gql<{ team: { roles: { id: string }[]; handoffs: { id: string }[] } }>(`query($team: ID!) { team(id: $team) { roles { id } handoffs { id } } }`, { team });
    expect(read.errors).toBeUndefined();
    expect(read.data?.team.roles.length).toBeGreaterThan(0);
    expect(read.data?.team.handoffs.map((h) => h.id)).toContain(submitted.data?.submitHandoff.id);
  });
});
