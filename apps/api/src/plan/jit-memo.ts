import { createRequire } from "node:module";

/**
 * graphql-jit memoizes helpers at module level with lodash.memoize (`joinOriginPaths` keyed
 * by each compilation's path arrays; `expandFieldNode` keyed by schema, the compilation's
 * fragments object, each field node and type), in caches that are never emptied: every
 * distinct query text compiled stayed in memory for good (20,000 small queries: +578 MB of
 * heap after GC, test/reliability/memory.test.ts). lodash reads `memoize.Cache` each time
 * it builds a memoized function, and graphql-jit builds its nested ones lazily: with object
 * keys held weakly, an entry lives exactly as long as the compiled plan that made its key.
 * Primitive keys (field names under a type) are bounded by the schema; the cap is a guard.
 * Must run before graphql-jit is loaded (plan/jit.ts imports it first), as the module-level
 * memoized functions are built at load.
 */
const MAX_PRIMITIVE_KEYS = 10_000;
type Key = unknown;

class WeakFirstCache {
  private readonly weak = new WeakMap<object, unknown>();
  private readonly strong = new Map<Key, unknown>();

  has(key: Key): boolean {
    return isObject(key) ? this.weak.has(key) : this.strong.has(key);
  }
  get(key: Key): unknown {
    return isObject(key) ? this.weak.get(key) : this.strong.get(key);
  }
  set(key: Key, value: unknown): this {
    if (isObject(key)) this.weak.set(key, value);
    else {
      if (this.strong.size >= MAX_PRIMITIVE_KEYS) this.strong.clear();
      this.strong.set(key, value);
    }
    return this;
  }
  delete(key: Key): boolean {
    return isObject(key) ? this.weak.delete(key) : this.strong.delete(key);
  }
  clear(): void {
    this.strong.clear();
  }
}

const isObject = (key: Key): key is object => (typeof key === "object" && key !== null) || typeof key === "function";

const memoize = createRequire(import.meta.url)("lodash.memoize") as { Cache: unknown };
memoize.Cache = WeakFirstCache;
export const JIT_MEMO_BOUNDED = memoize.Cache === WeakFirstCache;
