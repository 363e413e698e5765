import pino from "pino";
import { env } from "./env.ts";

/** The process's one logger; tokens and payloads are never logged, only token names. */
export const logger = pino({
  level: env().LOG_LEVEL,
  redact: { paths: ["req.headers.authorization", "authorization", "token"], remove: true },
  base: { service: "rolegraph" },
});
export type Logger = typeof logger;
