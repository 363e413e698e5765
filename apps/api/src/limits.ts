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

/**
 * How deep `{`, `(` and `[` nest in a GraphQL source, outside strings and comments. The
 * graphql-js parser recurses once per level and overflows the stack somewhere past a
 * thousand, so a query nested absurdly deep is refused before it is parsed; the real depth
 * limit (GRAPHQL_MAX_DEPTH) is applied to what parses.
 */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "#") {
      while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i++;
    } else if (c === '"') {
      const block = source.startsWith('"""', i);
      i += block ? 3 : 1;
      while (i < source.length) {
        if (source[i] === "\\") i += 2;
        else if (block ? source.startsWith('"""', i) : source[i] === '"') break;
        else if (!block && (source[i] === "\n" || source[i] === "\r")) break;
        else i++;
      }
      if (block) i += 2;
    } else if (c === "{" || c === "(" || c === "[") deepest = Math.max(deepest, ++depth);
    else if (c === "}" || c === ")" || c === "]") depth--;
  }
  return deepest;
}

/** Brackets of any kind nested deeper than this are refused before parsing. */
export const MAX_QUERY_NESTING = 200;
