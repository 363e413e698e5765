import type { Principal } from "./auth.ts";
import type { Db } from "./db/driver.ts";
import type { Env } from "./env.ts";

/** What every resolver gets; a fresh object per request keeps dataloader caches apart. */
export interface Context {
  db: Db;
  env: Env;
  principal: Principal;
}
