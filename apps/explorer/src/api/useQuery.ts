import { useCallback, useEffect, useState } from "react";
import { subscribeRevision, useRevision } from "../live/revision.ts";
import { ApiError, request, type Operation } from "./client.ts";

export type QueryState<T> =
  | { status: "loading"; data: T | undefined }
  | { status: "error"; error: ApiError; data: T | undefined }
  | { status: "ready"; data: T };

// Results by operation and variables: switching views back and forth never refetches.
const cache = new Map<string, unknown>();
// A handoff event moved the live revision (live/): what was kept may be stale now.
subscribeRevision(() => cache.clear());
// Requests sent before anything asked (prefetch), until the first useQuery for them takes them.
const inflight = new Map<string, Promise<unknown>>();
// Generated documents are module constants: a number each keeps keys short.
const numbers = new WeakMap<object, number>();
let numbered = 0;
const keyOf = (operation: object, variables: string): string => {
  let n = numbers.get(operation);
  if (n === undefined) {
    n = numbered++;
    numbers.set(operation, n);
  }
  return `${n}:${variables}`;
};

/**
 * Sends a request now that a component will ask for once React has rendered: main.tsx starts
 * the map's queries while the first render runs, and useQuery picks up the answer.
 */
export function prefetch<TData, TVars extends object>(operation: Operation<TData, TVars>, variables: TVars): void {
  const key = keyOf(operation, JSON.stringify(variables));
  if (cache.has(key) || inflight.has(key)) return;
  const sent = request(operation, variables);
  inflight.set(key, sent);
  // A failure is handled where it is taken: useQuery shows it.
  sent.then((data) => cache.set(key, data), () => undefined);
}

/** Runs a generated operation when its variables change; `skip` waits for a variable to exist. */
export function useQuery<TData, TVars extends object>(
  operation: Operation<TData, TVars>,
  variables: TVars,
  skip = false,
): QueryState<TData> & { refetch: () => void } {
  const vars = JSON.stringify(variables);
  const key = keyOf(operation, vars);
  const [state, setState] = useState<{ key: string; value: QueryState<TData> }>(() => ({ key, value: initial<TData>(key) }));
  const [generation, setGeneration] = useState(0);
  // Shown data stays on screen while the query is asked again after a live event.
  const revision = useRevision();

  useEffect(() => {
    if (skip) return;
    let live = true;
    const sent = inflight.get(key) as Promise<TData> | undefined;
    inflight.delete(key);
    (sent ?? request(operation, JSON.parse(vars) as TVars)).then(
      (data) => {
        cache.set(key, data);
        if (live) setState({ key, value: { status: "ready", data } });
      },
      (error: unknown) => {
        const wrapped = error instanceof ApiError ? error : new ApiError(String(error), false);
        if (live) setState({ key, value: { status: "error", error: wrapped, data: cache.get(key) as TData | undefined } });
      },
    );
    return () => {
      live = false;
    };
  }, [key, operation, vars, skip, generation, revision]);

  const refetch = useCallback(() => {
    cache.delete(key);
    setGeneration((g) => g + 1);
  }, [key]);

  const value = state.key === key ? state.value : initial<TData>(key);
  return { ...value, refetch };
}

function initial<T>(key: string): QueryState<T> {
  return cache.has(key) ? { status: "ready", data: cache.get(key) as T } : { status: "loading", data: undefined };
}
