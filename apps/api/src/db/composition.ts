import type { ManagedTransaction } from "neo4j-driver";
import type { TeamGraph } from "../composition/graph.ts";
import * as cypher from "./cypher/composition.ts";
import type { Statement } from "./cypher/statement.ts";
import { runIn, type Db } from "./driver.ts";

async function rows<T>(tx: ManagedTransaction, statement: Statement): Promise<T[]> {
  return (await runIn(tx, statement)) as T[];
}

/** One read transaction: everything the composition map draws, for one team. */
export function readTeamGraph(db: Db, team: string): Promise<TeamGraph> {
  return db.read(async (tx) => ({
    stages: await rows(tx, cypher.compositionPart("stages", team)),
    roles: await rows(tx, cypher.compositionPart("roles", team)).then((list) =>
      (list as { id: string; name: string; pairs: [string, string][] }[]).map((r) => ({ id: r.id, name: r.name, engagement: Object.fromEntries(r.pairs) }))),
    artifacts: await rows(tx, cypher.compositionPart("artifacts", team)),
    agents: await rows(tx, cypher.compositionPart("agents", team)),
    contracts: await rows(tx, cypher.compositionPart("contracts", team)),
    flows: await rows(tx, cypher.compositionPart("flows", team)),
  }));
}
