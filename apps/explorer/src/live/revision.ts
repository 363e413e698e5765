import { useSyncExternalStore } from "react";

/**
 * The live revision: a number that moves when a handoff event arrives for the team on
 * screen. Queries read it (api/useQuery.ts), so every view showing handoffs (contract edges,
 * badges, the contract view, the history) asks again, without a reload. Bursts are coalesced:
 * at most one move per COALESCE_MS, the last event of a burst always followed by one.
 */
export const COALESCE_MS = 250;

let revision = 0;
const listeners = new Set<() => void>();
let pending: ReturnType<typeof setTimeout> | null = null;
let lastMove = 0;

function move(): void {
  revision++;
  lastMove = Date.now();
  for (const listener of listeners) listener();
}

/** Something changed on the server: move the revision now, or once the burst's window closes. */
export function invalidate(now = Date.now()): void {
  if (pending !== null) return;
  const wait = lastMove + COALESCE_MS - now;
  if (wait <= 0) move();
  else pending = setTimeout(() => {
    pending = null;
    move();
  }, wait);
}

export function subscribeRevision(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const currentRevision = (): number => revision;

export function useRevision(): number {
  return useSyncExternalStore(subscribeRevision, currentRevision, currentRevision);
}
