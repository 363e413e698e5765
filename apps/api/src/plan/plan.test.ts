import { describe, expect, it } from "vitest";
import { schema } from "../schema/index.ts";
import { maxAliasesRule } from "../limits.ts";
import { Plan, planSetup } from "./plan.ts";
import { PlanCache, planBytes } from "./plan-cache.ts";

const setup = planSetup(schema, [maxAliasesRule(2)], true);

describe("Plan: what is the same for every request sending a text", () => {
  it("compiles each query operation once, and never a mutation", () => {
    const plan = new Plan(`query A { teams { id } } mutation B { deleteTeam(id: "x") { deleted } }`, setup);
    const a = plan.operation("A");
    expect(a.kind).toBe("query");
    expect(a.compiled).not.toBeNull();
    expect(plan.operation("A")).toBe(a);
    expect(plan.operation("B")).toEqual({ kind: "mutation", compiled: null });
    expect(plan.operation(undefined)).toEqual({ kind: null, compiled: null }); // two operations, none named
  });

  it("holds the nesting, syntax and validation errors (ours included) instead of a document or operation", () => {
    expect(new Plan(`{ teams { id ${"{".repeat(300)} } }`, setup).error?.extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(new Plan(`{ teams { id }`, setup).error?.message).toMatch(/Syntax Error/);
    const aliased = new Plan(`{ a: teams { id } b: teams { id } c: teams { id } }`, setup);
    expect(aliased.validationErrors.map((e) => e.message)).toEqual(["the query uses more than 2 aliases"]);
    expect(aliased.operation(undefined)).toEqual({ kind: null, compiled: null });
  });
});

describe("PlanCache", () => {
  it("plans a text once and finds the plan of a document it made", () => {
    const plans = new PlanCache(setup);
    const plan = plans.get(`{ teams { id } }`);
    expect(plans.get(`{ teams { id } }`)).toBe(plan);
    expect(plans.stats).toEqual({ hits: 1, misses: 1 });
    expect(plan.document && plans.of(plan.document)).toBe(plan);
  });

  it("stays within its byte bound, oldest plans first", () => {
    const one = planBytes(`{ teams { id n0: name } }`.length, true);
    const plans = new PlanCache(setup, { maxEntries: 100, maxBytes: 3 * one });
    for (let i = 0; i < 10; i++) plans.get(`{ teams { id n${i}: name } }`);
    expect(plans.size.entries).toBe(3);
    expect(plans.size.bytes).toBeLessThanOrEqual(3 * one);
  });
});
