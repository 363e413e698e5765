import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Db } from "./db/driver.ts";
import { acknowledgeHandoff, startNextStage, submitHandoff, type Actor } from "./services/handoffs.ts";

export const SEED_HISTORY_FILE = join(import.meta.dirname, "..", "..", "..", "seed", "dpos-handoffs.json");

const Step = z.strictObject({ hoursAgo: z.number().nonnegative(), override: z.string().min(1).optional() });
const HistorySchema = z.object({
  handoffs: z.array(z.strictObject({
    contract: z.string().min(1), hoursAgo: z.number().nonnegative(), payload: z.record(z.string(), z.unknown()),
    acknowledge: Step.optional(), start: Step.omit({ override: true }).optional(),
  })),
});

/** The seed acts as the contract's own roles would; it is the first start, nobody else is there. */
const SEED: Actor = { name: "seed", roles: null };

/**
 * The seed team's runtime history, relative to `now`: so that a new user's first look shows
 * the loop (a failed brief, a resubmission, an override, an acknowledgement, and a breach the
 * SLA watch reports at start). Written through the same use cases as any client, so the
 * events are real events. Returns how many handoffs it wrote.
 */
export async function seedHistory(db: Db, team: string, now: Date, file = SEED_HISTORY_FILE): Promise<number> {
  const history = HistorySchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
  for (const h of history.handoffs) {
    const { handoff } = await submitHandoff(db, { team, contract: h.contract, payload: h.payload, submittedAt: ago(h.hoursAgo), actor: SEED });
    if (h.acknowledge) await acknowledgeHandoff(db, { team, handoff: handoff.id, at: ago(h.acknowledge.hoursAgo), override: h.acknowledge.override ?? null, actor: SEED });
    if (h.start) await startNextStage(db, { team, handoff: handoff.id, at: ago(h.start.hoursAgo), actor: SEED });
  }
  return history.handoffs.length;
}
