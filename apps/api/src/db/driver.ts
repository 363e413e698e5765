import neo4j, { type BookmarkManager, type Config, type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type SessionMode } from "neo4j-driver";
import { isNeo4jMemoryLimit, tooLargeForNeo4j } from "../errors.ts";
import type { Statement } from "./cypher/statement.ts";
import { neo4jSpan } from "./telemetry.ts";

const RETRY_BUDGET_MS = 10_000;

export interface DbConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** The driver's own log (routing tables, Bolt messages at debug): what the routing test reads. */
  logging?: Config["logging"];
}

/**
 * The one door to Neo4j: one driver per process, the database always named, parameters
 * always passed as $params, integers returned as JS numbers (our counts are small).
 *
 * On a cluster (neo4j:// or neo4j+s://) every session names its access mode, so the driver
 * sends reads to readers and writes to the leader, and every session shares the driver's one
 * bookmark manager: each transaction starts from the bookmarks of the last ones this process
 * finished, so whichever member answers a read has applied this process's writes first
 * (read-your-own-writes). Over bolt:// there is one server, which always answers from every
 * commit it has made, so no bookmarks are passed: they cost a wait for the manager and a
 * check on the server per transaction (p50 +0.3-0.4 ms per auto-committed read, measured
 * twice, interleaved, on the shared machine), for nothing there.
 */
export class Db {
  readonly driver: Driver;
  readonly database: string;
  /** Round trips so far (auto-commit queries and transactions): what the N+1 tests count. */
  readonly stats = { roundTrips: 0 };

  constructor(config: DbConfig) {
    const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
    this.driver = neo4j.driver(config.uri, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 100,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: RETRY_BUDGET_MS,
      ...(config.logging ? { logging: config.logging } : {}),
    });
    this.database = config.database;
    this.bookmarks = /^neo4j(\+s|\+ssc)?:/.test(config.uri) ? this.driver.executeQueryBookmarkManager : null;
  }

  private readonly commitListeners = new Set<() => void>();

  /**
   * Calls `listener` after every write transaction through this Db ends (committed, or its
   * outcome unknown): what keeps answers derived from the graph (the response cache) from
   * outliving the data they show. Per Db, not per process: two Dbs in one process (the tests'
   * two instances) learn of each other's writes through Neo4j only, as two processes do.
   * Returns the unsubscribe.
   */
  onCommit(listener: () => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  /** The process's causal chain over a routing URI (the manager executeQuery uses too); null over bolt://. */
  readonly bookmarks: BookmarkManager | null;

  /** Every session the process opens: named database, access mode for routing, shared bookmarks. */
  private session(mode: SessionMode) {
    return this.driver.session({ database: this.database, defaultAccessMode: mode, ...(this.bookmarks ? { bookmarkManager: this.bookmarks } : {}) });
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction("READ", work);
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction("WRITE", work);
  }

  private transaction<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const name = mode === "READ" ? "read" : "write";
    return neo4jSpan(`neo4j.${name}`, this.database, undefined, () => this.transactionUntraced(mode, work), name);
  }

  private async transactionUntraced<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.stats.roundTrips++;
    const session = this.session(neo4j.session[mode]);
    // A transaction over Neo4j's memory limits fails the same way every time it is retried,
    // though Neo4j calls some of those failures transient: thrown as TOO_LARGE from inside
    // the work, the driver rolls it back and does not retry it.
    const bounded = async (tx: ManagedTransaction) => {
      try {
        return await work(tx);
      } catch (error) {
        throw isNeo4jMemoryLimit(error) ? tooLargeForNeo4j(error) : error;
      }
    };
    try {
      if (mode === "READ") return await session.executeRead(bounded);
      try {
        return await session.executeWrite(bounded);
      } finally {
        // Also after a failure: whether a commit that lost its answer went through is unknown.
        for (const listener of this.commitListeners) listener();
      }
    } catch (error) {
      // At commit, outside the work: the driver has retried it by now, but it is still final.
      throw isNeo4jMemoryLimit(error) ? tooLargeForNeo4j(error) : error;
    } finally {
      await session.close();
    }
  }

  /**
   * A mark of the last transaction Neo4j committed, by anyone: a read's bookmark names it.
   * Two equal marks mean nothing was written in between (by this process or another).
   * Asked of the writer (the leader on a cluster), which has every commit: a follower may lag
   * behind another instance's write. The mark joins the shared bookmarks, so the reads after
   * it wait on any follower until it has caught up with what the mark promised.
   */
  async lastCommit(): Promise<string> {
    const session = this.session(neo4j.session.WRITE);
    try {
      await session.run("RETURN 1");
      return session.lastBookmarks().join(",");
    } finally {
      await session.close();
    }
  }

  /**
   * One auto-committed query, for reads that stand alone. An auto-commit transaction is one
   * exchange with the server (RUN and PULL pipelined); executeQuery's managed transaction is
   * two (BEGIN, RUN, PULL, then COMMIT), which doubled the latency of every read (bench/,
   * docs/performance.md). Retryable failures (the server restarting, a leader switch) are
   * retried with backoff within the same budget the driver's managed transactions used.
   */
  query<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
    return neo4jSpan("neo4j.query", this.database, cypher, () => this.queryUntraced<R>(cypher, params), "query");
  }

  private async queryUntraced<R extends RecordShape>(cypher: string, params: Record<string, unknown>): Promise<R[]> {
    this.stats.roundTrips++;
    const deadline = Date.now() + RETRY_BUDGET_MS;
    for (let delay = 50; ; delay = Math.min(delay * 2, 1_000)) {
      const session = this.session(neo4j.session.READ);
      try {
        const result: QueryResult<R> = await withoutCallerStack(() => session.run<R>(cypher, params));
        return result.records.map((r) => r.toObject());
      } catch (error) {
        if (isNeo4jMemoryLimit(error)) throw tooLargeForNeo4j(error);
        if (!neo4j.isRetryableError(error) || Date.now() + delay > deadline) throw error;
      } finally {
        await session.close();
      }
      await new Promise((done) => setTimeout(done, delay));
    }
  }

  /** A built statement (cypher/), auto-committed as `query` runs it; its rows as plain objects. */
  run<R extends RecordShape = RecordShape>(statement: Statement): Promise<R[]> {
    return this.query<R>(statement.text, statement.params);
  }

  /**
   * Schema statements (constraints, indexes), each auto-committed in order: Neo4j runs a
   * schema change in a transaction of its own, never beside data writes.
   */
  async applySchema(statements: readonly Statement[]): Promise<void> {
    const session = this.session(neo4j.session.WRITE);
    try {
      for (const statement of statements) await session.run(statement.text, statement.params);
    } finally {
      await session.close();
    }
  }

  /** True when Neo4j answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<{ ok: true } | { ok: false; reason: string }> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
    try {
      // Routed to a reader: a cluster whose leader is away still answers reads. No bookmarks:
      // a probe must not wait for a lagging member to catch up.
      await Promise.race([this.driver.executeQuery("RETURN 1", {}, { database: this.database, routing: neo4j.routing.READ, bookmarkManager: null }), timeout]);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: (error as Error).message.split("\n")[0] ?? "unknown" };
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

export const int = neo4j.int;

/** A built statement inside a transaction Db opened (read or write); its rows as plain objects. */
export function runIn<R extends RecordShape = RecordShape>(tx: ManagedTransaction, statement: Statement): Promise<R[]> {
  // Each statement is a span of its own inside its transaction's (no round trip of its own to count).
  return neo4jSpan("neo4j.statement", "", statement.text, async () => {
    const result = await tx.run<R>(statement.text, statement.params);
    return result.records.map((r) => r.toObject());
  });
}

/**
 * Runs `start` with stack capture off. The driver formats the caller's stack for every query
 * (to graft it onto a failure), a stack our errors never show. Under tsx (dev, tests, bench)
 * each frame goes through the source map: a third of a millisecond per read in the bench
 * profile. The compiled API run by plain node has no source maps, yet formatting still cost
 * about a quarter of that (45-58 µs against 150-200 µs under tsx, same stack depth, busy
 * 2-core machine), so this stays. The failure still carries the driver's message, code and stack.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
