import { describe, expect, it } from "vitest";
import { entitiesByKeys, entitiesOfTeam, type Label } from "./entities.ts";

const LABELS: Label[] = ["Team", "Stage", "Role", "Artifact", "Agent", "Contract", "Workflow"];

describe("entity reads", () => {
  it.each(LABELS)("%s by keys, one statement for any number of keys", (label) => {
    const keys = [{ team: "t", id: "a" }, { team: "t", id: "b" }];
    const read = entitiesByKeys(label, keys);
    expect(read.text).toMatchSnapshot();
    expect(read.params).toEqual({ keys });
  });

  it.each(LABELS)("%s of a team, in document order", (label) => {
    const read = entitiesOfTeam(label, "t");
    expect(read.text).toMatchSnapshot();
    expect(read.params).toEqual({ team: "t" });
  });
});
