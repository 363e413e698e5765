import type { DocumentNode } from "graphql";
import { SizedLru } from "./lru.ts";
import { Plan, type PlanSetup } from "./plan.ts";

export interface PlanCacheLimits {
  maxEntries: number;
  maxBytes: number;
}
/** A thousand texts cover any real client set; 64 MB holds a thousand small compiled ones or 250 of the bench's largest. */
export const PLAN_CACHE_LIMITS: PlanCacheLimits = { maxEntries: 1_000, maxBytes: 64 * 1024 * 1024 };

/**
 * The one cache of query plans, used by every path a GraphQL request can take: the JSON
 * POST path runs a plan's compiled query directly, and yoga (GET, forms, browsers, every
 * text that is not a compiled query) parses, validates and executes through the same plans
 * (plan/yoga-plugin.ts). Bounded by count and by what the plans cost in memory.
 */
export class PlanCache {
  private readonly plans: SizedLru<string, Plan>;
  /** The plan a document came from, for yoga's hooks (which see the document, not the text). */
  private readonly byDocument = new WeakMap<DocumentNode, Plan>();
  readonly stats = { hits: 0, misses: 0 };

  constructor(private readonly setup: PlanSetup, limits: PlanCacheLimits = PLAN_CACHE_LIMITS) {
    this.plans = new SizedLru(limits);
  }

  get size(): { entries: number; bytes: number } {
    return this.plans.size;
  }

  /** The plan for a query text, built (parsed, validated) the first time it is seen. */
  get(query: string): Plan {
    const known = this.plans.get(query);
    if (known) {
      this.stats.hits++;
      return known;
    }
    this.stats.misses++;
    const plan = new Plan(query, this.setup);
    this.plans.set(query, plan, planBytes(query.length, plan.document !== null && this.setup.jit));
    if (plan.document) this.byDocument.set(plan.document, plan);
    return plan;
  }

  /** The plan whose document this is; undefined once it has been evicted (yoga then just goes on). */
  of(document: DocumentNode): Plan | undefined {
    return this.byDocument.get(document);
  }
}

/**
 * What a plan costs in heap, measured after GC over 1,000 distinct texts each of two shapes
 * (78 characters, the memory test's; 379, a read with flows, impact and a chain): parsed and
 * validated 10 KB and 35 KB, about 4 KB plus 85 bytes a character; compiled by graphql-jit
 * 36 KB and 237 KB, the compiled part about 560 bytes a character at most (it grows with the
 * fields selected, which the length stands for; small texts are overcounted, never under).
 */
export function planBytes(length: number, compiled: boolean): number {
  return 4_000 + 85 * length + (compiled ? 560 * length : 0);
}
