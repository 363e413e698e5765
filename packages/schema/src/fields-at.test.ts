import { describe, expect, it } from "vitest";
import { fieldsAt } from "./fields-at.ts";

describe("fieldsAt", () => {
  it("reads the allowed fields of the object at a path from the zod schema", () => {
    expect(fieldsAt(["roles", 0, "consumes", 3])).toEqual(["artifact", "cadence", "stage", "meta"]);
    expect(fieldsAt(["team"])).toEqual(expect.arrayContaining(["id", "name"]));
    expect(fieldsAt([])).toEqual(expect.arrayContaining(["version", "team", "roles", "artifacts"]));
  });

  it("answers undefined where the path leads to no object", () => {
    expect(fieldsAt(["roles", 0, "name"])).toBeUndefined();
    expect(fieldsAt(["nothing", 1])).toBeUndefined();
    expect(fieldsAt(["roles", "not-an-index"])).toBeUndefined();
  });
});
