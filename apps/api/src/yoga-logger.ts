import type { Logger } from "./logger.ts";

/**
 * The logger as Yoga gets it. Yoga logs every GraphQL error at error level with its stack,
 * so a client sending bad queries or the wrong token could fill the log with "errors":
 * those are the client's mistakes and go to debug. Our maskError logs the unexpected ones.
 */
export function yogaLogger(base: Logger) {
  const isClientError = (value: unknown) => (value as { name?: unknown } | null)?.name === "GraphQLError";
  return {
    debug: (...args: unknown[]) => base.debug({ args }, "yoga"),
    info: (...args: unknown[]) => base.info({ args }, "yoga"),
    warn: (...args: unknown[]) => base.warn({ args }, "yoga"),
    error: (...args: unknown[]) => {
      const [first] = args;
      if (isClientError(first)) base.debug({ err: first }, "client error");
      else base.error({ err: first instanceof Error ? first : args }, "yoga error");
    },
  };
}
