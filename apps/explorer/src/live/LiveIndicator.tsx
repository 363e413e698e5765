import "./live.css";
import { useLiveStatus } from "./useLive.ts";

/** A quiet mark of the live connection: a dot while live, a word when it is down and being retried. */
export function LiveIndicator() {
  const status = useLiveStatus();
  if (status === "live") return <span className="live-indicator is-live" data-testid="live" data-status="live" title="Live: handoff events update this page as they happen" aria-label="live updates on">●</span>;
  return (
    <span className="live-indicator is-down" data-testid="live" data-status={status} role="status" title="The live connection is down; reconnecting, and nothing will be missed">
      {status === "connecting" ? "connecting…" : "offline, reconnecting…"}
    </span>
  );
}
