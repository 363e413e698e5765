import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationTypeNode, type ValidationRule } from "graphql";
import { MAX_QUERY_NESTING, nestingDepth } from "../limits.ts";
import { compile, type CompiledQuery } from "./jit.ts";

/** What one operation of a document is, and its compiled form when it is a query graphql-jit accepts. */
export interface Operation {
  kind: OperationTypeNode | null;
  /** Null for mutations, for what the compiler refuses, and with GRAPHQL_JIT off: the standard executor runs those. */
  compiled: CompiledQuery | null;
}

/**
 * Everything about a query text that is the same for every request that sends it: the
 * nesting limit, the parsed document, the validation errors (the schema's rules and ours),
 * and each operation compiled once. Per-text checks belong here, where every path meets
 * them (plan/plan-cache.ts); per-request checks belong in the context or the resolvers.
 */
export class Plan {
  /** Parsed, or null with `error` the answer for the text (too deeply nested, or a syntax error). */
  readonly document: DocumentNode | null;
  readonly error: GraphQLError | null;
  readonly validationErrors: readonly GraphQLError[];
  private readonly operations = new Map<string, Operation>();

  constructor(readonly query: string, private readonly setup: PlanSetup) {
    const { document, error } = parseWithin(query);
    this.document = document;
    this.error = error && refusedText(error);
    this.validationErrors = document ? validateWithin(setup, document).map(refusedText) : [];
  }

  /** The operation `name` selects (the only one when undefined); its kind is null when there is none or the text is invalid. */
  operation(name: string | undefined): Operation {
    const key = name ?? "";
    let operation = this.operations.get(key);
    if (!operation) {
      operation = this.build(name);
      this.operations.set(key, operation);
    }
    return operation;
  }

  private build(name: string | undefined): Operation {
    if (!this.document || this.validationErrors.length > 0) return NONE;
    const kind = getOperationAST(this.document, name)?.operation ?? null;
    // Mutations are not the hot path and keep the executor every plugin expects.
    const compiled = kind === "query" && this.setup.jit ? compile(this.setup.schema, this.document, name) : null;
    return { kind, compiled };
  }
}
const NONE: Operation = { kind: null, compiled: null };

/**
 * A text refused before execution answers 400 under application/graphql-response+json and 200
 * under application/json, as GraphQL over HTTP asks: yoga reads that from `extensions.http`
 * (`spec` marks the ones application/json answers 200) and leaves it out of the body. Yoga's
 * own parse and validation would mark them so; ours replace them (plan/yoga-plugin.ts).
 */
function refusedText(error: GraphQLError): GraphQLError {
  const { nodes, source, positions, path, originalError, extensions } = error;
  return new GraphQLError(error.message, { nodes, source, positions, path, originalError, extensions: { ...extensions, http: { spec: true, status: 400 } } });
}

export interface PlanSetup {
  schema: GraphQLSchema;
  /** Our limits (aliases, introspection): cheap, checked first. */
  limits: readonly ValidationRule[];
  jit: boolean;
}

export function planSetup(schema: GraphQLSchema, limits: readonly ValidationRule[], jit: boolean): PlanSetup {
  return { schema, limits, jit };
}

/**
 * Our limits first: a text they refuse is not validated further. graphql-js's rules over a
 * text of 20,000 aliases take seconds of CPU (test/reliability/abusive-queries.test.ts); the
 * limit says what is wrong with it in a single pass.
 */
function validateWithin(setup: PlanSetup, document: DocumentNode): readonly GraphQLError[] {
  const refused = setup.limits.length > 0 ? validate(setup.schema, document, setup.limits) : [];
  return refused.length > 0 ? refused : validate(setup.schema, document, specifiedRules);
}

function parseWithin(query: string): { document: DocumentNode | null; error: GraphQLError | null } {
  // graphql-js's parser recurses per level: an absurd nesting is refused before it is parsed.
  const depth = nestingDepth(query);
  if (depth > MAX_QUERY_NESTING) {
    return { document: null, error: new GraphQLError(`the query nests brackets ${depth} deep; the limit is ${MAX_QUERY_NESTING}`, { extensions: { code: "QUERY_TOO_COMPLEX" } }) };
  }
  try {
    return { document: parse(query), error: null };
  } catch (error) {
    if (error instanceof GraphQLError) return { document: null, error };
    throw error;
  }
}
