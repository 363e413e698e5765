import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import parsePrometheusTextFormat, { type MetricFamily } from "parse-prometheus-text-format";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../apps/api/src/env.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";
import { importTeam } from "../apps/api/src/services/import.ts";
import { createApp } from "../apps/api/src/yoga.ts";
import { loadTeam, testDb, uniqueTeamId } from "./helpers.ts";

// What an operator's tools meet: a Prometheus scrape of /metrics (parsed by a Prometheus text
// parser, not by regular expressions), liveness and readiness, and 404 for what is not a page.
const db = testDb();
const team = uniqueTeamId("ops");
const dist = mkdtempSync(join(tmpdir(), "rolegraph-ops-"));
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Rolegraph explorer</title>");
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "assets", "app.js"), "console.log(1)");
const app = createApp({ db, env: parseEnv({}), logger: pino({ level: "silent" }), explorerDist: dist });
const TOKENS = [{ name: "scraper", token: "scraper-token-0123456789", scopes: ["read"] }];
const guarded = createApp({ db, env: parseEnv({ ROLEGRAPH_TOKENS: JSON.stringify(TOKENS) }), logger: pino({ level: "silent" }), explorerDist: dist });

beforeAll(() => importTeam(db, loadTeam("seed/dpos-data-team.yaml", team)));
afterAll(async () => {
  app.close();
  guarded.close();
  await deleteTeam(db, team, true);
  await db.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) => app.fetch(new Request(`http://127.0.0.1${path}`, { headers }));
const graphql = (query: string, operationName?: string) => app.fetch(new Request("http://127.0.0.1/graphql", {
  method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, ...(operationName ? { operationName } : {}) }),
}));

async function scrape(): Promise<Map<string, MetricFamily>> {
  const response = await get("/metrics", { accept: "text/plain" });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return new Map(parsePrometheusTextFormat(await response.text()).map((family) => [family.name, family]));
}
const sample = (family: MetricFamily | undefined, labels: Record<string, string>) =>
  family?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));

describe("/metrics", () => {
  it("counts requests by operation and status, with latency histograms, Neo4j round trips, cache, imports and findings", async () => {
    const query = `query Roles($team: ID!) { team(id: $team) { roles { id } } }`;
    for (let i = 0; i < 3; i++) {
      const response = await app.fetch(new Request("http://127.0.0.1/graphql", {
        method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { team }, operationName: "Roles" }),
      }));
      expect(response.status).toBe(200);
    }
    expect((await graphql("{ teams { nope } }")).status).toBe(200);
    expect((await graphql(`query Gaps { team(id: "${team}") { gapReport { score } } }`, "Gaps")).status).toBe(200);
    await importTeam(db, loadTeam("seed/dpos-data-team.yaml", team));

    const metrics = await scrape();
    const requests = metrics.get("rolegraph_http_requests_total");
    expect(requests?.type).toBe("COUNTER");
    expect(Number(sample(requests, { route: "graphql", method: "POST", status: "200" })?.value)).toBeGreaterThanOrEqual(5);
    const operations = metrics.get("rolegraph_graphql_operations_total");
    // Three answers to one query: the first ran it, the next came from the response cache.
    const roles = Number(sample(operations, { operation: "Roles", kind: "query", status: "200" })?.value ?? 0);
    const cached = Number(sample(operations, { operation: "(cached)", kind: "query", status: "200" })?.value ?? 0);
    expect(roles + cached).toBe(3);
    expect(roles).toBeGreaterThanOrEqual(1);
    expect(sample(operations, { operation: "anonymous", kind: "invalid", status: "200" })?.value).toBe("1");

    // Histograms: the parser folds a labelled histogram's series into one set of buckets
    // (prom2json's flattening), so the per-label counts are read from the counters above.
    for (const name of ["rolegraph_graphql_operation_duration_seconds", "rolegraph_http_request_duration_seconds", "rolegraph_neo4j_round_trip_duration_seconds"]) {
      const histogram = metrics.get(name);
      expect(histogram?.type, name).toBe("HISTOGRAM");
      expect(Number(histogram?.metrics[0]?.buckets?.["+Inf"]), name).toBeGreaterThan(0);
      expect(Object.keys(histogram?.metrics[0]?.buckets ?? {}), name).toContain("0.005");
    }
    expect(metrics.get("rolegraph_neo4j_errors_total")?.type).toBe("COUNTER");
    expect(Number(metrics.get("rolegraph_response_cache_hits_total")?.metrics[0]?.value)).toBe(cached);
    expect(Number(sample(metrics.get("rolegraph_imports_total"), { outcome: "unchanged" })?.value)).toBeGreaterThanOrEqual(1);
    const findings = metrics.get("rolegraph_gap_findings");
    expect(findings?.type).toBe("GAUGE");
    expect(findings?.metrics.map((m) => m.labels?.severity).sort()).toEqual(["error", "info", "warning"]);
    expect(findings?.metrics.reduce((sum, m) => sum + Number(m.value), 0)).toBeGreaterThan(0);
    expect(metrics.get("rolegraph_sla_breaches")?.type).toBe("GAUGE");
    expect(metrics.get("rolegraph_handoffs_total")?.type).toBe("COUNTER");
    // The process's own: prom-client's default metrics.
    expect(metrics.has("process_cpu_user_seconds_total")).toBe(true);
    expect(metrics.has("nodejs_eventloop_lag_seconds")).toBe(true);
  });

  it("needs a read token when tokens are configured", async () => {
    expect((await guarded.fetch(new Request("http://127.0.0.1/metrics"))).status).toBe(401);
    const scraped = await guarded.fetch(new Request("http://127.0.0.1/metrics", { headers: { authorization: "Bearer scraper-token-0123456789" } }));
    expect(scraped.status).toBe(200);
  });
});

describe("health, and what is not a page", () => {
  it("/livez is alive without Neo4j; /readyz is ready with Neo4j and not while draining", async () => {
    expect(await (await get("/livez")).json()).toEqual({ status: "ok" });
    const ready = await get("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    expect((await get("/healthz")).status).toBe(200);
    guarded.drain();
    const draining = await guarded.fetch(new Request("http://127.0.0.1/readyz"));
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: "not ready", reason: "draining" });
  });

  it("answers 404 for unknown paths that are not pages; the explorer's routes and files still load", async () => {
    for (const [path, accept] of [["/nope", "*/*"], ["/metrics.txt", "text/plain"], ["/assets/missing.js", "*/*"], ["/org/team", "application/json"], ["/favicon.ico", "text/html"]] as const) {
      const response = await get(path, { accept });
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    }
    for (const path of ["/", "/org/team", "/history"]) {
      const page = await get(path, { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" });
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain("<title>Rolegraph explorer</title>");
    }
    const asset = await get("/assets/app.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect((await get("/metrics", { accept: "text/html" })).headers.get("content-type")).toMatch(/^text\/plain/);
  });
});
