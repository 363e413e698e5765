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

  it("keeps the HTTP status GraphQL over HTTP asks for on yoga's and the plans' request errors", () => {
    // Yoga's invalid JSON: 400 under either media type, so its `spec` flag is dropped.
    const json = new GraphQLError("POST body sent invalid JSON.", { extensions: { code: "BAD_REQUEST", http: { spec: true, status: 400 } } });
    expect(mask(json, "x").extensions).toEqual({ code: "BAD_USER_INPUT", http: { status: 400 } });
    // A mutation over GET: 405 with its Allow header.
    const get = new GraphQLError("Can only perform a mutation operation from a POST request.", { extensions: { http: { status: 405, headers: { Allow: "POST" } } } });
    expect(mask(get, "x").extensions).toEqual({ code: "BAD_USER_INPUT", http: { status: 405, headers: { Allow: "POST" } } });
    // A syntax or validation error keeps `spec`: 400 under graphql-response+json, 200 under application/json.
    const parse = new GraphQLError("Syntax Error: Expected Name, found <EOF>.", { extensions: { http: { spec: true, status: 400 } } });
    expect(mask(parse, "x").extensions).toEqual({ code: "BAD_USER_INPUT", http: { spec: true, status: 400 } });
    expect(json.extensions.http).toEqual({ spec: true, status: 400 });
  });
});
