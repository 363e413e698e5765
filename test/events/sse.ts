/**
 * A GraphQL subscription over Server-Sent Events, as graphql-yoga serves it (POST with
 * Accept: text/event-stream; "event: next" frames, "data: {json}"), read the way a browser's
 * or a script's client would: for the tests.
 */
export interface Subscription<T> {
  /** Every payload received so far, in order. */
  received: T[];
  /** Resolves once `count` payloads have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<T[]>;
  close(): void;
}

type Fetch = (request: Request) => Promise<Response>;

export async function subscribe<T>(fetch: Fetch, url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Subscription<T>> {
  const abort = new AbortController();
  const response = await fetch(new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  }));
  if (!response.ok || !response.body) throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  const received: T[] = [];
  const waiters: (() => void)[] = [];
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
          if (!frame.split("\n").includes("event: next") || !data) continue;
          const parsed = JSON.parse(data) as { data?: T; errors?: unknown };
          if (parsed.errors) throw new Error(`subscription error: ${JSON.stringify(parsed.errors)}`);
          if (parsed.data) received.push(parsed.data);
          for (const wake of waiters.splice(0)) wake();
        }
      }
    } catch {
      // Closed by the test (abort) or the server: received holds what came.
    }
  })();
  return {
    received,
    async waitFor(count, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${count} events; got ${received.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return received;
    },
    close: () => abort.abort(),
  };
}
