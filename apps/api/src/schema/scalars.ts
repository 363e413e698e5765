import { GraphQLError, Kind, type ValueNode } from "graphql";
import { builder } from "../builder.ts";

builder.scalarType("DateTime", {
  description: "An ISO 8601 date-time, e.g. 2026-11-25T10:00:00Z",
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): Date {
  const date = typeof value === "string" ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime must be an ISO 8601 string, got ${JSON.stringify(value)}`);
  return date;
}

builder.scalarType("JSON", {
  description: "Any JSON value",
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => literal(ast),
});

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.NULL:
      return null;
    default:
      throw new GraphQLError("JSON literals cannot use variables inside; pass the whole value as a variable");
  }
}

export const EngagementEnum = builder.enumType("Engagement", {
  description: "How a role takes part in a lifecycle stage (a role absent from a stage is not engaged)",
  values: {
    LEAD: { description: "Owns the stage's outcome and drives the work" },
    SUPPORT: { description: "Does part of the work under the lead" },
    CONSULT: { description: "Is asked for input but does not do the work" },
  } as const,
});
export const SeverityEnum = builder.enumType("Severity", {
  description: "How serious a gap finding is, from least to most: INFO, WARNING, ERROR",
  values: {
    INFO: { description: "Worth knowing; weighs 1 in the score" },
    WARNING: { description: "Likely to cause coordination trouble; weighs 3 in the score" },
    ERROR: { description: "Breaks coordination (e.g. a stage with no lead); weighs 10 in the score" },
  } as const,
});
export const GateStatusEnum = builder.enumType("GateStatus", {
  description: "The outcome of one quality gate when a handoff was submitted",
  values: {
    PASSED: { description: "The gate's check held for the payload" },
    FAILED: { description: "The gate's check did not hold: the handoff did not pass" },
    UNCHECKED: { description: "A preference: the gate has no check, so it was not evaluated and never blocks" },
  } as const,
});
