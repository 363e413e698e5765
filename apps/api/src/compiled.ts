import { getOperationAST, type DocumentNode, type ExecutionResult } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Plugin } from "graphql-yoga";

/**
 * Queries run compiled: each document's operation is turned into JavaScript once (graphql-jit)
 * and reused. The standard executor re-walks the selection for every field of every request,
 * and that walk was most of the API's own time on a list read (bench/, docs/performance.md).
 * - Only queries: mutations are not the hot path and keep the executor every plugin expects.
 * - One compilation per document and operation name (the envelop plugin keeps one per document,
 *   so a document's second operation would run its first).
 * - What the compiler refuses runs on the standard executor.
 * test/compiled-queries.test.ts compares answers with the standard executor's.
 */
export function compiledQueries(): Plugin {
  const plans = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  function planFor(schema: Parameters<typeof compileQuery>[0], document: DocumentNode, operationName: string | undefined): CompiledQuery | null {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const key = operationName ?? "";
    let plan = byName.get(key);
    if (plan === undefined) {
      const compiled = compileQuery(schema, document, operationName);
      plan = isCompiledQuery(compiled) ? compiled : null;
      byName.set(key, plan);
    }
    return plan;
  }

  return {
    onExecute({ args, setExecuteFn }) {
      const operationName = args.operationName ?? undefined;
      if (getOperationAST(args.document, operationName)?.operation !== "query") return;
      const plan = planFor(args.schema, args.document, operationName);
      if (!plan) return;
      setExecuteFn((run) => plan.query(run.rootValue, run.contextValue, run.variableValues) as ExecutionResult | Promise<ExecutionResult>);
    },
  };
}
