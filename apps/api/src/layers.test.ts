import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers: GraphQL (schema/) and the CLI (cli/) call services/, which call db/ (Cypher
 * builders in db/cypher/, run by Db) and the pure modules (graph/, handoffs/, packages).
 * Nothing below imports from above; db/ and graph/ know nothing of GraphQL.
 */
const SRC = import.meta.dirname;
const FORBIDDEN: Record<string, RegExp> = {
  "db": /\/(services|schema|cli|handoffs|gaps)\/|graphql-errors|^graphql$/,
  "graph": /\/(db|services|schema|cli|handoffs)\/|graphql-errors|^graphql$/,
  "services": /\/(schema|cli)\/|graphql-errors|^graphql$/,
  "history": /\/(db|services|schema|cli|handoffs)\/|graphql-errors|^graphql$/,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1] ?? "");

describe("layers: nothing below imports from above", () => {
  it.each(Object.keys(FORBIDDEN))("%s/", (layer) => {
    const files = sources(join(SRC, layer));
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) => importsOf(file).filter((spec) => FORBIDDEN[layer]?.test(spec)).map((spec) => `${relative(SRC, file)} imports ${spec}`));
    expect(offending).toEqual([]);
  });
});
