import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";
import { freePort, sleep } from "./reliability/harness.ts";

// What `npm start` and the Docker image run: the API compiled to JavaScript, started by plain
// node (no tsx), with the workspace packages taken from their dist/ ("compiled" condition).

const SERVER = join(ROOT, "apps", "api", "dist", "server.js");
const children: ReturnType<typeof spawn>[] = [];
afterAll(() => children.forEach((child) => child.exitCode === null && child.kill("SIGKILL")));

describe("the compiled API", () => {
  // Compiling takes two tsc runs when the sources changed: tens of seconds on a busy 2-core machine.
  it("builds what is stale, then serves GraphQL and stops cleanly on SIGTERM under plain node", { timeout: 300_000 }, async () => {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-api.mjs"), "--if-stale"], { cwd: ROOT, encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(SERVER)).toBe(true);
    expect(existsSync(join(ROOT, "packages", "schema", "dist", "index.js"))).toBe(true);

    const port = await freePort();
    // The test Neo4j has a password (the embedded one always does): global-setup passes it on.
    const env = { PATH: process.env.PATH ?? "", NEO4J_URI: process.env.NEO4J_URI ?? "", NEO4J_USER: process.env.NEO4J_USER ?? "neo4j",
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? "", PORT: String(port), LOG_LEVEL: "warn", NODE_ENV: "production" };
    const server = spawn(process.execPath, ["--conditions=compiled", SERVER], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    children.push(server);
    let output = "";
    server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => server.once("exit", (code) => done(code)));
    while (!output.includes("Rolegraph is running")) {
      if (server.exitCode !== null) throw new Error(`the compiled server exited:\n${output}`);
      await sleep(100);
    }
    const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ teams { id } }" }),
    });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { data?: { teams: { id: string }[] } };
    expect(Array.isArray(body.data?.teams)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("stopped.");
    // No TypeScript was loaded: a .ts module in the process would have needed a loader.
    expect(output).not.toMatch(/\.ts\b/);
  });

  it("refuses a bad variable the same way: named, exit 2, no stack", () => {
    const run = spawnSync(process.execPath, ["--conditions=compiled", SERVER], { cwd: ROOT, encoding: "utf8", env: { PATH: process.env.PATH ?? "", PORT: "abc" } });
    expect(run.stderr).toBe('rolegraph: PORT: must be a whole number (it is "abc")\n');
    expect(run.status).toBe(2);
  });
});
