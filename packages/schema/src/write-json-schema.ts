// Regenerates packages/schema/team.schema.json from the zod schemas:
//   npm run gen:json-schema -w @rolegraph/schema
// The file is committed so editors can point at it without building anything; the
// json-schema test fails when it falls behind the zod schemas.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { teamJsonSchemaText } from "./json-schema.ts";

const TEAM_SCHEMA_FILE = fileURLToPath(new URL("../team.schema.json", import.meta.url));

writeFileSync(TEAM_SCHEMA_FILE, teamJsonSchemaText());
process.stdout.write(`wrote ${TEAM_SCHEMA_FILE}\n`);
