import { isAbstractType, TypeInfo, visit, visitWithTypeInfo, type GraphQLResolveInfo, type OperationDefinitionNode } from "graphql";

const byOperation = new WeakMap<OperationDefinitionNode, Map<string, Set<string>>>();

/**
 * The fields an operation reads on an object type, anywhere in it: in every selection and
 * every fragment, behind any alias. Rows read for an operation (db/relations.ts)
 * carry only these besides their key, so they are smaller for Neo4j to build, for the
 * driver to decode and for the collector to sweep; and since the set covers the whole
 * operation, a row shared between two places in it never lacks a field either place reads.
 * Computed once per parsed operation (yoga caches parsed documents).
 */
export function readFields(info: GraphQLResolveInfo, type: string): ReadonlySet<string> {
  let fields = byOperation.get(info.operation);
  if (!fields) {
    fields = collect(info);
    byOperation.set(info.operation, fields);
  }
  return fields.get(type) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

function collect(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    let set = fields.get(type);
    if (!set) fields.set(type, (set = new Set()));
    set.add(field);
  };
  const typeInfo = new TypeInfo(info.schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent) return;
      // A field asked on an interface or union is read on every type that could answer it.
      const types = isAbstractType(parent) ? info.schema.getPossibleTypes(parent) : [parent];
      for (const t of types) add(t.name, node.name.value);
    },
  });
  visit(info.operation, visitor);
  for (const fragment of Object.values(info.fragments)) visit(fragment, visitor);
  return fields;
}
