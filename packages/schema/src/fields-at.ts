import type { z } from "zod";
import { TeamShapeSchema } from "./team.ts";

type Path = readonly (string | number)[];
interface Def { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; valueType?: z.ZodType }

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers (optional, default, pipe...) say nothing about which fields an object has. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (let current = schema, depth = 0; depth < 10; depth++) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return schema;
}

/**
 * The fields the team format allows for the object at `path` (`["roles", 0, "consumes", 0]`),
 * read from the zod schema itself so error hints never drift from the format.
 */
export function fieldsAt(path: Path, root: z.ZodType = TeamShapeSchema): string[] | undefined {
  let schema = unwrap(root);
  for (const step of path) {
    const def = defOf(schema);
    const next = def.type === "object" && typeof step === "string" ? def.shape?.[step]
      : def.type === "array" && typeof step === "number" ? def.element
      : def.type === "record" ? def.valueType
      : undefined;
    if (!next) return undefined;
    schema = unwrap(next);
  }
  const def = defOf(schema);
  return def.type === "object" && def.shape ? Object.keys(def.shape) : undefined;
}
