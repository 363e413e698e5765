import { describe, expect, it } from "vitest";
import * as cypher from "./versions.ts";

describe("version statements", () => {
  const record = { importedAt: "2026-12-06T06:00:00.000Z", importedBy: "ci", documentGz: new Int8Array([31, -117, 8]), added: 1, removed: 0, changed: 2 };

  it("number the next version after the last, every value a parameter", () => {
    const s = cypher.createVersion("t", record);
    expect(s).toMatchSnapshot();
    expect(s.text).not.toContain("31");
    expect(s.params).toEqual({ team: "t", ...record });
  });

  it("list versions newest first without their documents", () => {
    const s = cypher.listVersions("t");
    expect(s).toMatchSnapshot();
    expect(s.text).not.toContain("document");
  });

  it("read one version, or the newest when no number is given", () => {
    expect(cypher.getVersion("t", 3).params).toEqual({ team: "t", number: 3 });
    expect(cypher.getVersion("t", null)).toMatchSnapshot();
  });
});
