import type { ApiError } from "../api/client.ts";

/** Loading and failure, each saying what to do next. */
export function StatusScreen({ state, what }: { state: { status: string; error?: ApiError; refetch?: () => void }; what: string }) {
  if (state.status === "error" && state.error !== undefined) {
    return (
      <div className="status" role="alert">
        <h2>{state.error.unreachable ? "The API is not running" : `Could not load ${what}`}</h2>
        <p>{state.error.message}</p>
        {state.error.unreachable ? <p className="muted">From the repository root: <code>npm start</code>. This page retries when you press the button.</p> : null}
        {state.refetch !== undefined ? <button type="button" className="primary" onClick={state.refetch}>Try again</button> : null}
      </div>
    );
  }
  if (state.status === "ready") {
    return (
      <div className="status">
        <h2>Not found</h2>
        <p>There is no {what} for this team. Pick another team above.</p>
      </div>
    );
  }
  return (
    <div className="status" aria-busy="true">
      <p className="muted">Loading {what}…</p>
    </div>
  );
}
