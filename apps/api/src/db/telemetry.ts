import { SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";

/** One exchange with Neo4j, as metrics see it: a read or write transaction, or an auto-commit query. */
export interface Neo4jRoundTrip {
  mode: "read" | "write" | "query";
  seconds: number;
  /** The Neo4j error code (or the error's name) when it failed; undefined when it succeeded. */
  error?: string;
}

type Listener = (trip: Neo4jRoundTrip) => void;
const listeners = new Set<Listener>();

/** Subscribes to every round trip Db makes (the HTTP app's metrics do); returns the unsubscribe. */
export function onNeo4jRoundTrip(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether spans are made at all: set by observability/tracing.ts when it registers the SDK.
 * Off (the default), the API's no-op spans still cost microseconds per call (a span object,
 * a closure, a context switch: bench/telemetry-off.ts), so every span site skips them.
 */
export const tracingSwitch = { on: false };

const tracer = trace.getTracer("rolegraph.neo4j");

const errorCode = (error: unknown) => String((error as { code?: unknown }).code ?? (error as Error).name ?? "Error");

/**
 * Runs one exchange with Neo4j inside a client span (`neo4j.read`, `neo4j.write`,
 * `neo4j.query`, and `neo4j.statement` for each statement of a transaction) and tells the
 * listeners how long it took and whether it failed. Statement texts are our own Cypher
 * (values travel as parameters), so the span may carry them.
 */
export function neo4jSpan<T>(name: string, database: string, text: string | undefined, work: () => Promise<T>, mode?: Neo4jRoundTrip["mode"]): Promise<T> {
  if (!tracingSwitch.on) return mode && listeners.size > 0 ? timed(mode, work) : work();
  return traced(name, database, text, work, mode);
}

/** The round trip timed for the listeners, without a span. */
async function timed<T>(mode: Neo4jRoundTrip["mode"], work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    const result = await work();
    for (const listener of listeners) listener({ mode, seconds: (performance.now() - started) / 1000 });
    return result;
  } catch (error) {
    for (const listener of listeners) listener({ mode, seconds: (performance.now() - started) / 1000, error: errorCode(error) });
    throw error;
  }
}

async function traced<T>(name: string, database: string, text: string | undefined, work: () => Promise<T>, mode?: Neo4jRoundTrip["mode"]): Promise<T> {
  const started = performance.now();
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes: { "db.system.name": "neo4j", ...(database ? { "db.namespace": database } : {}), ...(text ? { "db.query.text": text } : {}) } }, async (span: Span) => {
    try {
      const result = await work();
      if (mode && listeners.size > 0) for (const listener of listeners) listener({ mode, seconds: (performance.now() - started) / 1000 });
      return result;
    } catch (error) {
      const code = errorCode(error);
      if (span.isRecording()) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: code });
        span.setAttribute("error.type", code);
      }
      if (mode) for (const listener of listeners) listener({ mode, seconds: (performance.now() - started) / 1000, error: code });
      throw error;
    } finally {
      span.end();
    }
  });
}
