import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 ships CJS as "main" and ESM as "module" without an exports map: Node (and so the
// externalized Pothos and Yoga) loads the CJS build while Vite would pick the ESM one, and two
// copies of graphql refuse each other's types. Point Vite at the one Node loads.
const graphqlEntry = createRequire(import.meta.url).resolve("graphql");

// Three tiers: pure unit tests beside the code, integration tests against a real Neo4j in
// test/, and end-to-end tests in Chromium in test/e2e. One Neo4j serves the whole run.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    globalSetup: ["./test/global-setup.ts"],
    testTimeout: 60_000,
    // The JSON report lets .ci/run print one "N passed, N failed" line for the whole run.
    reporters: ["default", "json"],
    outputFile: { json: "test-output/vitest.json" },
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.{ts,tsx}"] },
      },
      {
        extends: true,
        test: { name: "integration", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**", "test/reliability/**"] },
      },
      {
        // Bad input, outages, load and intruders (issue 9): a short profile here, the full one
        // with RELIABILITY_PROFILE=full (npm run test:reliability). One file at a time: the
        // outage, soak and shutdown tests time things and start Neo4j servers of their own.
        extends: true,
        test: { name: "reliability", include: ["test/reliability/**/*.test.ts"], fileParallelism: false, testTimeout: 600_000 },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], fileParallelism: false },
      },
    ],
  },
});
