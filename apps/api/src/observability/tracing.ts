import { context, propagation, trace } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { tracingSwitch } from "../db/telemetry.ts";
import { VERSION } from "../version.ts";

export interface Tracing {
  /** Sends what is buffered, then stops tracing (the API's spans are no-ops again). */
  shutdown(): Promise<void>;
}

/**
 * Whether traces go out: only when an OTLP endpoint is configured (the SDK's own variables,
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT), and not with
 * OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none. Off by default.
 */
export function tracingWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED === "true" || env.OTEL_TRACES_EXPORTER === "none") return false;
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/**
 * Registers the OpenTelemetry SDK for the process: a tracer provider (service rolegraph or
 * OTEL_SERVICE_NAME), the W3C trace context propagator (an incoming `traceparent` becomes the
 * parent of the request's span) and async-local context, exporting by OTLP over HTTP (the
 * exporter reads its endpoint, headers and timeout from OTEL_* itself), in batches. Tests pass
 * an exporter of their own (the SDK's InMemorySpanExporter), exported span by span. Until
 * this runs, every span the API starts (http-span.ts, db/telemetry.ts) is the API's no-op.
 */
export function startTracing(options: { exporter?: SpanExporter; env?: NodeJS.ProcessEnv } = {}): Tracing {
  const env = options.env ?? process.env;
  const exporter = options.exporter ?? new OTLPTraceExporter();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME || "rolegraph", "service.version": VERSION }),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)],
  });
  provider.register();
  tracingSwitch.on = true;
  return {
    async shutdown() {
      tracingSwitch.on = false;
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}
