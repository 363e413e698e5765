import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TEAM_SCHEMA_ID, teamJsonSchema, teamJsonSchemaText } from "./json-schema.ts";

const SCHEMA_FILE = fileURLToPath(new URL("../team.schema.json", import.meta.url));
const SEED_DIR = fileURLToPath(new URL("../../../seed/", import.meta.url));
const seedFiles = readdirSync(SEED_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml")).sort();

type Schema = { [keyword: string]: unknown };
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const typeOf = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : Number.isInteger(v) ? "integer" : typeof v);
const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "default", "format"]);

/**
 * Just enough of JSON Schema 2020-12 to check seed files without a validator dependency. A
 * keyword it does not know fails loudly, so the schema cannot outgrow it unnoticed.
 */
function validate(schema: Schema, value: unknown, path = "$"): string[] {
  const errors: string[] = [];
  const sub = (s: unknown, v: unknown, p: string) => errors.push(...validate(s as Schema, v, p));
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || keyword === "properties") continue;
    const fail = (what: string) => errors.push(`${path}: ${what}`);
    const t = typeOf(value);
    switch (keyword) {
      case "type": {
        const types = Array.isArray(arg) ? arg : [arg];
        if (!types.some((x) => x === t || (x === "number" && t === "integer"))) fail(`is ${t}, not ${types.join("|")}`);
        break;
      }
      case "const": if (value !== arg) fail(`is not ${String(arg)}`); break;
      case "enum": if (!(arg as unknown[]).includes(value)) fail(`'${String(value)}' is not one of ${(arg as unknown[]).join(", ")}`); break;
      case "pattern": if (typeof value === "string" && !new RegExp(arg as string, "u").test(value)) fail(`'${value}' does not match ${String(arg)}`); break;
      case "minLength": if (typeof value === "string" && value.length < (arg as number)) fail("is too short"); break;
      case "maxLength": if (typeof value === "string" && value.length > (arg as number)) fail("is too long"); break;
      case "minimum": if (typeof value === "number" && value < (arg as number)) fail(`is below ${String(arg)}`); break;
      case "exclusiveMinimum": if (typeof value === "number" && value <= (arg as number)) fail(`is not above ${String(arg)}`); break;
      case "minItems": if (Array.isArray(value) && value.length < (arg as number)) fail("has too few items"); break;
      case "items": if (Array.isArray(value)) value.forEach((v, i) => sub(arg, v, `${path}[${i}]`)); break;
      case "anyOf": if (!(arg as Schema[]).some((s) => validate(s, value, path).length === 0)) fail("matches no alternative"); break;
      case "required": if (isObject(value)) for (const k of arg as string[]) if (!(k in value)) fail(`misses '${k}'`); break;
      case "minProperties": if (isObject(value) && Object.keys(value).length < (arg as number)) fail("has too few fields"); break;
      case "maxProperties": if (isObject(value) && Object.keys(value).length > (arg as number)) fail("has too many fields"); break;
      case "propertyNames": if (isObject(value)) for (const k of Object.keys(value)) sub(arg, k, `${path}{${k}}`); break;
      case "additionalProperties": {
        if (!isObject(value)) break;
        const known = isObject(schema.properties) ? schema.properties : {};
        for (const [k, v] of Object.entries(value)) {
          if (k in known) sub(known[k], v, `${path}.${k}`);
          else if (arg === false) fail(`has unknown field '${k}'`);
          else sub(arg, v, `${path}.${k}`);
        }
        break;
      }
      default: throw new Error(`the test validator does not know '${keyword}' (at ${path})`);
    }
  }
  if (!("additionalProperties" in schema) && isObject(schema.properties) && isObject(value)) {
    for (const [k, s] of Object.entries(schema.properties)) if (k in value) sub(s, value[k], `${path}.${k}`);
  }
  return errors;
}

describe("team.schema.json", () => {
  const schema = teamJsonSchema() as Schema;

  it("is committed and up to date", () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    expect(committed, "team.schema.json is stale: run `npm run gen:json-schema -w @rolegraph/schema`").toBe(teamJsonSchemaText());
  });

  it("names itself as a draft 2020-12 schema", () => {
    expect([schema.$schema, schema.$id, schema.title]).toEqual([
      "https://json-schema.org/draft/2020-12/schema",
      TEAM_SCHEMA_ID,
      "Rolegraph team file",
    ]);
    expect(schema.required).toEqual(["version", "team", "roles", "artifacts"]);
  });

  it("closes strict objects but keeps meta open", () => {
    const team = (schema.properties as Record<string, Schema>).team;
    expect(team?.additionalProperties).toBe(false);
    expect((team?.properties as Record<string, Schema>).meta?.additionalProperties).toEqual({});
  });

  it.each(seedFiles)("accepts %s", (file) => {
    expect(validate(schema, parse(readFileSync(join(SEED_DIR, file), "utf8")))).toEqual([]);
  });

  it("rejects what editors should flag", () => {
    const team = parse(readFileSync(join(SEED_DIR, "examples/startup-team.yaml"), "utf8")) as Record<string, unknown>;
    expect(validate(schema, { ...team, colour: "red" })).toEqual(["$: has unknown field 'colour'"]);
    expect(validate(schema, { ...team, team: { id: "Startup", name: "S" } })).toEqual([
      "$.team.id: 'Startup' does not match ^[a-z][a-z0-9-]{0,62}$",
    ]);
    const check = { field: "evidence", minItems: 3, maxItems: 5 };
    const contracts = [{ id: "c", from: "a", to: "b", boundary: { from: "x", to: "y" }, gates: [{ id: "g", text: "t", check }] }];
    expect(validate(schema, { ...team, contracts })).toEqual(["$.contracts[0].gates[0].check: has too many fields"]);
  });
});
