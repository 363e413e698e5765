import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { PlanCache } from "./plan-cache.ts";

/**
 * Yoga's parse, validation and execution through the plan cache: what yoga answers (GET,
 * forms, browsers, mutations, invalid texts) meets the same per-text checks, the same
 * parsed document and the same compiled query as the JSON POST path, from the one cache.
 * Yoga's own parser and validation cache is off (plan/graphql.ts).
 */
export function planPlugin(plans: PlanCache): Plugin {
  return {
    onParse({ params, setParsedDocument }) {
      const plan = plans.get(typeof params.source === "string" ? params.source : params.source.body);
      if (plan.error) throw plan.error;
      if (plan.document) setParsedDocument(plan.document);
    },
    onValidate({ params, setResult }) {
      const plan = plans.of(params.documentAST);
      if (plan) setResult([...plan.validationErrors]);
    },
    onExecute({ args, setExecuteFn }) {
      const compiled = plans.of(args.document)?.operation(args.operationName ?? undefined).compiled;
      if (!compiled) return;
      setExecuteFn((run) => compiled.query(run.rootValue, run.contextValue, run.variableValues) as ExecutionResult | Promise<ExecutionResult>);
    },
  };
}
