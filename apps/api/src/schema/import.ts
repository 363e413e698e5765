import type { DocumentError } from "@rolegraph/schema";
import { builder } from "../builder.ts";
import { importDocument, type DocumentImport } from "../services/import.ts";
import { Team } from "./team.ts";

const ImportError = builder.objectRef<DocumentError>("ImportError").implement({
  description: "A problem in the document: where (field path, line, column) and what",
  fields: (t) => ({
    path: t.exposeString("path", { description: "e.g. roles[2].consumes[0].artifact; empty for the whole document" }),
    message: t.exposeString("message", { description: "What is wrong, in words" }),
    line: t.int({ nullable: true, description: "1-based line in the document; null when the problem has no single place", resolve: (e) => e.line ?? null }),
    column: t.int({ nullable: true, description: "1-based column in the document; null when line is null", resolve: (e) => e.column ?? null }),
  }),
});

const ChangeCounts = builder.objectRef<{ created: number; updated: number; deleted: number }>("ChangeCounts").implement({
  description: "How many graph elements of one kind (nodes or relationships) an import created, updated and deleted",
  fields: (t) => ({
    created: t.exposeInt("created", { description: "Elements created: in the document, not in the graph" }),
    updated: t.exposeInt("updated", { description: "Elements kept whose properties changed" }),
    deleted: t.exposeInt("deleted", { description: "Elements deleted: in the graph, no longer in the document" }),
  }),
});

export const ImportResult = builder.objectRef<DocumentImport>("ImportResult").implement({
  description: "What an import changed (or, in a dry run, would change); an invalid document changes nothing",
  fields: (t) => ({
    team: t.field({ type: Team, nullable: true, description: "The imported team; null for a dry run or an invalid document", resolve: (r) => (r.outcome && !r.outcome.dryRun ? r.outcome.teamId : null) }),
    teamId: t.id({ nullable: true, description: "The document's team id, dry run included; null when the document is invalid", resolve: (r) => r.outcome?.teamId ?? null }),
    created: t.int({ description: "Nodes and relationships created", resolve: (r) => r.outcome?.created ?? 0 }),
    updated: t.int({ description: "Nodes and relationships whose properties changed", resolve: (r) => r.outcome?.updated ?? 0 }),
    deleted: t.int({ description: "Nodes and relationships deleted because the document no longer has them", resolve: (r) => r.outcome?.deleted ?? 0 }),
    changed: t.boolean({ description: "False when the graph already equalled the document", resolve: (r) => r.outcome?.changed ?? false }),
    dryRun: t.boolean({ description: "True when nothing was written: the counts say what the import would change", resolve: (r) => r.outcome?.dryRun ?? false }),
    nodes: t.field({ type: ChangeCounts, nullable: true, description: "Node changes; null when the document is invalid", resolve: (r) => r.outcome?.nodes ?? null }),
    relationships: t.field({ type: ChangeCounts, nullable: true, description: "Relationship changes; null when the document is invalid", resolve: (r) => r.outcome?.relationships ?? null }),
    errors: t.field({ type: [ImportError], description: "Why the document is invalid; empty when it was valid and applied (or checked, in a dry run)", resolve: (r) => r.errors }),
  }),
});

builder.mutationField("importTeam", (t) =>
  t.field({
    type: ImportResult,
    description: "Makes the team in the graph equal to the document (YAML or JSON), in one transaction",
    args: {
      document: t.arg.string({ required: true, description: "The team file's text, YAML or JSON (shared/spec/team-format.md)" }),
      dryRun: t.arg.boolean({ defaultValue: false, description: "true validates and counts the changes without writing anything; default false" }),
    },
    resolve: (_root, args, ctx) => importDocument(ctx.db, args.document,
      { dryRun: args.dryRun ?? false, importedBy: ctx.principal.name, maxBytes: ctx.env.MAX_DOCUMENT_BYTES, maxAliasCount: ctx.env.MAX_ALIAS_COUNT, maxElements: ctx.env.MAX_DOCUMENT_ELEMENTS }),
  }));
