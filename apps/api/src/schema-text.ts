import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema/index.ts";

/** The schema as committed in apps/api/schema.graphql: sorted, so diffs stay small. */
export function printSchemaText(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
