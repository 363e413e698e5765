import { GraphQLError } from "graphql";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { yogaLogger } from "./yoga-logger.ts";

describe("yogaLogger", () => {
  it("logs a client's GraphQL errors at debug and anything else at error", () => {
    const lines: { level: number; msg: string }[] = [];
    const log = yogaLogger(pino({ level: "debug" }, { write: (line: string) => { lines.push(JSON.parse(line) as { level: number; msg: string }); } }));
    log.error(new GraphQLError("Syntax Error: Expected Name, found <EOF>."));
    log.error(new Error("socket hang up"));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([[20, "client error"], [50, "yoga error"]]);
  });
});
