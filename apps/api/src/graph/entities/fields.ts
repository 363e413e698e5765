import type { z } from "zod";
import type { EntityDescriptor, FieldSpec } from "./descriptor.ts";

/**
 * The two directions between a document object and a node's properties, driven by the
 * descriptor: what the import stores, what the export reads back.
 */
type Doc = Record<string, unknown>;

function at(doc: unknown, path: readonly string[]): unknown {
  let value = doc;
  for (const step of path) value = value !== null && typeof value === "object" ? (value as Doc)[step] : undefined;
  return value;
}

/**
 * The node's properties for one entity: every described field read from `doc` (JSON text for
 * `json` storage), then the computed ones (`order`, markers) from `computed`. Undefined
 * values are left for rows.ts's props() to drop.
 */
export function nodeValues(d: EntityDescriptor, doc: unknown, computed: Doc = {}): Doc {
  const out: Doc = {};
  for (const f of d.fields) {
    if (!f.path) {
      if (!(f.prop in computed)) throw new Error(`${d.label}.${f.prop} is computed by the import and was not given`);
      out[f.prop] = computed[f.prop];
      continue;
    }
    const value = at(doc, f.path);
    out[f.prop] = f.storage === "json" && value !== undefined ? JSON.stringify(value) : value;
  }
  return out;
}

/** The document fields a node's properties hold: the inverse of nodeValues, nested objects rebuilt. */
export function docValues(d: EntityDescriptor, props: Readonly<Record<string, unknown>>): Doc {
  const out: Doc = {};
  const present = new Set<string>();
  for (const f of d.fields) {
    if (!f.path) continue;
    const stored = props[f.prop];
    if (stored === undefined || stored === null) continue;
    set(out, f.path, f.storage === "json" && typeof stored === "string" ? JSON.parse(stored) : stored);
    if (f.path.length > 1 && f.path[0] !== undefined) present.add(f.path[0]);
  }
  for (const [group, { marker }] of Object.entries(d.nested ?? {})) {
    if (marker ? props[marker] === true : present.has(group)) out[group] ??= {};
    else delete out[group];
  }
  return out;
}

function set(doc: Doc, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    doc[head] = value;
    return;
  }
  const child = (doc[head] ??= {}) as Doc;
  set(child, rest, value);
}

/** A described field by property name (for the tests and the odd caller that needs one). */
export const fieldOf = (d: EntityDescriptor, prop: string): FieldSpec | undefined => d.fields.find((f) => f.prop === prop);

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The fields of an object schema, through optional, default and pipe wrappers; undefined for anything else. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(current);
    if (def.type === "object") return def.shape;
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return undefined;
    current = inner;
  }
  return undefined;
}

/** The document's keys in the order its zod model lists them, nested objects too: how an export reads. */
export function orderedLike(schema: z.ZodType, doc: Doc): Doc {
  const shape = shapeOf(schema);
  if (!shape) return doc;
  const out: Doc = {};
  for (const [key, field] of Object.entries(shape)) {
    const value = doc[key];
    if (!(key in doc)) continue;
    const isObject = value !== null && typeof value === "object" && !Array.isArray(value);
    out[key] = isObject && shapeOf(field) ? orderedLike(field, value as Doc) : value;
  }
  for (const key of Object.keys(doc)) if (!(key in out)) out[key] = doc[key];
  return out;
}
