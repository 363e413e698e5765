import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.ts";

// Ctrl-C on `npm start`: the terminal signals the whole group and npm passes its SIGINT on too,
// so the starter sees two. It must pass on one: a second SIGINT mid-drain is what made tsx
// SIGKILL the API before Neo4j stopped. A real starter process, a real child counting signals.
const CHILD = `let n = 0; process.on("SIGINT", () => { n++; console.log("child got SIGINT " + n); setTimeout(() => process.exit(0), 400); }); setInterval(() => {}, 1000); console.log("ready");`;
const STARTER = `
import { spawn } from "node:child_process";
import { forwardSignalsOnce } from ${JSON.stringify(join(ROOT, "scripts", "forward-signals.mjs"))};
const child = spawn(process.execPath, ["-e", ${JSON.stringify(CHILD)}], { stdio: ["ignore", "inherit", "inherit"], detached: true });
forwardSignalsOnce(child);
child.on("exit", (code) => process.exit(code ?? 1));
`;

describe("scripts/forward-signals.mjs", () => {
  it("passes the first SIGINT on and only reports the second", async () => {
    const starter = spawn(process.execPath, ["--input-type=module", "-e", STARTER], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    starter.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    starter.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    await new Promise<void>((ready) => starter.stdout.on("data", () => out.includes("ready") && ready()));
    starter.kill("SIGINT");
    await new Promise((wait) => setTimeout(wait, 100));
    starter.kill("SIGINT");
    const code = await new Promise<number | null>((done) => starter.on("exit", done));
    expect(code).toBe(0);
    expect(out.match(/child got SIGINT/g)).toEqual(["child got SIGINT"]);
    expect(err).toContain("SIGINT again: still stopping after SIGINT");
  });
});
