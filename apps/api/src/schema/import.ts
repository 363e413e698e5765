import type { DocumentError } from "@rolegraph/schema";
import { builder } from "../builder.ts";
import { importDocument, type DocumentImport } from "../services/import.ts";
import { Team } from "./team.ts";

const ImportError = builder.objectRef<DocumentError>("ImportError").implement({
  description: "A problem in the document: where (field path, line, column) and what",
  fields: (t) => ({
    path: t.exposeString("path", { description: "e.g. roles[2].consumes[0].artifact; empty for the whole document" }),
    message: t.exposeString("message"),
    line: t.int({ nullable: true, resolve: (e) => e.line ?? null }),
    column: t.int({ nullable: true, resolve: (e) => e.column ?? null }),
  }),
});

const ChangeCounts = builder.objectRef<{ created: number; updated: number; deleted: number }>("ChangeCounts").implement({
  fields: (t) => ({ created: t.exposeInt("created"), updated: t.exposeInt("updated"), deleted: t.exposeInt("deleted") }),
});

export const ImportResult = builder.objectRef<DocumentImport>("ImportResult").implement({
  description: "What an import changed (or, in a dry run, would change); an invalid document changes nothing",
  fields: (t) => ({
    team: t.field({ type: Team, nullable: true, resolve: (r) => (r.outcome && !r.outcome.dryRun ? r.outcome.teamId : null) }),
    teamId: t.id({ nullable: true, resolve: (r) => r.outcome?.teamId ?? null }),
    created: t.int({ description: "Nodes and relationships created", resolve: (r) => r.outcome?.created ?? 0 }),
    updated: t.int({ resolve: (r) => r.outcome?.updated ?? 0 }),
    deleted: t.int({ resolve: (r) => r.outcome?.deleted ?? 0 }),
    changed: t.boolean({ description: "False when the graph already equalled the document", resolve: (r) => r.outcome?.changed ?? false }),
    dryRun: t.boolean({ resolve: (r) => r.outcome?.dryRun ?? false }),
    nodes: t.field({ type: ChangeCounts, nullable: true, resolve: (r) => r.outcome?.nodes ?? null }),
    relationships: t.field({ type: ChangeCounts, nullable: true, resolve: (r) => r.outcome?.relationships ?? null }),
    errors: t.field({ type: [ImportError], resolve: (r) => r.errors }),
  }),
});

builder.mutationField("importTeam", (t) =>
  t.field({
    type: ImportResult,
    description: "Makes the team in the graph equal to the document (YAML or JSON), in one transaction",
    args: {
      document: t.arg.string({ required: true }),
      dryRun: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args, ctx) => importDocument(ctx.db, args.document,
      { dryRun: args.dryRun ?? false, importedBy: ctx.principal.name, maxBytes: ctx.env.MAX_DOCUMENT_BYTES, maxAliasCount: ctx.env.MAX_ALIAS_COUNT, maxElements: ctx.env.MAX_DOCUMENT_ELEMENTS }),
  }));
