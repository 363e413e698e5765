import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { conflict, DomainError, notFound } from "./errors.ts";
import { errorMask } from "./graphql-errors.ts";

const logged: object[] = [];
const mask = errorMask({ error: (object) => logged.push(object) });
/** As graphql-js hands a resolver's error to the mask: wrapped, the original inside. */
const thrownInResolver = (error: Error) => new GraphQLError(error.message, { originalError: error });

describe("domain errors at the GraphQL boundary", () => {
  it("keeps a domain error's message and code, with its details", () => {
    const masked = mask(thrownInResolver(conflict("key 'k' was already used", { handoff: "c/1" })), "Unexpected error.");
    expect(masked.message).toBe("key 'k' was already used");
    expect(masked.extensions).toMatchObject({ code: "CONFLICT", handoff: "c/1" });
    expect(mask(thrownInResolver(notFound("role", "pm", "t")), "x").extensions).toMatchObject({ code: "NOT_FOUND", kind: "role", id: "pm" });
  });

  it("gives an outage its HTTP status", () => {
    const masked = mask(thrownInResolver(new DomainError("NEO4J_UNAVAILABLE", "away")), "x");
    expect(masked.extensions).toMatchObject({ code: "NEO4J_UNAVAILABLE", http: { status: 503 } });
  });

  it("masks anything else as INTERNAL and logs it", () => {
    const masked = mask(thrownInResolver(new Error("secret detail")), "Unexpected error.");
    expect(masked.message).toBe("Unexpected error.");
    expect(masked.extensions).toEqual({ code: "INTERNAL" });
    expect(logged).toHaveLength(1);
  });
});
