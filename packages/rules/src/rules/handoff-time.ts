import type { GraphHandoff } from "../graph.ts";

/** Handoffs submitted at or before `asOf`: later ones had not happened yet. */
export const submittedBy = (asOf: Date) => (h: GraphHandoff) => {
  const at = Date.parse(h.submittedAt);
  return !Number.isNaN(at) && at <= asOf.getTime();
};
