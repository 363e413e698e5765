// The bounded memoization first: graphql-jit builds its module-level memoized functions at load.
import { JIT_MEMO_BOUNDED } from "./jit-memo.ts";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { DocumentNode, GraphQLSchema } from "graphql";

export type { CompiledQuery };
export { JIT_MEMO_BOUNDED };

/** The operation compiled to JavaScript (graphql-jit), or null for what the compiler refuses (run by the standard executor). */
export function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  const compiled = compileQuery(schema, document, operationName);
  return isCompiledQuery(compiled) ? compiled : null;
}
