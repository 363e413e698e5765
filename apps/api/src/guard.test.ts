import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";
import { admit, guardConfig, hostName } from "./guard.ts";

const config = guardConfig({ HOST: "127.0.0.1", ALLOWED_HOSTS: ["rolegraph.internal"], ALLOWED_ORIGINS: ["https://tools.example.com"] });
const ask = (method: string, url: string, headers: Record<string, string> = {}) => admit(method, url, new Headers(headers), config)?.status ?? 200;
const JSON_POST = { host: "127.0.0.1:4000", "content-type": "application/json" };

describe("hostName", () => {
  it("takes the name from a Host header, lower case, any port, IPv6 in brackets", () => {
    expect(["localhost:4000", "LocalHost", "127.0.0.1:4000", "[::1]:4000", "[::1]", "rolegraph.internal.", "a-b_c.example:1"].map(hostName))
      .toEqual(["localhost", "localhost", "127.0.0.1", "[::1]", "[::1]", "rolegraph.internal", "a-b_c.example"]);
  });
  it("refuses what is no host", () => {
    expect(["", "[", "a b", "x@y", "127.0.0.1:99999", "[nope]:1", "evil.example:80:80", "a/b"].map(hostName)).toEqual(Array(8).fill(null));
  });
});

describe("guardConfig", () => {
  it("answers loopback names, a named HOST and ALLOWED_HOSTS; not a wildcard HOST", () => {
    expect([...guardConfig({ HOST: "rolegraph.lan", ALLOWED_HOSTS: ["a.example"], ALLOWED_ORIGINS: [] }).hosts])
      .toEqual(["localhost", "127.0.0.1", "[::1]", "rolegraph.lan", "a.example"]);
    expect([...guardConfig({ HOST: "0.0.0.0", ALLOWED_HOSTS: [], ALLOWED_ORIGINS: [] }).hosts]).toEqual(["localhost", "127.0.0.1", "[::1]"]);
    expect(guardConfig({ HOST: "::1", ALLOWED_HOSTS: [], ALLOWED_ORIGINS: [] }).hosts.has("[::1]")).toBe(true);
  });
});

describe("admit: Host (DNS rebinding)", () => {
  it("admits loopback names, IP literals and allowed names, at any port", () => {
    for (const host of ["localhost:4000", "127.0.0.1", "[::1]:4000", "10.0.0.5:4000", "[fe80::1]", "rolegraph.internal:443"]) {
      expect(ask("GET", "http://127.0.0.1/healthz", { host }), host).toBe(200);
    }
  });
  it("refuses other names with 421 on every path, /healthz included", () => {
    for (const path of ["/graphql", "/healthz", "/"]) expect(ask("GET", `http://127.0.0.1${path}`, { host: "evil.example:4000" })).toBe(421);
    expect(ask("GET", "http://127.0.0.1/", { host: "localhost.evil.example" })).toBe(421);
    expect(admit("GET", "http://127.0.0.1/", new Headers({ host: "evil.example" }), config)?.message).toContain("ALLOWED_HOSTS");
  });
  it("takes the URL's host when there is no Host header (a Request made in process)", () => {
    expect(ask("GET", "http://evil.example/")).toBe(421);
    expect(ask("GET", "http://localhost/")).toBe(200);
  });
  it("answers a malformed Host or URL 400", () => {
    expect(ask("GET", "http://127.0.0.1/", { host: "a b" })).toBe(400);
    expect(ask("GET", "http://[/")).toBe(400);
  });
});

describe("admit: URL", () => {
  it("answers a path that does not decode 400, and admits one that does", () => {
    expect(["/%", "/%E0%A4%A", "/a/%zz"].map((path) => ask("GET", `http://127.0.0.1${path}`))).toEqual([400, 400, 400]);
    expect(ask("GET", "http://127.0.0.1/team%20x")).toBe(200);
  });
});

describe("admit: browsers", () => {
  it("admits the server's own origin and listed origins, refuses others with 403", () => {
    expect(ask("POST", "http://127.0.0.1/graphql", { ...JSON_POST, origin: "http://127.0.0.1:4000" })).toBe(200);
    expect(ask("POST", "http://127.0.0.1/graphql", { ...JSON_POST, origin: "https://tools.example.com" })).toBe(200);
    expect(ask("POST", "http://127.0.0.1/graphql", { ...JSON_POST, origin: "HTTPS://TOOLS.EXAMPLE.COM" })).toBe(200);
    for (const origin of ["http://127.0.0.1:5000", "http://attacker.example", "null", "https://tools.example.com.evil"]) {
      expect(ask("POST", "http://127.0.0.1/graphql", { ...JSON_POST, origin }), origin).toBe(403);
    }
    // A preflight from a foreign origin is refused too, so the browser never sends the request.
    expect(ask("OPTIONS", "http://127.0.0.1/graphql", { host: "127.0.0.1:4000", origin: "http://attacker.example" })).toBe(403);
    expect(ask("GET", "http://127.0.0.1/assets/app.js", { host: "127.0.0.1:4000", origin: "http://attacker.example" })).toBe(403);
  });
  it("refuses /graphql requests another site's page made without an Origin, but not a link followed to GraphiQL", () => {
    const get = (headers: Record<string, string>) => ask("GET", "http://127.0.0.1/graphql?query={teams{id}}", { host: "127.0.0.1:4000", ...headers });
    expect(get({ "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "sec-fetch-dest": "image" })).toBe(403);
    expect(get({ "sec-fetch-site": "same-site", "sec-fetch-mode": "no-cors", "sec-fetch-dest": "script" })).toBe(403);
    expect(get({ "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "iframe" })).toBe(403);
    expect(get({ "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" })).toBe(200);
    expect(get({ "sec-fetch-site": "same-origin" })).toBe(200);
    expect(get({ "sec-fetch-site": "none" })).toBe(200);
    expect(get({})).toBe(200); // curl, the CLI, scripts
    // The explorer's deep links keep working from anywhere.
    expect(ask("GET", "http://127.0.0.1/?team=x", { host: "127.0.0.1:4000", "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate" })).toBe(200);
  });
  it("takes POST /graphql only with a JSON body: form, multipart and text bodies are 415", () => {
    const post = (type?: string) => ask("POST", "http://127.0.0.1/graphql", { host: "127.0.0.1:4000", ...(type ? { "content-type": type } : {}) });
    expect(["application/json", "application/json; charset=utf-8", "Application/JSON", "application/graphql+json", "application/graphql-response+json"].map(post))
      .toEqual([200, 200, 200, 200, 200]);
    expect(["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "application/graphql", undefined].map(post))
      .toEqual([415, 415, 415, 415, 415]);
    expect(admit("POST", "http://127.0.0.1/graphql", new Headers({ "content-type": "text/plain" }), config)?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});

describe("ALLOWED_ORIGINS and ALLOWED_HOSTS settings", () => {
  it("are empty by default and read as comma-separated, trimmed, lower-case lists", () => {
    expect(parseEnv({})).toMatchObject({ ALLOWED_ORIGINS: [], ALLOWED_HOSTS: [] });
    expect(parseEnv({ ALLOWED_ORIGINS: " https://Tools.example.com/, http://127.0.0.1:5173 ,", ALLOWED_HOSTS: "Rolegraph.internal, api.lan" }))
      .toMatchObject({ ALLOWED_ORIGINS: ["https://tools.example.com", "http://127.0.0.1:5173"], ALLOWED_HOSTS: ["rolegraph.internal", "api.lan"] });
  });
  it("refuse entries that are not origins or host names, naming the entry", () => {
    for (const bad of ["*", "null", "tools.example.com", "https://tools.example.com/app", "ftp://x.example", "https://x.example:80:80"]) {
      expect(() => parseEnv({ ALLOWED_ORIGINS: bad }), bad).toThrow(/ALLOWED_ORIGINS/);
    }
    expect(() => parseEnv({ ALLOWED_ORIGINS: "*" })).toThrow(/any web page/);
    for (const bad of ["https://rolegraph.internal", "rolegraph.internal:4000", "a/b", "*"]) {
      expect(() => parseEnv({ ALLOWED_HOSTS: bad }), bad).toThrow(new RegExp(`ALLOWED_HOSTS: "${bad.replace(/[*/.]/g, "\\$&")}" is not a host name`));
    }
  });
});
