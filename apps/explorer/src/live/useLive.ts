import { useEffect, useSyncExternalStore } from "react";
import { connectLive, type LiveStatus } from "./connection.ts";
import { invalidate } from "./revision.ts";

// The live connection's state, for the quiet indicator (LiveIndicator.tsx).
let status: LiveStatus = "connecting";
const listeners = new Set<() => void>();
function setStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useLiveStatus = (): LiveStatus => useSyncExternalStore(subscribe, () => status, () => status);

/**
 * Keeps the explorer live for the team on screen: each handoff event (from the CLI, another
 * browser, another API instance) moves the live revision, and the views ask again.
 */
export function useLiveEvents(team: string | null): void {
  useEffect(() => {
    if (team === null) return;
    return connectLive(team, { onEvent: () => invalidate(), onStatus: setStatus, onResume: () => invalidate() });
  }, [team]);
}
