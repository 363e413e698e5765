import { describe, expect, it } from "vitest";
import { fixture } from "../testing/fixture.ts";
import { withGaps } from "../flow/gaps.ts";
import { compositionTables, viewRows } from "./rows.ts";

const tables = compositionTables(fixture(), (id) => id.toUpperCase());
const table = (id: string) => tables.find((t) => t.id === id);

describe("compositionTables", () => {
  it("lists every role, artifact, flow and contract, by name", () => {
    expect(table("roles")?.rows.map((r) => r.cells[0])).toEqual(["pm", "architect", "engineer"]);
    expect(table("roles")?.rows[0]?.cells.slice(2, 4)).toEqual(["DISCOVER", "DECIDE"]);
    expect(table("flows")?.rows).toHaveLength(fixture().edges.length);
    expect(table("flows")?.rows.find((r) => r.id === "c2")?.cells.slice(0, 3)).toEqual(["architect", "consumes", "brief"]);
    expect(table("artifacts")?.rows.find((r) => r.id === "artifact:brief")?.cells.slice(1, 3)).toEqual(["pm", "architect, shaper"]);
  });
  it("filters on every word and sorts numbers as numbers", () => {
    const roles = table("roles");
    if (roles === undefined) throw new Error("no roles table");
    expect(viewRows(roles, "arch", null).map((r) => r.id)).toEqual(["role:architect"]);
    expect(viewRows(roles, "", { column: 0, descending: true }).map((r) => r.cells[0])).toEqual(["pm", "engineer", "architect"]);
    const withFindings = compositionTables(withGaps(fixture(), []), (id) => id).find((t) => t.id === "roles");
    expect(withFindings && viewRows(withFindings, "", { column: 5, descending: true })[0]?.cells[5]).toBe(1);
  });
});
