import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from "graphql";
import type { Context } from "../context.ts";
import { keyOf } from "../db/entities.ts";
import { depthSchema } from "./load.ts";
import type { FlowParent, FlowType } from "./loaders.ts";
import { readFields } from "./selected.ts";

/**
 * Speculative prefetch. In `team(id: T) { artifact(id: A) { consumers { ... } } }` every key
 * is in the query text, yet each level would wait for the one above before asking Neo4j:
 * three round trips one after another. The team resolver asks `planUnderTeam` (pure, over the
 * selection) which lookups the levels below will need, starts them on the request's loaders
 * (`startPrefetch`), and the resolvers there pick up the work already in flight: the same
 * queries, in parallel, one round trip of latency. If the team turns out not to exist, the
 * speculative answers are dropped.
 */
export type Prefetch =
  /** A role or artifact by id: its row, when found, proves the team exists. */
  | { kind: "lookup"; label: FlowParent; id: string }
  /** The entity with the flows asked for, in one query (started before its lookup, which it answers). */
  | { kind: "withFlows"; label: FlowParent; id: string; types: FlowType[]; stages: boolean }
  /** An artifact with its impacted roles, in one query. */
  | { kind: "artifactWithImpacted"; id: string; depth: number }
  /** The shortest chain between two roles: found, it proves the team exists. */
  | { kind: "contextChain"; from: string; to: string };

export interface PrefetchPlan {
  starts: Prefetch[];
  /** Whether the query reads the team itself (anything but id, __typename and the children above). */
  readsTeam: boolean;
}

const FLOW_FIELDS: Record<FlowParent, Partial<Record<string, FlowType>>> = {
  Role: { consumes: "CONSUMES", produces: "PRODUCES" },
  Artifact: { consumers: "CONSUMES", producers: "PRODUCES" },
};
const BY_ID: Partial<Record<string, FlowParent>> = { role: "Role", artifact: "Artifact" };
const SELF = new Set(["id", "__typename", "role", "artifact", "contextChain"]);

/**
 * What to start for `team(id) { ... }`, from the team field's selections and the request's
 * variables: the selections' shape (shapeUnderTeam, the same for every request of an
 * operation) with the ids and depths the request gives.
 */
export function planUnderTeam(selections: readonly SelectionNode[], variables: Readonly<Record<string, unknown>>): PrefetchPlan {
  return bindShape(shapeUnderTeam(selections), variables);
}

/** planUnderTeam for the team field being resolved: its shape worked out once per operation (kept with the field's node). */
export function planForTeamField(info: GraphQLResolveInfo): PrefetchPlan {
  const [node, more] = info.fieldNodes;
  if (!node || more) return planUnderTeam(info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []), info.variableValues);
  let shape = shapes.get(node);
  if (!shape) shapes.set(node, (shape = shapeUnderTeam(node.selectionSet?.selections ?? [])));
  return bindShape(shape, info.variableValues);
}
const shapes = new WeakMap<FieldNode, Shape>();

/** A by-id child (its lookup and the one-query forms below it) or a context chain, with the argument nodes its values come from. */
type ShapeStart =
  | { kind: "byId"; label: FlowParent; id: FieldNode; combined: Combined[] }
  | { kind: "contextChain"; field: FieldNode };
type Combined =
  | { kind: "withFlows"; types: FlowType[]; stages: boolean }
  | { kind: "artifactWithImpacted"; field: FieldNode };
interface Shape { starts: ShapeStart[]; readsTeam: boolean }

/** Everything about the plan that does not depend on the request's variables. */
function shapeUnderTeam(selections: readonly SelectionNode[]): Shape {
  const starts: ShapeStart[] = [];
  let readsTeam = selections.some((s) => s.kind !== Kind.FIELD);
  for (const child of fieldsOf(selections)) {
    const name = child.name.value;
    if (!SELF.has(name)) readsTeam = true;
    const label = BY_ID[name];
    if (label) starts.push({ kind: "byId", label, id: child, combined: combined(label, fieldsOf(child.selectionSet?.selections ?? [])) });
    else if (name === "contextChain") starts.push({ kind: "contextChain", field: child });
  }
  return { starts, readsTeam };
}

/** The shape's starts with this request's ids and depths; a start whose values are missing or invalid is left out. */
function bindShape(shape: Shape, variables: Readonly<Record<string, unknown>>): PrefetchPlan {
  const starts: Prefetch[] = [];
  for (const start of shape.starts) {
    if (start.kind === "contextChain") {
      const [from, to] = [argument(start.field, "from", variables), argument(start.field, "to", variables)];
      if (typeof from === "string" && typeof to === "string") starts.push({ kind: "contextChain", from, to });
      continue;
    }
    const id = argument(start.id, "id", variables);
    if (typeof id !== "string") continue;
    for (const c of start.combined) {
      if (c.kind === "withFlows") starts.push({ kind: "withFlows", label: start.label, id, types: c.types, stages: c.stages });
      else {
        const depth = argument(c.field, "depth", variables) ?? 3;
        if (typeof depth === "number" && depthSchema.safeParse(depth).success) starts.push({ kind: "artifactWithImpacted", id, depth });
      }
    }
    starts.push({ kind: "lookup", label: start.label, id });
  }
  return { starts, readsTeam: shape.readsTeam };
}

/** The one-query forms of an entity's lookup with what is asked below it. */
function combined(label: FlowParent, subfields: FieldNode[]): Combined[] {
  const starts: Combined[] = [];
  if (label === "Artifact") {
    for (const field of subfields.filter((s) => s.name.value === "impactedRoles")) starts.push({ kind: "artifactWithImpacted", field });
  }
  const asked = subfields.filter((f) => FLOW_FIELDS[label][f.name.value]);
  const types = [...new Set(asked.map((f) => FLOW_FIELDS[label][f.name.value] as FlowType))];
  if (types.length > 0) {
    // The team's stage rows only when a flow's stage is asked for more than its id.
    const stages = asked.some((f) => {
      const selections = f.selectionSet?.selections ?? [];
      return selections.some((s) => s.kind !== Kind.FIELD) || !selectsOnlyId(fieldsOf(selections).filter((s) => s.name.value === "stage"));
    });
    starts.push({ kind: "withFlows", types, stages });
  }
  return starts;
}

/** Starts the plan's lookups on the request's loaders; the promises that, answered non-null, prove the team exists. */
export function startPrefetch(ctx: Context, team: string, plan: PrefetchPlan, info: GraphQLResolveInfo): Promise<unknown>[] {
  const proofs: Promise<unknown>[] = [];
  for (const start of plan.starts) {
    if (start.kind === "lookup") proofs.push(ctx.loaders.lookup(start.label, keyOf({ team, id: start.id })));
    else if (start.kind === "contextChain") proofs.push(ctx.loaders.contextChain(team, start.from, start.to, readFields(info, "Role")));
    else if (start.kind === "withFlows") {
      const other = start.label === "Role" ? "Artifact" : "Role";
      ctx.loaders.withFlows(start.label, keyOf({ team, id: start.id }), start.types, { stages: start.stages, own: readFields(info, start.label), other: readFields(info, other) });
    } else ctx.loaders.artifactWithImpacted(keyOf({ team, id: start.id }), start.depth, { own: readFields(info, "Artifact"), roles: readFields(info, "Role") });
  }
  return proofs;
}

/** Plain fields only: fragments are left to resolve level by level (correct, just not prefetched). */
export function fieldsOf(selections: readonly SelectionNode[]): FieldNode[] {
  return selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
}

/** A literal or variable argument's value; undefined when absent or of another kind. */
export function argument(field: FieldNode, name: string, variables: Readonly<Record<string, unknown>>): unknown {
  const node = field.arguments?.find((a) => a.name.value === name)?.value;
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/** Whether every node of a field selects only `id` and `__typename` (no fragments): its parent's id answers it. */
export function selectsOnlyId(nodes: readonly FieldNode[]): boolean {
  return nodes.every((node) => (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && (s.name.value === "id" || s.name.value === "__typename")));
}
