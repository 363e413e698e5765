import pino from "pino";
import type { Env } from "./env.ts";

export type Logger = pino.Logger;

/**
 * The process's logger, made once by the composition root (server.ts) and passed down;
 * tokens and payloads are never logged, only token names.
 */
export function createLogger(config: Pick<Env, "LOG_LEVEL">): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: { paths: ["req.headers.authorization", "authorization", "token"], remove: true },
    base: { service: "rolegraph" },
  });
}
