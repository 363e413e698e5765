import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, isObjectType, type GraphQLField } from "graphql";
import { describe, expect, it } from "vitest";
import { printSchemaText } from "../apps/api/src/schema-text.ts";
import { ROOT } from "./helpers.ts";

describe("apps/api/schema.graphql", () => {
  it("is the printed schema (run `npm run print-schema -w @rolegraph/api` when this fails)", () => {
    const committed = readFileSync(join(ROOT, "apps", "api", "schema.graphql"), "utf8");
    expect(committed === printSchemaText(), "apps/api/schema.graphql is stale: run `npm run print-schema -w @rolegraph/api`").toBe(true);
  });

  it("has every field clients rely on (shared/spec/api.md)", () => {
    // Every field as a one-line signature: arguments carry descriptions now, so the printed
    // text breaks them over lines; compare what clients call, not how it is laid out.
    const schema = buildSchema(printSchemaText());
    const signature = (f: GraphQLField<unknown, unknown>) =>
      `${f.name}${f.args.length > 0 ? `(${f.args.map((a) => `${a.name}: ${String(a.type)}${a.defaultValue !== undefined ? ` = ${JSON.stringify(a.defaultValue)}` : ""}`).join(", ")})` : ""}: ${String(f.type)}`;
    const text = Object.values(schema.getTypeMap()).filter(isObjectType).flatMap((t) => Object.values(t.getFields()).map(signature)).join("\n");
    for (const field of [
      "teams: [Team!]!", "team(id: ID!): Team", "matrix: [MatrixCell!]!", "contextChain(from: ID!, to: ID!): [Role!]",
      "consumers: [Flow!]!", "impactedRoles(depth: Int = 3): [Role!]!", "upstream(depth: Int = 1): [Artifact!]!",
      "importTeam(document: String!, dryRun: Boolean = false): ImportResult!", "deleteTeam(confirm: Boolean = false, id: ID!): DeleteResult!",
    ]) expect(text).toContain(field);
  });
});
