import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTeamDocument, RoleSchema } from "@rolegraph/schema";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { returnColumns } from "../../db/cypher/entities.ts";
import { fromGraph } from "../from-graph.ts";
import { toGraph } from "../to-graph.ts";
import type { EntityDescriptor, FieldSpec, OwnRow } from "./descriptor.ts";
import { rowReturn } from "./descriptor.ts";
import { DESCRIPTORS, ROLE } from "./descriptors.ts";
import { docValues, nodeValues, shapeOf } from "./fields.ts";

/** Every field path of a zod object, `a.b` for the fields of a nested object the descriptor stores flat. */
function zodPaths(d: EntityDescriptor): string[] {
  const shape = shapeOf(d.schema) ?? {};
  return Object.entries(shape).flatMap(([key, field]) => {
    const nested = d.nested?.[key] ? shapeOf(field) : undefined;
    return nested ? Object.keys(nested).map((inner) => `${key}.${inner}`) : [key];
  });
}

const described = (d: EntityDescriptor): string[] => [
  ...d.fields.flatMap((f) => (f.path ? [f.path.join(".")] : [])),
  ...Object.keys(d.elsewhere),
];

describe("entity descriptors and the zod models cannot drift apart", () => {
  it.each(Object.values(DESCRIPTORS))("$label: every zod field is stored as described or said to go elsewhere, and nothing more", (d) => {
    expect(described(d).sort()).toEqual(zodPaths(d).sort());
  });

  it.each(Object.values(DESCRIPTORS))("$label: no property is described twice", (d) => {
    const props = d.fields.map((f) => f.prop);
    expect(new Set(props).size).toBe(props.length);
  });

  it("catches a zod field nobody described", () => {
    const grown = { ...ROLE, schema: RoleSchema.extend({ pronouns: z.string().optional() }) };
    expect(described(grown).sort()).not.toEqual(zodPaths(grown).sort());
  });
});

describe("a field added to a descriptor reaches the rows, the projections and the export", () => {
  const pronouns = { prop: "pronouns", path: ["pronouns"], storage: "text", row: {} } as const satisfies FieldSpec;
  const grown = { ...ROLE, fields: [...ROLE.fields, pronouns] } as const satisfies EntityDescriptor;

  it("is stored on the node and read back into the document", () => {
    const values = nodeValues(grown, { id: "pm", name: "PM", pronouns: "she/her" }, { order: 0 });
    expect(values).toMatchObject({ name: "PM", pronouns: "she/her", order: 0 });
    expect(docValues(grown, { name: "PM", pronouns: "she/her", order: 0 })).toEqual({ name: "PM", pronouns: "she/her" });
  });

  it("is a column of the entity's row and of the Cypher that reads it", () => {
    expect(rowReturn(grown, "n")).toBe("n.name AS name, n.purpose AS purpose, n.owner AS owner, n.pronouns AS pronouns");
    expect(returnColumns(grown)).toContain("n.pronouns AS pronouns");
    expect(returnColumns(ROLE)).not.toContain("pronouns");
    expectTypeOf<OwnRow<typeof grown>>().toEqualTypeOf<{ name: string; purpose: string | null; owner: string | null; pronouns: string | null }>();
  });

  it("stores nested data as JSON text and rebuilds nested objects, an empty one kept by its marker", () => {
    const contract = DESCRIPTORS.Contract;
    const values = nodeValues(contract, { boundary: { loop: true, meta: { a: 1 } }, sla: {} }, { order: 2, hasSla: true });
    expect(values).toMatchObject({ loop: true, boundaryMeta: `{"a":1}`, hasSla: true, order: 2 });
    expect(docValues(contract, { loop: true, boundaryMeta: `{"a":1}`, hasSla: true, order: 2 })).toEqual({ boundary: { loop: true, meta: { a: 1 } }, sla: {} });
    expect(docValues(contract, { loop: false, hasSla: false })).toEqual({ boundary: { loop: false } });
  });

  it("refuses a computed property the import did not give", () => {
    expect(() => nodeValues(ROLE, { name: "PM" })).toThrow(/Role.order is computed/);
  });
});

describe("toGraph and fromGraph, both driven by the descriptors, are inverses", () => {
  const root = join(import.meta.dirname, "../../../../..");
  const files = ["seed/dpos-data-team.yaml", ...readdirSync(join(root, "seed/examples")).filter((f) => f.endsWith(".yaml")).map((f) => `seed/examples/${f}`)];
  it.each(files)("%s comes back as it was parsed, fields in the format's order", (file) => {
    const parsed = parseTeamDocument(readFileSync(join(root, file), "utf8"));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.errors[0]?.message}`);
    const back = fromGraph(toGraph(parsed.team));
    const again = parseTeamDocument(JSON.stringify(back));
    if (!again.ok) throw new Error(`${file} exported: ${again.errors[0]?.path} ${again.errors[0]?.message}`);
    expect(again.team).toEqual(parsed.team);
    expect(Object.keys(back)).toEqual(Object.keys(shapeOf(DESCRIPTORS.Team.schema) ?? {}).filter((k) => k in back));
  });
});
