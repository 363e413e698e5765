import { describe, expect, it } from "vitest";
import { isNeo4jUnavailable } from "./errors.ts";

const neo4jError = (code: string, message = "") => Object.assign(new Error(message), { code });

describe("isNeo4jUnavailable: the database away, not the query wrong", () => {
  it("knows an unreachable, stopping, restarting or deadlocked database", () => {
    for (const error of [
      neo4jError("ServiceUnavailable"), neo4jError("SessionExpired"),
      neo4jError("Neo.TransientError.General.DatabaseUnavailable", "Database 'neo4j' is unavailable."),
      neo4jError("Neo.ClientError.Transaction.Terminated", "The transaction has been terminated."),
      neo4jError("Neo.TransientError.Transaction.Terminated"),
      neo4jError("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[transactionId=19, clientId=1] can't acquire ExclusiveLock"),
      new Error("connect ECONNREFUSED 127.0.0.1:7687"), new Error("Pool is closed, it is no more able to serve requests."),
    ]) expect(isNeo4jUnavailable(error), String(error)).toBe(true);
  });

  it("leaves a wrong query or a broken constraint alone", () => {
    for (const error of [
      neo4jError("Neo.ClientError.Statement.SyntaxError"), neo4jError("Neo.ClientError.Schema.ConstraintValidationFailed"),
      neo4jError("Neo.ClientError.Transaction.TransactionTimedOut"), new Error("no element id for Role:x"), null,
    ]) expect(isNeo4jUnavailable(error), String(error)).toBe(false);
  });
});
