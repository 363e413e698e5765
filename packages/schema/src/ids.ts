import { z } from "zod";

/** Every id in a team file: a lowercase slug, unique per kind within a team. */
export const IdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, "must be a slug: lowercase letters, digits and '-', starting with a letter, at most 63 characters");
export type Id = z.infer<typeof IdSchema>;

export const CADENCES = ["continuous", "daily", "weekly", "per-cycle", "monthly", "quarterly", "on-event"] as const;
export const CadenceSchema = z.enum(CADENCES);
export type Cadence = z.infer<typeof CadenceSchema>;

export const ENGAGEMENTS = ["lead", "support", "consult"] as const;
export const EngagementSchema = z.enum(ENGAGEMENTS);
export type Engagement = z.infer<typeof EngagementSchema>;

/** Free-form data any object may carry; kept as it is, never interpreted. */
export const MetaSchema = z.record(z.string(), z.unknown());
export type Meta = z.infer<typeof MetaSchema>;

/** Non-empty, trimmed human text. */
export const TextSchema = z.string().trim().min(1, "must not be empty").max(10_000);
