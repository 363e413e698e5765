import type { ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_RESTARTS, restartDelay, supervise, type SupervisorOptions } from "./local-neo4j-supervisor.ts";

// A stand-in for the launcher's JVM: it exits when told to (stdin closed) or when the test kills it.
class FakeJvm extends EventEmitter {
  exitCode: number | null = null;
  signalCode: NodeJS.Signals | null = null;
  constructor(readonly pid: number) {
    super();
  }
  readonly stdin = { end: () => this.die(0, null) };
  die(code: number | null, signal: NodeJS.Signals | null): void {
    this.exitCode = code;
    this.signalCode = signal;
    this.emit("exit", code, signal);
  }
}
const asChild = (jvm: FakeJvm) => jvm as unknown as ChildProcess;
const URI = "bolt://127.0.0.1:7999";

function harness(startResults: (() => FakeJvm | Error)[]) {
  const lines: string[] = [];
  const ports: number[] = [];
  const gaveUp: Error[] = [];
  const options: SupervisorOptions = {
    start: async (port) => {
      ports.push(port);
      const next = startResults.shift()?.() ?? new Error("no more");
      if (next instanceof Error) throw next;
      return { child: asChild(next), uri: URI };
    },
    log: (line) => lines.push(line),
    onRestarted: () => {},
    onGiveUp: (error) => gaveUp.push(error),
  };
  return { options, lines, ports, gaveUp };
}

describe("the embedded Neo4j's supervisor", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("backs off 0.5, 1, 2, 4, 8 s and caps at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(restartDelay)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it("restarts a JVM that died on the port it had, and logs why", async () => {
    const first = new FakeJvm(1);
    const second = new FakeJvm(2);
    const h = harness([() => second]);
    const supervisor = supervise({ child: asChild(first), uri: URI }, h.options);
    first.die(null, "SIGKILL");
    expect(h.lines[0]).toMatch(/exited unexpectedly \(SIGKILL\).*restarting in 500 ms \(attempt 1 of 5\)/);
    await vi.advanceTimersByTimeAsync(500);
    expect(h.ports).toEqual([7999]);
    expect(supervisor.current()).toBe(asChild(second));
    expect(h.lines[1]).toMatch(/restarted at bolt:\/\/127\.0\.0\.1:7999 in \d+ ms \(pid 2\)/);
    await supervisor.stop();
    expect(second.exitCode).toBe(0);
  });

  it("gives up after MAX_RESTARTS failed starts in a row", async () => {
    const first = new FakeJvm(1);
    const h = harness(Array.from({ length: MAX_RESTARTS }, () => () => new Error("store locked")));
    supervise({ child: asChild(first), uri: URI }, h.options);
    first.die(1, null);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.ports).toHaveLength(MAX_RESTARTS);
    expect(h.gaveUp).toHaveLength(1);
    expect(h.lines.at(-1)).toMatch(/giving up after 5 restarts in a row/);
  });

  it("does not restart what it was asked to stop, nor after stop() during the back-off", async () => {
    const first = new FakeJvm(1);
    const h = harness([() => new FakeJvm(2)]);
    const supervisor = supervise({ child: asChild(first), uri: URI }, h.options);
    await supervisor.stop();
    expect(first.exitCode).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.ports).toEqual([]);

    const other = new FakeJvm(3);
    const h2 = harness([() => new FakeJvm(4)]);
    const supervisor2 = supervise({ child: asChild(other), uri: URI }, h2.options);
    other.die(null, "SIGKILL");
    await supervisor2.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h2.ports).toEqual([]);
  });
});
