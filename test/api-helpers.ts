import pino from "pino";
import type { Db } from "../apps/api/src/db/driver.ts";
import { parseEnv } from "../apps/api/src/env.ts";
import { createApp } from "../apps/api/src/yoga.ts";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The app as tests use it: `app.fetch` with a Request, no port, real Neo4j behind it. */
export function testApp(db: Db, envVars: Record<string, string> = {}) {
  const app = createApp({ db, env: parseEnv(envVars), logger: pino({ level: "silent" }) });
  async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
    const response = await app.fetch(new Request("http://127.0.0.1/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }));
    return { status: response.status, ...((await response.json()) as object) };
  }
  return { app, gql };
}
