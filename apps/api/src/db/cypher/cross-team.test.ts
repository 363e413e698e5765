import { describe, expect, it } from "vitest";
import { detachIncoming, lockInboxes, removeOrphanPlaceholders, resolvePending, resolveTargets } from "./cross-team.ts";
import { referencedByOtherTeams } from "./teams.ts";

describe("cross-team statements", () => {
  it("lock inboxes once each, in sorted order (one lock order: imports cannot deadlock on them), the own one exclusively", () => {
    const statements = lockInboxes("b", ["c", "a", "c", "b"]);
    expect(statements.map((s) => s.params)).toEqual([{ inbox: { id: "a" } }, { inbox: { id: "b" } }, { inbox: { id: "c" } }]);
    // Shared: only the MERGE; exclusive: the unique key set again.
    expect(statements.map((s) => s.text.includes("SET i.id"))).toEqual([false, true, false]);
    expect(statements.map((s) => s.text)).toMatchSnapshot();
    expect(lockInboxes(null, ["a"]).map((s) => s.text.includes("SET"))).toEqual([false]);
  });

  it("resolve foreign targets to the node, or a placeholder keyed by team, kind and id", () => {
    const s = resolveTargets("Artifact", [{ team: "data", id: "metrics" }]);
    expect(s.params).toEqual({ targets: [{ team: "data", id: "metrics" }], kind: "Artifact" });
    expect(s.text).toMatchSnapshot();
  });

  it("detach incoming references of other teams: moved to placeholders, or only listed in a dry run", () => {
    const moved = detachIncoming("Artifact", "CONSUMES", ["4:x:1"], true);
    const listed = detachIncoming("Artifact", "CONSUMES", ["4:x:1"], false);
    expect(moved.text).toMatchSnapshot();
    expect(listed.text).not.toContain("MERGE");
    expect(listed.text).not.toContain("DELETE");
    expect(detachIncoming("Role", "TO", [], true).text).toContain("null AS sourceRow");
    expect(() => detachIncoming("Role", "CONSUMES", [], true)).toThrow(/no cross-team CONSUMES to Role/);
  });

  it("resolve a team's pending references: one move per relationship type, then the empty placeholders go", () => {
    const statements = resolvePending("data");
    expect(statements.map((s) => s.params)).toEqual([
      { team: "data", kind: "Artifact" }, { team: "data", kind: "Artifact" }, { team: "data", kind: "Artifact" },
      { team: "data", kind: "Role" }, { team: "data" },
    ]);
    expect(statements.map((s) => s.text)).toMatchSnapshot();
    expect(removeOrphanPlaceholders().text).toMatchSnapshot();
    expect(referencedByOtherTeams("data").text).toMatchSnapshot();
  });
});
