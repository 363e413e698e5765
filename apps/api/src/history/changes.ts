import type { Team } from "@rolegraph/schema";
import type { Change, ElementKind } from "./types.ts";

type Doc = Record<string, unknown>;

/**
 * The elements of a team document by kind, each as the plain record its fields are compared
 * on. A stage carries its position (`order`): moving a stage in the lifecycle is a change of it.
 */
export function elementsOf(team: Team): Map<ElementKind, Map<string, Doc>> {
  const byId = <T extends { id: string }>(list: readonly T[], extra: (item: T, index: number) => Doc = () => ({})) =>
    new Map(list.map((item, index) => [item.id, { ...withoutId(item), ...extra(item, index) }]));
  const { id: teamId, ...info } = team.team;
  return new Map<ElementKind, Map<string, Doc>>([
    ["TEAM", new Map([[teamId, { ...info, ...(team.lint ? { lint: team.lint } : {}), ...(team.meta ? { documentMeta: team.meta } : {}) }]])],
    ["STAGE", byId(team.stages, (_s, order) => ({ order }))],
    ["ROLE", byId(team.roles)],
    ["ARTIFACT", byId(team.artifacts)],
    ["AGENT", byId(team.agents)],
    ["WORKFLOW", byId(team.workflows)],
    ["CONTRACT", byId(team.contracts)],
  ]);
}

/**
 * Element-level changes from `before` to `after`: one ADDED or REMOVED per element, and one
 * CHANGED per field that differs on an element both sides have. Pure; in document order
 * (kinds as ELEMENT_KINDS lists them, then elements as `after` lists them, removed ones last).
 */
export function elementChanges(before: Team, after: Team): Change[] {
  const was = elementsOf(before);
  const is = elementsOf(after);
  const changes: Change[] = [];
  for (const [kind, now] of is) {
    const then = was.get(kind) ?? new Map<string, Doc>();
    for (const [id, element] of now) {
      const old = then.get(id);
      if (!old) changes.push({ op: "ADDED", kind, id, field: null, before: null, after: element });
      else for (const c of fieldChanges(old, element, "")) changes.push({ op: "CHANGED", kind, id, ...c });
    }
    for (const [id, element] of then) if (!now.has(id)) changes.push({ op: "REMOVED", kind, id, field: null, before: element, after: null });
  }
  return changes;
}

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields that differ between two values: records field by field, lists of keyed items
 * (flows by artifact and stage, gates by id, requirements by field) item by item, anything
 * else (text, numbers, lists of ids, meta) as one value.
 */
export function fieldChanges(before: unknown, after: unknown, path: string): FieldChange[] {
  if (sameValue(before, after)) return [];
  if (isRecord(before) && isRecord(after) && !path.endsWith("meta")) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => fieldChanges(before[k], after[k], path ? `${path}.${k}` : k));
  }
  const keyed = Array.isArray(before) && Array.isArray(after) ? keyedItems(before, after) : null;
  if (keyed) {
    const [was, is] = keyed;
    const out: FieldChange[] = [];
    for (const [key, item] of is) out.push(...fieldChanges(was.get(key), item, `${path}[${key}]`));
    for (const [key, item] of was) if (!is.has(key)) out.push({ field: `${path}[${key}]`, before: item, after: null });
    return out;
  }
  return [{ field: path, before: before ?? null, after: after ?? null }];
}

/** Both lists keyed by what names their items, when every item has it and no key repeats. */
function keyedItems(before: unknown[], after: unknown[]): [Map<string, unknown>, Map<string, unknown>] | null {
  const keyOf = (item: unknown): string | null => {
    if (!isRecord(item)) return null;
    if (typeof item.id === "string") return item.id;
    if (typeof item.field === "string") return item.field;
    if (typeof item.artifact === "string") return typeof item.stage === "string" ? `${item.artifact}@${item.stage}` : item.artifact;
    return null;
  };
  const index = (list: unknown[]) => {
    const map = new Map<string, unknown>();
    for (const item of list) {
      const key = keyOf(item);
      if (key === null || map.has(key)) return null;
      map.set(key, item);
    }
    return map;
  };
  const was = index(before);
  const is = index(after);
  return was && is && (was.size > 0 || is.size > 0) ? [was, is] : null;
}

/** Deep equality of plain data; a missing value, `undefined` and `null` are the same absence. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (a == null && b == null)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

const isRecord = (value: unknown): value is Doc => typeof value === "object" && value !== null && !Array.isArray(value);

function withoutId<T extends { id: string }>(item: T): Doc {
  const { id: _id, ...rest } = item;
  return rest;
}
