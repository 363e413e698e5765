import { json } from "./http.ts";
import type { Logger } from "./logger.ts";

/**
 * A fetch handler that never lets an error escape: the server adapter would answer it with
 * the error's stack (absolute paths included) as the body, and log nothing. Here the caller
 * gets a plain 500 and the log gets the error with its stack.
 */
export function failSafe(handler: (request: Request) => Promise<Response>, logger: Logger): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      let path = request.url;
      try {
        path = new URL(request.url).pathname;
      } catch {
        // The raw URL is logged instead.
      }
      logger.error({ err: error, method: request.method, path }, "unexpected error answering a request");
      return json(500, { errors: [{ message: "Unexpected error.", extensions: { code: "INTERNAL" } }] });
    }
  };
}
