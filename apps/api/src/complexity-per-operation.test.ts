import { execute, parse, type ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, type Principal } from "./auth.ts";
import type { Context } from "./context.ts";
import type { Db } from "./db/driver.ts";
import { parseEnv } from "./env.ts";
import { schema } from "./schema/index.ts";
import { Loaders } from "./schema/loaders.ts";

// No resolver below the limits is reached in the refusals; one that is fails on this Db.
const db = { query: () => Promise.reject(new Error("no database in this test")), run: () => Promise.reject(new Error("no database in this test")) } as unknown as Db;
const reader: Principal = { ...ANONYMOUS, scopes: new Set(["read"]) };
const contextWith = (limits: Record<string, string>): Context => ({ db, env: parseEnv(limits), principal: reader, loaders: new Loaders(db) });
const run = (document: ReturnType<typeof parse>, context: Context) => execute({ schema, document, contextValue: context }) as Promise<ExecutionResult>;

describe("complexity limits measured once per operation", () => {
  // depth 5: teams > roles > consumes > artifact > id.
  const deep = parse(`{ teams { roles { consumes { artifact { id } } } } }`);

  it("refuses every request of an operation past the limit, not only the first", async () => {
    for (let i = 0; i < 3; i++) {
      const result = await run(deep, contextWith({ GRAPHQL_MAX_DEPTH: "3" }));
      expect(result.data?.teams ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
      expect(result.errors?.[0]?.message).toMatch(/depth is 5, above the limit of 3/);
    }
  });

  it("checks the kept measure against each request's own limits", async () => {
    const within = await run(deep, contextWith({ GRAPHQL_MAX_DEPTH: "12" }));
    expect(within.errors?.map((e) => e.extensions?.code)).not.toContain("QUERY_TOO_COMPLEX");
    const past = await run(deep, contextWith({ GRAPHQL_MAX_DEPTH: "4" }));
    expect(past.errors?.[0]?.message).toMatch(/depth is 5, above the limit of 4/);
  });

  it("measures a different operation on its own", async () => {
    const shallow = await run(parse(`{ teams { id } }`), contextWith({ GRAPHQL_MAX_DEPTH: "3" }));
    expect(shallow.errors?.map((e) => e.extensions?.code)).not.toContain("QUERY_TOO_COMPLEX");
  });
});
