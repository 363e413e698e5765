import type { ChildProcess } from "node:child_process";
import { stopChild, type Launched } from "./local-neo4j-process.ts";

/**
 * Keeps the embedded Neo4j alive: when its JVM dies without being asked to (killed, crashed,
 * out of memory), it is started again on the same port, so the driver's URI stays right and
 * the API recovers on its own. Restarts back off (0.5, 1, 2, 4, 8 s); after MAX_RESTARTS in a
 * row that each lived less than STABLE_MS, onGiveUp decides (the API exits so that a
 * supervisor of its own can restart everything).
 */
export const MAX_RESTARTS = 5;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;
const STABLE_MS = 60_000;

export interface SupervisorOptions {
  /** Starts a JVM on this port (the one the first bound). */
  start(port: number): Promise<Launched>;
  log(line: string): void;
  onRestarted(child: ChildProcess): void;
  onGiveUp(error: Error): void;
}

export interface Supervisor {
  current(): ChildProcess | undefined;
  /** Stops the JVM and any restart pending or under way; no restart after this. */
  stop(): Promise<void>;
}

export function restartDelay(attempt: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (attempt - 1));
}

export function supervise(first: Launched, options: SupervisorOptions): Supervisor {
  const port = Number(new URL(first.uri.replace(/^bolt:/, "http:")).port);
  let current: ChildProcess | undefined = first.child;
  let upSince = Date.now();
  let stopped = false;
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;

  const watch = (child: ChildProcess) => child.once("exit", (code, signal) => {
    if (stopped || child !== current) return;
    current = undefined;
    const lived = Date.now() - upSince;
    if (lived >= STABLE_MS) attempt = 0;
    schedule(`exited unexpectedly (${signal ?? `code ${code}`}) after ${(lived / 1000).toFixed(1)} s`);
  });

  const schedule = (why: string) => {
    attempt++;
    if (attempt > MAX_RESTARTS) {
      options.log(`neo4j: ${why}; giving up after ${MAX_RESTARTS} restarts in a row`);
      options.onGiveUp(new Error(`the embedded Neo4j ${why}; ${MAX_RESTARTS} restarts in a row did not keep it up`));
      return;
    }
    const delay = restartDelay(attempt);
    options.log(`neo4j: ${why}; restarting in ${delay} ms (attempt ${attempt} of ${MAX_RESTARTS})`);
    timer = setTimeout(() => {
      timer = undefined;
      restarting = restart().finally(() => (restarting = undefined));
    }, delay);
  };

  const restart = async () => {
    const started = performance.now();
    try {
      const next = await options.start(port);
      if (stopped) return await stopChild(next.child);
      current = next.child;
      upSince = Date.now();
      watch(next.child);
      options.onRestarted(next.child);
      options.log(`neo4j: restarted at ${next.uri} in ${Math.round(performance.now() - started)} ms (pid ${next.child.pid})`);
    } catch (error) {
      if (!stopped) schedule(`did not restart: ${(error as Error).message.split("\n")[0]}`);
    }
  };

  watch(first.child);
  return {
    current: () => current,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await restarting;
      if (current) await stopChild(current);
    },
  };
}
