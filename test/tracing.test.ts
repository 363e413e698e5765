import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../apps/api/src/env.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { startTracing, tracingWanted, type Tracing } from "../apps/api/src/observability/tracing.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// One GraphQL request traced with the OpenTelemetry SDK and its in-memory exporter: the HTTP
// request's span, the operation's inside it and each Neo4j query inside that, all in the
// trace the caller's W3C traceparent names.
const db = testDb();
const team = uniqueTeamId("trace");
const exporter = new InMemorySpanExporter();
let tracing: Tracing;
const app = createApp({ db, env: parseEnv({ RESPONSE_CACHE_TTL_MS: "0" }), logger: pino({ level: "silent" }) });

beforeAll(async () => {
  await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));
  tracing = startTracing({ exporter });
});
afterAll(async () => {
  await tracing.shutdown();
  app.close();
  await deleteTeam(db, team, true);
  await db.close();
});

const TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER = "00f067aa0ba902b7";

describe("tracing", () => {
  it("is off unless an OTLP endpoint is configured", () => {
    expect(tracingWanted({})).toBe(false);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:4318/v1/traces" })).toBe(true);
    expect(tracingWanted({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318", OTEL_SDK_DISABLED: "true" })).toBe(false);
  });

  it("shows one GraphQL request's Neo4j queries as spans under its operation, in the caller's trace", async () => {
    exporter.reset();
    const response = await app.fetch(new Request("http://127.0.0.1/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", traceparent: `00-${TRACE}-${CALLER}-01` },
      body: JSON.stringify({ query: `query Team($team: ID!) { team(id: $team) { name roles { id name } artifact(id: "problem-brief") { id consumers { role { id name } } } } }`, variables: { team }, operationName: "Team" }),
    }));
    expect(response.status).toBe(200);
    expect(await response.json()).not.toHaveProperty("errors");
    const spans = exporter.getFinishedSpans();
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? "");

    const http = spans.find((span) => span.name === "POST graphql");
    expect(http?.spanContext().traceId).toBe(TRACE);
    expect(http?.parentSpanContext?.spanId).toBe(CALLER);
    expect(http?.attributes["http.response.status_code"]).toBe(200);

    const operation = spans.find((span) => span.name === "query Team");
    expect(operation && parentOf(operation)).toBe(http);
    expect(operation?.attributes).toMatchObject({ "graphql.operation.type": "query", "graphql.operation.name": "Team" });

    const neo4j = spans.filter((span) => span.name.startsWith("neo4j."));
    expect(neo4j.length).toBeGreaterThan(0);
    for (const span of neo4j) {
      expect(span.spanContext().traceId).toBe(TRACE);
      // Under the operation, directly or through the transaction a statement ran in.
      let above = parentOf(span);
      while (above && above !== operation) above = parentOf(above);
      expect(above, span.name).toBe(operation);
      expect(span.attributes["db.system.name"]).toBe("neo4j");
    }
    expect(neo4j.some((span) => typeof span.attributes["db.query.text"] === "string" && String(span.attributes["db.query.text"]).includes("MATCH"))).toBe(true);
  });
});
