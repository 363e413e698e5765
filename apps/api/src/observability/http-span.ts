import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import { tracingSwitch } from "../db/telemetry.ts";

const tracer = trace.getTracer("rolegraph.http");
const headerGetter = {
  keys: (headers: Headers) => [...headers.keys()],
  get: (headers: Headers, key: string) => headers.get(key) ?? undefined,
};

/**
 * The request as a server span, `METHOD route`, child of the caller's span when the request
 * carries a W3C `traceparent` (and `tracestate`). A no-op until tracing is on (tracing.ts).
 */
export function httpSpan(request: Request, route: string, handle: () => Promise<Response>): Promise<Response> {
  if (!tracingSwitch.on) return handle();
  const parent = propagation.extract(context.active(), request.headers, headerGetter);
  const attributes = { "http.request.method": request.method, "http.route": route, "url.path": new URL(request.url).pathname };
  return tracer.startActiveSpan(`${request.method} ${route}`, { kind: SpanKind.SERVER, attributes }, parent, async (span: Span) => {
    try {
      const response = await handle();
      span.setAttribute("http.response.status_code", response.status);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      return response;
    } finally {
      span.end();
    }
  });
}

/** What one GraphQL request ran, noted by the one request path (graphql-http.ts) for metrics and its span. */
export interface OperationInfo {
  /** The operation's name, "anonymous" without one, "(cached)" for a response-cache hit (not parsed at all). */
  name: string;
  kind: "query" | "mutation" | "subscription" | "invalid";
}

const operations = new WeakMap<Request, OperationInfo>();

export const operationOf = (request: Request): OperationInfo | undefined => operations.get(request);
/** Notes what a request ran (yoga.ts carries it from a buffered copy of the request to the original). */
export const noteOperation = (request: Request, info: OperationInfo): void => void operations.set(request, info);

/**
 * The GraphQL operation as a span inside the request's (`graphql.operation`, renamed to
 * `query Name` once the body is read), its kind and name noted for the request's metrics.
 */
export function graphqlSpan(request: Request, handle: (note: (info: OperationInfo) => void) => Promise<Response>): Promise<Response> {
  if (!tracingSwitch.on) return handle((info) => noteOperation(request, info));
  return trace.getTracer("rolegraph.graphql").startActiveSpan("graphql.operation", { kind: SpanKind.INTERNAL }, async (span: Span) => {
    const note = (info: OperationInfo) => {
      noteOperation(request, info);
      if (!span.isRecording()) return;
      span.updateName(`${info.kind} ${info.name}`);
      span.setAttributes({ "graphql.operation.type": info.kind, "graphql.operation.name": info.name });
    };
    try {
      return await handle(note);
    } finally {
      span.end();
    }
  });
}
