import type { Severity } from "@rolegraph/rules";

/** What the use cases tell operations about, as it happens (metrics.ts counts it). */
export type Signal =
  | { kind: "import"; outcome: "changed" | "unchanged" | "dry-run" | "failed" }
  | { kind: "handoff"; action: "submit"; outcome: "passed" | "failed" | "replayed" }
  | { kind: "handoff"; action: "acknowledgedAt" | "nextStageStartedAt" }
  | { kind: "report"; teamId: string; bySeverity: Record<Severity, number>; slaBreaches: number };

type Listener = (signal: Signal) => void;
const listeners = new Set<Listener>();

/**
 * Services say what happened (an import, a handoff, a report's findings) without knowing who
 * listens; the HTTP app's metrics subscribe. Nothing listens in the CLI, where this is a loop
 * over an empty set. Returns the unsubscribe.
 */
export function onSignal(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function signal(event: Signal): void {
  for (const listener of listeners) listener(event);
}
