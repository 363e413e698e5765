import { describe, expect, it } from "vitest";
import { graphqlParams, plainJsonPost } from "./json-post.ts";

const headers = (h: Record<string, string>) => new Headers({ "content-type": "application/json", ...h });

describe("plainJsonPost: which requests skip yoga's HTTP plumbing", () => {
  it("answers JSON in the media type yoga would pick", () => {
    expect(plainJsonPost("POST", headers({}))).toBe("application/json");
    expect(plainJsonPost("POST", headers({ accept: "*/*" }))).toBe("application/json");
    expect(plainJsonPost("POST", headers({ accept: "application/json; charset=utf-8" }))).toBe("application/json");
    expect(plainJsonPost("POST", headers({ accept: "application/graphql-response+json" }))).toBe("application/graphql-response+json");
    expect(plainJsonPost("POST", headers({ "content-type": "application/json; charset=UTF-8" }))).toBe("application/json");
  });

  it("leaves to yoga what it treats differently", () => {
    expect(plainJsonPost("GET", headers({}))).toBeNull();
    expect(plainJsonPost("POST", headers({ origin: "http://example.org" }))).toBeNull(); // CORS headers
    expect(plainJsonPost("POST", headers({ accept: "text/event-stream" }))).toBeNull();
    expect(plainJsonPost("POST", headers({ accept: "application/graphql-response+json, application/json" }))).toBeNull();
    expect(plainJsonPost("POST", headers({ accept: "application/json; charset=latin1" }))).toBeNull();
    expect(plainJsonPost("POST", headers({ "content-type": "application/graphql" }))).toBeNull();
    expect(plainJsonPost("POST", new Headers())).toBeNull();
  });
});

describe("graphqlParams: a body yoga's checks would accept, or null", () => {
  it("reads query, variables, operation name and extensions, nulls as absent", () => {
    expect(graphqlParams(`{"query":"{ a }","variables":{"x":1},"operationName":"Q","extensions":{}}`))
      .toEqual({ query: "{ a }", variables: { x: 1 }, operationName: "Q", extensions: {} });
    expect(graphqlParams(`{"query":"{ a }","variables":null,"operationName":null,"other":null}`))
      .toEqual({ query: "{ a }", variables: undefined, operationName: undefined, extensions: undefined });
  });

  it("refuses what yoga answers with a 400", () => {
    for (const body of [`{"query":`, `[{"query":"{ a }"}]`, `null`, `"{ a }"`, `{}`, `{"query":1}`, `{"query":"{ a }","other":1}`,
      `{"query":"{ a }","variables":[]}`, `{"query":"{ a }","variables":"x"}`, `{"query":"{ a }","operationName":2}`, `{"query":"{ a }","extensions":[1]}`]) {
      expect(graphqlParams(body), body).toBeNull();
    }
  });
});
