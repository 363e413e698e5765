import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { listen } from "../../apps/api/src/listener.ts";
import { testDb } from "../helpers.ts";
import { testApp } from "../api-helpers.ts";

/**
 * API instances as separate processes would be: each its own driver (so its own bookmarks,
 * event feed and response cache) and its own HTTP listener, over the run's one Neo4j.
 */
export interface Instance {
  name: string;
  url: string;
  close(): Promise<void>;
}

export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const db = testDb();
  const { app } = testApp(db, env);
  const listener = await listen(0, "127.0.0.1");
  if (!("serve" in listener)) throw listener;
  listener.serve(app.fetch);
  return {
    name,
    url: `http://127.0.0.1:${listener.port}`,
    async close() {
      await listener.drain(1_000);
      app.close();
      await db.close();
    },
  };
}

/** A round-robin HTTP proxy, as a load balancer in front of the instances: no stickiness. */
export interface Proxy {
  url: string;
  /** Requests passed to each instance, by name. */
  served: Map<string, number>;
  close(): Promise<void>;
}

export async function startProxy(instances: Instance[]): Promise<Proxy> {
  const served = new Map(instances.map((i) => [i.name, 0]));
  let next = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const target = instances[next++ % instances.length] as Instance;
    served.set(target.name, (served.get(target.name) ?? 0) + 1);
    const upstream = request(new URL(incoming.url ?? "/", target.url), { method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": target.name });
      answer.pipe(outgoing);
    });
    upstream.on("error", (error) => outgoing.writeHead(502).end(error.message));
    // A client that goes away (an SSE stream closed) ends its upstream request too.
    outgoing.on("close", () => upstream.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** A GraphQL request over real HTTP; the answer with the headers the test looks at. */
export async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; data?: T; errors?: { message: string }[]; servedBy: string | null; cache: string | null }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  return { status: response.status, ...body, servedBy: response.headers.get("x-served-by"), cache: response.headers.get("x-rolegraph-cache") };
}
