import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import net from "node:net";
import { createServerAdapter } from "@whatwg-node/server";

export interface Listener {
  /** The port bound (PORT=0 picks one). */
  port: number;
  /** Starts answering with the app (until then every request gets 503 "starting"). */
  serve(fetch: (request: Request) => Promise<Response>): void;
  /** Answers what was sent, then stops listening; gives up on stragglers after `graceMs`. */
  drain(graceMs?: number): Promise<void>;
}

/**
 * Binds the port before anything slow starts: a busy port should fail in a second, not after
 * Neo4j is up. Returns the bind error (EADDRINUSE, EACCES) instead of throwing it.
 */
export async function listen(port: number, host: string): Promise<Listener | NodeJS.ErrnoException> {
  const starting = (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(503, { "content-type": "application/json", "retry-after": "2" }).end('{"status":"starting","neo4j":"starting"}');
  };
  const server = createServer(starting);
  const failed = await new Promise<NodeJS.ErrnoException | undefined>((done) => {
    server.once("error", done);
    server.listen(port, host, () => done(undefined));
  });
  if (failed) return failed;
  const address = server.address();
  let stopping = false;
  let active = 0;
  return {
    port: typeof address === "object" && address ? address.port : port,
    serve(fetch) {
      server.off("request", starting).on("request", createServerAdapter(fetch)).prependListener("request", (_req, res) => {
        active++;
        res.once("close", () => active--);
        // While draining, answers close their connection so keep-alive clients let go.
        if (stopping) res.setHeader("connection", "close");
      });
    },
    async drain(graceMs = 10_000) {
      stopping = true;
      const drained = new Promise<void>((done) => server.once("close", () => done()));
      // Requests already sent must be answered. http.Server.close() would destroy every connection
      // that looks idle, which includes one whose request still sits unread in its socket, and
      // closing the listener resets connections still in the kernel's accept queue; with the loop
      // busy, both happen to requests a client has sent. So keep accepting (answers now carry
      // Connection: close) until nothing is in flight, then stop listening and close what is idle.
      const sweep = setInterval(() => {
        if (active > 0) return;
        if (server.listening) net.Server.prototype.close.call(server);
        server.closeIdleConnections();
      }, 100);
      await Promise.race([drained, new Promise((done) => setTimeout(done, graceMs).unref())]);
      clearInterval(sweep);
      server.closeAllConnections();
    },
  };
}
