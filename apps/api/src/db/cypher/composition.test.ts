import { describe, expect, it } from "vitest";
import { COMPOSITION_PARTS, compositionPart } from "./composition.ts";

describe("the composition map's statements", () => {
  it.each(COMPOSITION_PARTS)("%s of one team, the team a parameter", (part) => {
    const read = compositionPart(part, "t");
    expect(read.text).toMatchSnapshot();
    expect(read.params).toEqual({ team: "t" });
  });
});
