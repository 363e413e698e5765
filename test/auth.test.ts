import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "../apps/api/src/auth.ts";
import { exportTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { isLoopback } from "../apps/api/src/env.ts";
import { testApp } from "./api-helpers.ts";
import { loadTeam, ROOT, testDb, uniqueTeamId } from "./helpers.ts";

const db = testDb();
const TOKENS = [
  { name: "reader", token: "reader-token-0123456789", scopes: ["read"] },
  { name: "writer", token: "writer-token-0123456789", scopes: ["read", "write"] },
  { name: "admin", token: "admin-token-01234567890", scopes: ["read", "write", "admin"] },
];
const { gql } = testApp(db, { ROLEGRAPH_TOKENS: JSON.stringify(TOKENS), HOST: "0.0.0.0" });
const team = uniqueTeamId("auth");
const dpos = readFileSync(join(ROOT, "seed", "dpos-data-team.yaml"), "utf8").replace(/^ {2}id: dpos-data-team$/m, `  id: ${team}`);

beforeAll(() => importTeam(db, loadTeam("seed/dpos-data-team.yaml", team)));
afterAll(() => db.close());

const IMPORT = `mutation($doc: String!) { importTeam(document: $doc) { changed } }`;
const DELETE = `mutation($id: ID!, $confirm: Boolean) { deleteTeam(id: $id, confirm: $confirm) { deleted nodes relationships } }`;

describe("auth: read-broad, write-narrow", () => {
  it("open access only where nobody else can connect", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "localhost"].map(isLoopback)).toEqual([true, true, true, true]);
    expect(["0.0.0.0", "10.0.0.5", "::", "example.org"].map(isLoopback)).toEqual([false, false, false, false]);
    expect(authenticate(null, []).scopes.has("write")).toBe(true);
    expect(authenticate(null, TOKENS.map((t) => ({ ...t, scopes: t.scopes as ("read" | "write" | "admin")[] }))).scopes.size).toBe(0);
  });

  it("refuses reads and writes without a token once tokens are configured", async () => {
    const read = await gql(`{ teams { id } }`);
    expect(read.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const write = await gql(IMPORT, { doc: dpos });
    expect(write.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const wrong = await gql(`{ teams { id } }`, {}, "not-a-configured-token");
    expect(wrong.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("lets a read token read but not write, and changes nothing", async () => {
    const before = await exportTeam(db, team);
    const read = await gql<{ team: { id: string } }>(`query($id: ID!) { team(id: $id) { id } }`, { id: team }, "reader-token-0123456789");
    expect(read.data?.team.id).toBe(team);
    const write = await gql(IMPORT, { doc: dpos.replace("name: Data PM", "name: Data PM (edited)") }, "reader-token-0123456789");
    expect(write.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(write.errors?.[0]?.message).toMatch(/Mutation.importTeam is not allowed for token 'reader'/);
    expect(await exportTeam(db, team)).toEqual(before);
  });

  it("lets a write token import but not delete; deleteTeam without confirm only reports", async () => {
    const write = await gql<{ importTeam: { changed: boolean } }>(IMPORT, { doc: dpos }, "writer-token-0123456789");
    expect(write.data?.importTeam.changed).toBe(false);
    const del = await gql(DELETE, { id: team, confirm: true }, "writer-token-0123456789");
    expect(del.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const before = await exportTeam(db, team);
    const preview = await gql<{ deleteTeam: { deleted: boolean; nodes: number } }>(DELETE, { id: team }, "admin-token-01234567890");
    expect(preview.data?.deleteTeam.deleted).toBe(false);
    expect(preview.data?.deleteTeam.nodes).toBeGreaterThan(100);
    expect(await exportTeam(db, team)).toEqual(before);
  });

  it("deletes with an admin token and confirm, reporting the blast radius", async () => {
    const id = uniqueTeamId("auth-del");
    await importTeam(db, loadTeam("seed/examples/startup-team.yaml", id));
    const preview = await gql<{ deleteTeam: { nodes: number; relationships: number } }>(DELETE, { id }, "admin-token-01234567890");
    const done = await gql<{ deleteTeam: { deleted: boolean; nodes: number; relationships: number } }>(DELETE, { id, confirm: true }, "admin-token-01234567890");
    expect(done.data?.deleteTeam).toEqual({ deleted: true, nodes: preview.data?.deleteTeam.nodes, relationships: preview.data?.deleteTeam.relationships });
    expect(await exportTeam(db, id)).toBeNull();
  });
});
