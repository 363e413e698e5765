import type { Principal } from "./auth.ts";
import type { Db } from "./db/driver.ts";
import type { Env } from "./env.ts";
import { Loaders } from "./schema/loaders.ts";

/** What every resolver gets; a fresh object per request keeps loader and dataloader caches apart. */
export interface Context {
  db: Db;
  env: Env;
  principal: Principal;
  /** This request's lookups, each started once and shared by every field that needs it. */
  loaders: Loaders;
}

/** The one place a request's context is made, whichever path (compiled or yoga) runs it. */
export function createContext(db: Db, env: Env, principal: Principal): Context {
  return { db, env, principal, loaders: new Loaders(db) };
}
