/**
 * When a failed delivery is tried again: after each failed attempt, the next waits longer, up
 * to 4 h; the last retry comes about 7 h 45 min after the first attempt, well past the hour
 * events.md asks for. Then the delivery is marked failed and stays in the log.
 */
export const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000] as const;

/** The wait before attempt `attempts + 1`, or null when `attempts` used every retry. */
export function nextDelay(attempts: number, delays: readonly number[] = RETRY_DELAYS_MS): number | null {
  return attempts >= 1 && attempts <= delays.length ? (delays[attempts - 1] ?? null) : null;
}
