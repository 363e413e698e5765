import { describe, expect, it } from "vitest";
import type { Db } from "../db/driver.ts";
import { importDocument } from "./import.ts";

/** A Db that fails the test if anything reaches it: an invalid document must not. */
const untouchable = new Proxy({}, { get: (_, key) => { throw new Error(`the database was used (${String(key)})`); } }) as Db;
const limits = { maxBytes: 1_000_000, maxAliasCount: 100 };

describe("importDocument: validate before anything is written", () => {
  it("answers the document's errors, with where, and never reaches the database", async () => {
    const result = await importDocument(untouchable, "version: 1\nteam: { id: t, name: T }\nroles: [{ id: pm, name: PM, consumes: [{ artifact: nowhere }] }]\nartifacts: []\n", limits);
    expect(result.outcome).toBeNull();
    expect(result.errors[0]).toMatchObject({ path: "roles[0].consumes[0].artifact" });
    expect(result.errors[0]?.line).toBe(3);
  });

  it("refuses a document over the size limit the same way", async () => {
    const result = await importDocument(untouchable, `# ${"x".repeat(200)}\n`, { ...limits, maxBytes: 100 });
    expect(result.outcome).toBeNull();
    expect(result.errors.map((e) => e.message)).toEqual(["document is 203 bytes; the limit is 100"]);
  });
});
