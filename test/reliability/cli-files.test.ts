import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { figures, sleep } from "./harness.ts";

// Issue 22, item 8: the CLI read whatever it was given, whole. `import /dev/zero` grew to 6 GB,
// a 1 GB file failed with ERR_STRING_TOO_LONG after reading it, and a symlink out of the
// checkout was followed and its target quoted in the error. Each case runs the real CLI
// process, watched: its resident memory is polled and it is killed past WATCHDOG_MB, so a
// regression fails the test without taking the machine with it.

const MAIN = join(ROOT, "apps", "api", "src", "cli", "main.ts");
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const WATCHDOG_MB = 1_200;
const WATCHDOG_MS = 60_000;
const work = mkdtempSync(join(tmpdir(), "rolegraph-cli-files-"));
const outside = mkdtempSync(join(tmpdir(), "rolegraph-cli-outside-"));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

interface Run { code: number | null; err: string; out: string; ms: number; peakMb: number; killed: string | undefined }

/** The CLI as one process (no npm or bin wrapper in between, so its memory is the process's). */
async function cli(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  const stdin = options.stdin ? openSync(options.stdin, "r") : "ignore";
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", TSX, MAIN, ...args], {
    cwd: options.cwd ?? work, env: { ...process.env, LOG_LEVEL: "silent" }, stdio: [stdin, "pipe", "pipe"],
  });
  if (typeof stdin === "number") closeSync(stdin);
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  let peakMb = 0;
  let killed: string | undefined;
  let code: number | null | undefined;
  void exited.then((c) => (code = c));
  while (code === undefined) {
    const status = (() => { try { return readFileSync(`/proc/${child.pid}/status`, "utf8"); } catch { return ""; } })();
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    peakMb = Math.max(peakMb, rss);
    if (!killed && (rss > WATCHDOG_MB || performance.now() - started > WATCHDOG_MS)) {
      killed = rss > WATCHDOG_MB ? `over ${WATCHDOG_MB} MB` : `over ${WATCHDOG_MS} ms`;
      child.kill("SIGKILL");
    }
    await sleep(25);
  }
  await exited;
  return { code: code ?? null, err, out, ms: Math.round(performance.now() - started), peakMb: Math.round(peakMb), killed };
}

const SECRET = "ghp_SECRETtoken0123456789abcdefXYZ do not print";

describe("the CLI reads only what it should, and never quotes what it refused", () => {
  it("refuses /dev/zero (as a file and on stdin) at once, with a clear message and bounded memory", async () => {
    const asFile = await cli(["import", "/dev/zero"]);
    expect(asFile.killed).toBeUndefined();
    expect(asFile.code).toBe(2);
    expect(asFile.err).toMatch(/\/dev\/zero is not a regular file \(a character device\)/);
    expect(asFile.peakMb).toBeLessThan(400);
    const onStdin = await cli(["validate", "-"], { stdin: "/dev/zero" });
    expect(onStdin.killed).toBeUndefined();
    expect(onStdin.code).toBe(1);
    expect(onStdin.err).toMatch(/-: the input is more than 10485760 bytes; the limit is 10485760 \(MAX_DOCUMENT_BYTES\)/);
    expect(onStdin.peakMb).toBeLessThan(400);
    figures("cli files (/dev/zero)", `import /dev/zero refused in ${asFile.ms} ms, peak RSS ${asFile.peakMb} MB; validate - < /dev/zero refused in ${onStdin.ms} ms, peak RSS ${onStdin.peakMb} MB`);
  });

  it("refuses a file over MAX_DOCUMENT_BYTES before reading it (1 GB sparse, and 1 byte over)", async () => {
    const huge = join(work, "huge.yaml");
    writeFileSync(huge, "");
    truncateSync(huge, 1024 ** 3);
    const big = await cli(["import", huge]);
    expect(big.killed).toBeUndefined();
    expect(big.code).toBe(1);
    expect(big.err).toContain(`${huge}: the file is 1073741824 bytes; the limit is 10485760 (MAX_DOCUMENT_BYTES)`);
    expect(big.err).not.toMatch(/ERR_STRING_TOO_LONG/);
    expect(big.peakMb).toBeLessThan(400);
    const justOver = join(work, "just-over.yaml");
    writeFileSync(justOver, "");
    truncateSync(justOver, 10 * 1024 * 1024 + 1);
    const over = await cli(["validate", justOver]);
    expect(over.code).toBe(1);
    expect(over.err).toContain("the file is 10485761 bytes; the limit is 10485760 (MAX_DOCUMENT_BYTES)");
    figures("cli files (too big)", `1 GB sparse file refused in ${big.ms} ms, peak RSS ${big.peakMb} MB; 10 MiB + 1 refused in ${over.ms} ms`);
  });

  it("refuses a symlink out of the working tree without quoting its target; --follow-symlinks reads it", async () => {
    const secret = join(outside, "credentials");
    writeFileSync(secret, `${SECRET}\n`);
    symlinkSync(secret, join(work, "team.yaml"));
    const refused = await cli(["validate", "team.yaml"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/team\.yaml is a symbolic link to a file outside the working directory; pass --follow-symlinks to read it/);
    expect(refused.err + refused.out).not.toMatch(/SECRET|ghp_/);
    const imported = await cli(["import", "team.yaml"]);
    expect(imported.code).toBe(2);
    expect(imported.err + imported.out).not.toMatch(/SECRET|ghp_/);

    // Asked for, the link is read: it is not a team file, and its text is still not quoted.
    const followed = await cli(["validate", "team.yaml", "--follow-symlinks"]);
    expect(followed.code).toBe(1);
    expect(followed.err).toMatch(/team\.yaml:1:1 expected an object with fields .*; got a text of \d+ characters/);
    expect(followed.err + followed.out).not.toMatch(/SECRET|ghp_/);

    // A link that stays inside the working tree is followed without asking.
    copyFileSync(join(ROOT, "seed", "examples", "startup-team.yaml"), join(work, "startup.yaml"));
    symlinkSync(join(work, "startup.yaml"), join(work, "linked.yaml"));
    const inside = await cli(["validate", "linked.yaml"]);
    expect(inside.err).toBe("");
    expect(inside.code).toBe(0);
    figures("cli files (symlinks)", "a link out of the working tree refused without quoting it (validate and import), read with --follow-symlinks without quoting it, a link inside followed");
  });
});
