import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { buildSchema, Kind, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import schemaText from "../../../api/schema.graphql?raw";
import * as generated from "./types.generated.ts";
import committed from "./types.generated.ts?raw";

const explorer = new URL("../../", import.meta.url).pathname;
const documents = Object.entries(generated).filter(([name]) => name.endsWith("Document"));

describe("types.generated.ts", () => {
  it("is what codegen makes of src/api/*.graphql and the API's schema (run `npm run codegen -w @rolegraph/explorer` when this fails)", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: `${explorer}codegen.yml` });
    const [output] = await generate({ ...config, cwd: explorer, silent: true }, false);
    expect(output?.filename).toBe("src/api/types.generated.ts");
    expect(output?.content === committed, "src/api/types.generated.ts is stale: run `npm run codegen -w @rolegraph/explorer`").toBe(true);
  }, 30_000);

  it("has one typed document per operation, each valid on its own: one operation and the fragments it spreads", () => {
    const schema = buildSchema(schemaText);
    expect(documents.map(([name]) => name).sort()).toEqual([
      "ArtifactDetailDocument", "ContractDetailDocument", "HandoffEventsLiveDocument", "MatrixDocument", "OrgGapsDocument", "OrgImpactDocument",
      "OrgMapDocument", "OrgOpenDocument", "RoleAdoptionDocument", "RoleDetailDocument", "SubmitHandoffDocument", "TeamCompareDocument",
      "TeamGapsDocument", "TeamOverviewDocument", "TeamStandingDocument", "TeamVersionsDocument", "TeamWhatIfDocument", "TeamsDocument",
    ]);
    for (const [name, document] of documents) {
      const ast = parse(String(document));
      // Validation also fails on a fragment spread but not sent, or sent but not spread.
      expect(validate(schema, ast).map((e) => e.message), name).toEqual([]);
      expect(ast.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).map((d) => d.name?.value), name).toEqual([name.replace(/Document$/, "")]);
    }
  });
});
