import { useState } from "react";

/** Remembers a computation's last result, for the next one to share structure with. */
export class Last<T> {
  private value: T | undefined;

  /** Runs `compute` with the previous result (undefined the first time) and keeps what it returns. */
  next(compute: (previous: T | undefined) => T): T {
    this.value = compute(this.value);
    return this.value;
  }
}

/**
 * One Last per component: a memo hands the previous nodes to the next computation, which
 * returns the same object for whatever draws as before. Never read to render anything.
 */
export function useLast<T>(): Last<T> {
  const [last] = useState(() => new Last<T>());
  return last;
}
