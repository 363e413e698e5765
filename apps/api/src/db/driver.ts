import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from "neo4j-driver";

export interface DbConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * The one door to Neo4j: one driver per process, the database always named, parameters
 * always passed as $params, integers returned as JS numbers (our counts are small).
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
      maxTransactionRetryTime: 10_000,
    });
    this.database = config.database;
  }

  read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction("READ", work);
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.transaction("WRITE", work);
  }

  private async transaction<T>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.stats.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    try {
      return await (mode === "READ" ? session.executeRead(work) : session.executeWrite(work));
    } finally {
      await session.close();
    }
  }

  /** One auto-committed query, for reads that stand alone. */
  async query<R extends RecordShape = RecordShape>(cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
    this.stats.roundTrips++;
    const result: QueryResult<R> = await this.driver.executeQuery<QueryResult<R>>(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
    });
    return result.records.map((r) => r.toObject());
  }

  /** True when Neo4j answers a trivial query within the timeout. */
  async ping(timeoutMs = 2_000): Promise<{ ok: true } | { ok: false; reason: string }> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
    try {
      await Promise.race([this.driver.executeQuery("RETURN 1", {}, { database: this.database }), timeout]);
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
