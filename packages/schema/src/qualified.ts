import { z } from "zod";

/**
 * Qualified references (shared/spec/integration.md): `TEAM/ID` names an artifact or a role of
 * another team. A file may use one wherever it references something it does not make
 * (consumes, agent inputs, step reads, derivedFrom, a contract's `to`); what a team
 * produces, publishes or carries is always its own, so those fields take a plain id only.
 */
const SLUG = "[a-z][a-z0-9-]{0,62}";
const SLUG_MESSAGE = "must be a slug: lowercase letters, digits and '-', starting with a letter, at most 63 characters";
const REFERENCE = new RegExp(`^(?:${SLUG}/)?${SLUG}$`);
const QUALIFIED = new RegExp(`^(${SLUG})/(${SLUG})$`);

export interface QualifiedId {
  team: string;
  id: string;
}

/** True for `TEAM/ID` (well formed); false for a plain id or anything else. */
export function isQualified(reference: string): boolean {
  return QUALIFIED.test(reference);
}

/** `team-a/weekly-metrics` -> { team: "team-a", id: "weekly-metrics" }; undefined if not qualified. */
export function parseQualified(reference: string): QualifiedId | undefined {
  const match = QUALIFIED.exec(reference);
  return match ? { team: match[1] as string, id: match[2] as string } : undefined;
}

/** The team and id a reference names, read from a file of team `ownTeam`. */
export function resolveReference(reference: string, ownTeam: string): QualifiedId {
  return parseQualified(reference) ?? { team: ownTeam, id: reference };
}

/** The qualified form `TEAM/ID`. */
export function qualify(team: string, id: string): string {
  return `${team}/${id}`;
}

/** How a reference is written in a file of `ownTeam`: plain when it is the team's own. */
export function referenceFrom(ownTeam: string, target: QualifiedId): string {
  return target.team === ownTeam ? target.id : qualify(target.team, target.id);
}

/** A plain id, or a qualified reference `TEAM/ID` to another team's artifact or role. */
export const ReferenceSchema = z
  .string()
  .regex(REFERENCE, "must be an id (a slug) or a qualified reference TEAM/ID to another team's (two slugs and a slash)");

/**
 * An id of something the team itself makes (produces, outputs, writes, carries, defines). A
 * qualified reference here gets its own message: a team cannot make another team's artifact.
 */
export const OwnIdSchema = z.string().regex(new RegExp(`^${SLUG}$`), {
  error: (issue) => {
    const qualified = typeof issue.input === "string" ? parseQualified(issue.input) : undefined;
    return qualified
      ? `'${qualified.team}/${qualified.id}' names team '${qualified.team}': a team cannot produce, publish or carry another team's artifact (consume it, or use the plain id '${qualified.id}' if it is this team's)`
      : SLUG_MESSAGE;
  },
});
