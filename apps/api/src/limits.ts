import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Refuses documents that alias fields more than `max` times: aliases multiply work without
 * adding depth, so depth and complexity limits alone do not catch `a1: team {...} a2: ...`.
 */
export function maxAliasesRule(max: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === max + 1) {
          context.reportError(new GraphQLError(`the query uses more than ${max} aliases`, { nodes: [node], extensions: { code: "QUERY_TOO_COMPLEX" } }));
        }
      },
    };
  };
}
