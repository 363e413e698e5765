import type { z } from "zod";
import type { EntityLabel } from "../rows.ts";

/**
 * An entity described once: its label, its zod model, and each scalar the node stores with
 * where it sits in the document and how it is stored. The graph rows (to-graph), the
 * document read back (from-graph), the entity rows' Cypher projections and their TypeScript
 * types all derive from it (fields.ts, ../../db/cypher/entities.ts); descriptors.test.ts
 * keeps it and the zod model from drifting apart.
 */

/** How a value is stored on the node: as it is, or nested data as JSON text. */
export type Storage = "text" | "number" | "boolean" | "strings" | "json";

export interface FieldSpec {
  /** The node property. */
  readonly prop: string;
  /** Where the value sits in the entity's document object; absent for values the import computes (order, markers). */
  readonly path?: readonly string[];
  readonly storage: Storage;
  /** True when the zod model always gives it a value (required, or a default). */
  readonly required?: boolean;
  /** In the entity's row (what GraphQL reads): under `as` (default: prop), `default` a Cypher literal for a missing value. */
  readonly row?: { readonly as?: string; readonly default?: string };
}

export interface EntityDescriptor {
  readonly label: EntityLabel;
  /** The zod model of one entity in the document. */
  readonly schema: z.ZodType;
  readonly fields: readonly FieldSpec[];
  /** Zod fields not stored as node properties, and where they go instead (the node id, a relationship, child nodes). */
  readonly elsewhere: Readonly<Record<string, string>>;
  /**
   * Nested objects stored flat on the node. One with a `marker` is in the document when the
   * marker property is true (an empty `sla: {}` is kept); one without, when any of its fields is.
   */
  readonly nested?: Readonly<Record<string, { readonly marker?: string }>>;
}

type ValueOf<S extends Storage> = S extends "text" | "json" ? string : S extends "number" ? number : S extends "boolean" ? boolean : string[];
type RowName<F extends FieldSpec> = F extends { row: { as: infer N extends string } } ? N : F["prop"];
type RowValue<F extends FieldSpec> = F extends { required: true } | { row: { default: string } } ? ValueOf<F["storage"]> : ValueOf<F["storage"]> | null;

/** The own fields of an entity's row, typed from its descriptor. */
export type OwnRow<D extends EntityDescriptor> = {
  [F in Extract<D["fields"][number], { row: object }> as RowName<F>]: RowValue<F>;
};

export const rowName = (f: FieldSpec): string => f.row?.as ?? f.prop;

const columns = new WeakMap<EntityDescriptor, Map<string, readonly (readonly [string, string])[]>>();

/**
 * The row fields of an entity: [name, Cypher expression over the node variable v]. Built once
 * per descriptor and variable: every read builds its statement per request (the profile of a
 * by-id read showed this at a twentieth of the API's own time).
 */
export function rowColumns(d: EntityDescriptor, v: string): readonly (readonly [string, string])[] {
  let byVariable = columns.get(d);
  if (!byVariable) columns.set(d, (byVariable = new Map()));
  let built = byVariable.get(v);
  if (!built) {
    built = d.fields.flatMap((f): [string, string][] => {
      if (!f.row) return [];
      const value = `${v}.${f.prop}`;
      return [[rowName(f), f.row.default === undefined ? value : `coalesce(${value}, ${f.row.default})`]];
    });
    byVariable.set(v, built);
  }
  return built;
}

/** `n.name AS name, coalesce(n.external, false) AS external`: the row fields as RETURN columns. */
export const rowReturn = (d: EntityDescriptor, v: string): string => rowColumns(d, v).map(([as, value]) => `${value} AS ${as}`).join(", ");

/** `name: n.name, external: coalesce(n.external, false)`: the row fields as the entries of a map literal. */
export const rowMap = (d: EntityDescriptor, v: string): string => rowColumns(d, v).map(([as, value]) => `${as}: ${value}`).join(", ");

/** `{team: n.team, id: n.id, name: n.name, ...}`: a whole row as a map literal, `beyond` appended. */
export const rowLiteral = (d: EntityDescriptor, v: string, ...beyond: string[]): string =>
  `{${[`team: ${v}.team`, `id: ${v}.id`, rowMap(d, v), ...beyond].filter(Boolean).join(", ")}}`;
