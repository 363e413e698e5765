import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ValidationPlugin from "@pothos/plugin-validation";
import { complexityPerOperation } from "./complexity-per-operation.ts";
import type { Context } from "./context.ts";
import { RolegraphError } from "./graphql-errors.ts";

/** Configuration only: types and fields live in schema/, one file per type. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { read: boolean; write: boolean; admin: boolean };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}>({
  // Pothos' complexity plugin, measuring each operation once (complexity-per-operation.ts).
  plugins: [ScopeAuthPlugin, ValidationPlugin, DataloaderPlugin, complexityPerOperation],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      read: context.principal.scopes.has("read"),
      write: context.principal.scopes.has("write"),
      admin: context.principal.scopes.has("admin"),
    }),
    unauthorizedError: (_parent, context, info) =>
      new RolegraphError(
        context.principal.scopes.size === 0 ? "UNAUTHENTICATED" : "FORBIDDEN",
        context.principal.scopes.size === 0
          ? `${info.parentType.name}.${info.fieldName} needs a token (Authorization: Bearer ...)`
          : `${info.parentType.name}.${info.fieldName} is not allowed for token '${context.principal.name}' (scopes: ${[...context.principal.scopes].join(", ")})`,
      ),
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 5,
    limit: (ctx) => ({ complexity: ctx.env.GRAPHQL_MAX_COMPLEXITY, depth: ctx.env.GRAPHQL_MAX_DEPTH, breadth: 300 }),
    complexityError: (kind, result) => {
      const measure = kind.toLowerCase() as "complexity" | "depth" | "breadth";
      const max = result[`max${kind}` as "maxComplexity" | "maxDepth" | "maxBreadth"];
      return new RolegraphError("QUERY_TOO_COMPLEX", `query ${measure} is ${result[measure]}, above the limit of ${max}`);
    },
  },
});

builder.queryType({ description: "Read entry points: teams and everything reachable from them; needs a token with read access", authScopes: { read: true } });
builder.mutationType({ description: "Writes: importing and deleting teams, and submitting, acknowledging and advancing handoffs; needs a token with write access (deleteTeam: admin)", authScopes: { write: true } });
