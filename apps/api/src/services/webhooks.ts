import type { Db } from "../db/driver.ts";
import { listDeliveries as read, type DeliveryRow } from "../db/webhooks.ts";
import { badInput } from "../errors.ts";

/** The webhook delivery log as a use case: filters checked here, read from db/webhooks.ts. */
export function listDeliveries(db: Db, filter: { team: string | null; hook: string | null; status: string | null; limit: number }): Promise<DeliveryRow[]> {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 1000) throw badInput(`limit must be 1 to 1000; got ${filter.limit}`);
  return read(db, filter);
}
