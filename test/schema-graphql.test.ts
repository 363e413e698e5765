import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { printSchemaText } from "../apps/api/src/schema-text.ts";
import { ROOT } from "./helpers.ts";

describe("apps/api/schema.graphql", () => {
  it("is the printed schema (run `npm run print-schema -w @rolegraph/api` when this fails)", () => {
    const committed = readFileSync(join(ROOT, "apps", "api", "schema.graphql"), "utf8");
    expect(committed === printSchemaText(), "apps/api/schema.graphql is stale: run `npm run print-schema -w @rolegraph/api`").toBe(true);
  });

  it("has every field clients rely on (shared/spec/api.md)", () => {
    const text = printSchemaText();
    for (const field of [
      "teams: [Team!]!", "team(id: ID!): Team", "matrix: [MatrixCell!]!", "contextChain(from: ID!, to: ID!): [Role!]",
      "consumers: [Flow!]!", "impactedRoles(depth: Int = 3): [Role!]!", "upstream(depth: Int = 1): [Artifact!]!",
      "importTeam(document: String!, dryRun: Boolean = false): ImportResult!", "deleteTeam(confirm: Boolean = false, id: ID!): DeleteResult!",
    ]) expect(text).toContain(field);
  });
});
