import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { printSchemaText } from "./schema-text.ts";

// Writes apps/api/schema.graphql; a test fails when the committed file is stale.
writeFileSync(join(import.meta.dirname, "..", "schema.graphql"), printSchemaText());
process.stdout.write("wrote apps/api/schema.graphql\n");
