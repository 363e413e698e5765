import { parseTeamDocument, type Team } from "@rolegraph/schema";
import type { Db } from "../apps/api/src/db/driver.ts";
import { deleteTeam } from "../apps/api/src/db/team-store.ts";

/**
 * Teams a test file writes as YAML literals: each parsed (a bad literal fails loudly, with its
 * errors) and remembered, so `cleanup` deletes every one of them, whatever the test stored.
 */
export function parsedTeams(db: Db): { team: (text: string) => Team; cleanup: () => Promise<void> } {
  const created = new Set<string>();
  return {
    team(text) {
      const parsed = parseTeamDocument(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      created.add(parsed.team.team.id);
      return parsed.team;
    },
    async cleanup() {
      for (const id of created) await deleteTeam(db, id, true);
    },
  };
}
