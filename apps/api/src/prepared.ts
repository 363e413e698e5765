import { getOperationAST, type DocumentNode } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { YogaServerInstance } from "graphql-yoga";
import type { Context } from "./context.ts";
import type { Params } from "./json-post.ts";

type Yoga = YogaServerInstance<Record<string, unknown>, Context>;
const MAX = 1_000;

/**
 * Query texts seen before, each with its compiled plan once yoga has parsed and validated it
 * (its nesting limit, validation rules and caches, run through its own envelop). A text seen
 * again is not parsed, validated or passed through the plugin hooks again: that machinery
 * was a third of the API's own time on a by-id read (bench/, docs/performance.md), and its
 * outcome for a given text never changes. Mutations and texts that fail are remembered as
 * null and keep going through yoga. Arguments, variables, scopes and complexity are checked
 * per request as before: they live in the resolvers and the compiled plan. A yoga or envelop
 * plugin added later with per-request work in onParse, onValidate, onContextBuilding or
 * onExecute would not run for a text seen before: give it a place here, or it stays
 * limited to first sightings (test/json-post.test.ts compares the answers with yoga's).
 */
export class PreparedQueries {
  private readonly plans = new Map<string, CompiledQuery | null>();
  constructor(private readonly yoga: Yoga) {}

  /** The plan for these parameters; null when they cannot have one, undefined when not seen yet. */
  get(params: Params): CompiledQuery | null | undefined {
    return this.plans.get(keyOf(params));
  }

  /** Parses and validates the query as yoga does for this request, and compiles it if it is a valid query. */
  prepare(params: Params, request: Request): void {
    if (this.plans.size >= MAX) this.plans.clear(); // bounded; a busy client set refills it in a few requests
    this.plans.set(keyOf(params), this.compile(params, request));
  }

  private compile(params: Params, request: Request): CompiledQuery | null {
    const { parse, validate, schema } = this.yoga.getEnveloped({ request, params });
    let document: DocumentNode;
    try {
      document = parse(params.query);
    } catch {
      return null;
    }
    if (validate(schema, document).length > 0) return null;
    if (getOperationAST(document, params.operationName)?.operation !== "query") return null;
    const compiled = compileQuery(schema, document, params.operationName);
    return isCompiledQuery(compiled) ? compiled : null;
  }
}

const keyOf = (params: Params) => `${params.operationName ?? ""}\n${params.query}`;
