import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ResponseCache } from "../cache/response-cache.ts";
import { onNeo4jRoundTrip } from "../db/telemetry.ts";
import type { OperationInfo } from "./http-span.ts";
import { onSignal } from "./signals.ts";

const SEVERITIES = ["error", "warning", "info"] as const;
/** At most this many operation names are labels; the rest count as "(other)" (bounded series). */
const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface Metrics {
  /** One answered HTTP request: its route, method, status and time; the GraphQL operation when there was one. */
  request(route: string, method: string, status: number, seconds: number, operation: OperationInfo | undefined): void;
  /** The Prometheus text exposition format and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
  close(): void;
}

/**
 * The API's Prometheus metrics (prom-client), on a registry of their own: requests by route,
 * method and status, GraphQL operations by name, kind and status, latency histograms,
 * Neo4j round trips by mode and their errors (db/telemetry.ts), the response cache's hits,
 * imports, handoffs, and the latest report's findings by severity and SLA breaches per team
 * (signals.ts), and the process's own (CPU, memory, event loop lag, GC).
 */
export function createMetrics(sources: { cache: () => ResponseCache | null }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: "rolegraph_http_requests_total", help: "HTTP requests answered, by route, method and status", labelNames: ["route", "method", "status"], registers: [registry] });
  const requestSeconds = new Histogram({ name: "rolegraph_http_request_duration_seconds", help: "Time to answer an HTTP request, by route", labelNames: ["route"], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] });
  const operations = new Counter({ name: "rolegraph_graphql_operations_total", help: "GraphQL operations answered over HTTP, by operation name, kind and HTTP status ((cached): a response-cache hit)", labelNames: ["operation", "kind", "status"], registers: [registry] });
  const operationSeconds = new Histogram({ name: "rolegraph_graphql_operation_duration_seconds", help: "Time to answer a GraphQL operation, by operation name and kind", labelNames: ["operation", "kind"], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry] });
  const neo4jSeconds = new Histogram({ name: "rolegraph_neo4j_round_trip_duration_seconds", help: "Neo4j round trips (read or write transactions, auto-commit queries), by mode", labelNames: ["mode"], buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5], registers: [registry] });
  const neo4jErrors = new Counter({ name: "rolegraph_neo4j_errors_total", help: "Neo4j round trips that failed, by mode and error code", labelNames: ["mode", "code"], registers: [registry] });
  const cacheHits = new Counter({ name: "rolegraph_response_cache_hits_total", help: "GraphQL answers served from the response cache", registers: [registry] });
  const cacheMisses = new Counter({ name: "rolegraph_response_cache_misses_total", help: "GraphQL queries the response cache did not hold", registers: [registry] });
  const imports = new Counter({ name: "rolegraph_imports_total", help: "Team imports, by outcome (changed, unchanged, dry-run, failed)", labelNames: ["outcome"], registers: [registry] });
  const handoffs = new Counter({ name: "rolegraph_handoffs_total", help: "Handoff events: submissions by gate outcome (passed, failed, replayed), acknowledgements, next stages started", labelNames: ["action", "outcome"], registers: [registry] });
  const findings = new Gauge({ name: "rolegraph_gap_findings", help: "Active findings by severity, summed over the latest gap report of each team reported on since start", labelNames: ["severity"], registers: [registry] });
  const breaches = new Gauge({ name: "rolegraph_sla_breaches", help: "Handoffs past their contract's SLA, summed over the latest gap report of each team reported on since start", registers: [registry] });

  // The cache counts for itself; its counts are read at scrape time, as increments since the last.
  const seen = { hits: 0, misses: 0 };
  const latest = new Map<string, { bySeverity: Record<string, number>; slaBreaches: number }>();
  const names = new Set<string>();
  const operationLabel = (name: string) => {
    if (name.startsWith("(") || names.has(name)) return name;
    if (!NAME.test(name) || names.size >= MAX_OPERATION_NAMES) return "(other)";
    names.add(name);
    return name;
  };

  const unsubscribe = [
    onNeo4jRoundTrip((trip) => {
      neo4jSeconds.observe({ mode: trip.mode }, trip.seconds);
      if (trip.error) neo4jErrors.inc({ mode: trip.mode, code: trip.error });
    }),
    onSignal((event) => {
      if (event.kind === "import") imports.inc({ outcome: event.outcome });
      else if (event.kind === "handoff") handoffs.inc({ action: event.action, outcome: "outcome" in event ? event.outcome : "" });
      else latest.set(event.teamId, { bySeverity: event.bySeverity, slaBreaches: event.slaBreaches });
    }),
  ];

  return {
    request(route, method, status, seconds, operation) {
      requests.inc({ route, method, status: String(status) });
      requestSeconds.observe({ route }, seconds);
      if (!operation) return;
      const name = operationLabel(operation.name);
      operations.inc({ operation: name, kind: operation.kind, status: String(status) });
      operationSeconds.observe({ operation: name, kind: operation.kind }, seconds);
    },
    async scrape() {
      const stats = sources.cache()?.stats;
      if (stats) {
        cacheHits.inc(Math.max(0, stats.hits - seen.hits));
        cacheMisses.inc(Math.max(0, stats.misses - seen.misses));
        seen.hits = stats.hits;
        seen.misses = stats.misses;
      }
      for (const severity of SEVERITIES) findings.set({ severity }, [...latest.values()].reduce((sum, team) => sum + (team.bySeverity[severity] ?? 0), 0));
      breaches.set([...latest.values()].reduce((sum, team) => sum + team.slaBreaches, 0));
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
    close() {
      for (const stop of unsubscribe) stop();
      registry.clear();
    },
  };
}
