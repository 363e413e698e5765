import { z } from "zod";
import { GateCheckSchema } from "./contract.ts";
import { MetaSchema } from "./ids.ts";
import { TeamShapeSchema } from "./team.ts";

export const TEAM_SCHEMA_ID = "https://rolegraph.dev/team.schema.json";

type JsonSchema = z.core.JSONSchema.JSONSchema;

/**
 * The JSON Schema of a team file, for editors (yaml-language-server, VS Code) to complete and
 * check the file while people type. It describes what a person writes (`io: "input"`), so
 * fields with defaults are optional. Cross-references (unknown ids, cycles, gate types) are
 * beyond JSON Schema: `parseTeamDocument` remains the authority.
 */
export function teamJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(TeamShapeSchema, {
    target: "draft-2020-12",
    io: "input",
    // Refinements (exactly one kind per check, valid regular expressions) cannot be expressed
    // by zod's converter; they are approximated in `override` or left to the parser.
    unrepresentable: "throw",
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === GateCheckSchema) {
        // `field` plus exactly one kind of check: the refinement in contract.ts, structurally.
        jsonSchema.minProperties = 2;
        jsonSchema.maxProperties = 2;
      }
      if (zodSchema === MetaSchema) {
        jsonSchema.description = "Free-form data, kept as it is and never interpreted.";
      }
      // Integers are bounded by JavaScript's safe range; printing 2^53 - 1 everywhere is noise.
      if (jsonSchema.type === "integer" && jsonSchema.maximum === Number.MAX_SAFE_INTEGER) {
        delete jsonSchema.maximum;
      }
    },
  });
  return {
    $schema: schema.$schema,
    $id: TEAM_SCHEMA_ID,
    title: "Rolegraph team file",
    description:
      "A team's Role Operating Systems: lifecycle stages, roles with the context they consume and produce, " +
      "artifacts, agents, workflows and checkable handoff contracts.",
    ...withoutKey(schema, "$schema"),
  };
}

/** The committed file's text: pretty, with a trailing newline, so diffs stay readable. */
export function teamJsonSchemaText(): string {
  return `${JSON.stringify(teamJsonSchema(), null, 2)}\n`;
}

function withoutKey<T extends object>(object: T, key: string): Partial<T> {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)) as Partial<T>;
}
