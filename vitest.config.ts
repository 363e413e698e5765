import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 ships CJS as "main" and ESM as "module" without an exports map: Node (and so the
// externalized Pothos and Yoga) loads the CJS build while Vite would pick the ESM one, and two
// copies of graphql refuse each other's types. Point Vite at the one Node loads.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

// The projects that talk to Neo4j. Unit tests are pure and start none: a global setup in the
// root config ran for every project, so `--project unit` waited ~30 s for a database it never
// used. Each project loads the setup separately, but they share one Neo4j: the first sets
// NEO4J_URI in this process and the others find it there (test/global-setup.ts).
// The run's own TMPDIR (test/temp-setup.ts) comes first, so its teardown runs last.
const neo4j = ["./test/temp-setup.ts", "./test/global-setup.ts"];

// Three tiers: pure unit tests beside the code, integration tests against a real Neo4j in
// test/, and end-to-end tests in Chromium in test/e2e. One Neo4j serves the whole run.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    testTimeout: 60_000,
    // The JSON report lets .ci/run print one "N passed, N failed" line for the whole run.
    reporters: ["default", "json"],
    outputFile: { json: "test-output/vitest.json" },
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // Pure tests share their workers' module graph (isolate: false): loading graphql, Pothos
        // and zod again for every file was most of the run.
        test: { name: "unit", globalSetup: ["./test/temp-setup.ts"], include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.{ts,tsx}", "bench/**/*.test.ts"], isolate: false },
      },
      {
        extends: true,
        test: { name: "integration", globalSetup: neo4j, include: ["test/**/*.test.ts"], exclude: ["test/e2e/**", "test/reliability/**"] },
      },
      {
        // Bad input, outages, load and intruders (issue 9): a short profile here, the full one
        // with RELIABILITY_PROFILE=full (npm run test:reliability). One file at a time: the
        // outage, soak and shutdown tests time things and start Neo4j servers of their own.
        extends: true,
        test: { name: "reliability", globalSetup: neo4j, include: ["test/reliability/**/*.test.ts"], fileParallelism: false, testTimeout: 600_000 },
      },
      {
        extends: true,
        test: { name: "e2e", globalSetup: neo4j, include: ["test/e2e/**/*.test.ts"], fileParallelism: false },
      },
    ],
  },
});
