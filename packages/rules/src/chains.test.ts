import { describe, expect, it } from "vitest";
import { compressionDistances, type ChainInput } from "./chains.ts";

const flow = (role: string, kind: "produces" | "consumes", artifact: string) => ({ role, kind, artifact });

describe("compressionDistances", () => {
  it("counts boundaries from the roles that consume an external input, with the chain and the artifacts crossed", () => {
    const input: ChainInput = {
      externals: ["calls"],
      flows: [
        flow("sales", "consumes", "calls"), flow("sales", "produces", "notes"),
        flow("pm", "consumes", "notes"), flow("pm", "produces", "brief"),
        flow("architect", "consumes", "brief"), flow("architect", "produces", "design"),
        flow("engineer", "consumes", "design"),
      ],
    };
    expect(compressionDistances(input)).toEqual([
      { role: "sales", distance: 0, chain: ["sales"], via: ["calls"] },
      { role: "pm", distance: 1, chain: ["sales", "pm"], via: ["calls", "notes"] },
      { role: "architect", distance: 2, chain: ["sales", "pm", "architect"], via: ["calls", "notes", "brief"] },
      { role: "engineer", distance: 3, chain: ["sales", "pm", "architect", "engineer"], via: ["calls", "notes", "brief", "design"] },
    ]);
  });

  it("takes the shortest chain: a direct summary beats the long way round", () => {
    const input: ChainInput = {
      externals: ["calls"],
      flows: [
        flow("pm", "consumes", "calls"), flow("pm", "produces", "brief"), flow("pm", "produces", "summary"),
        flow("architect", "consumes", "brief"), flow("architect", "produces", "design"),
        flow("engineer", "consumes", "design"), flow("engineer", "consumes", "summary"),
      ],
    };
    const engineer = compressionDistances(input).find((d) => d.role === "engineer");
    expect(engineer).toEqual({ role: "engineer", distance: 1, chain: ["pm", "engineer"], via: ["calls", "summary"] });
  });

  it("breaks ties by id, so the same team always gives the same chain", () => {
    const input: ChainInput = {
      externals: ["x"],
      flows: [
        flow("b", "consumes", "x"), flow("a", "consumes", "x"),
        flow("b", "produces", "out-b"), flow("a", "produces", "out-a"),
        flow("c", "consumes", "out-b"), flow("c", "consumes", "out-a"),
      ],
    };
    expect(compressionDistances(input).find((d) => d.role === "c")?.chain).toEqual(["a", "c"]);
  });

  it("leaves out roles no external context reaches, and does not count a role's own loop", () => {
    const input: ChainInput = {
      externals: ["x"],
      flows: [flow("a", "consumes", "x"), flow("a", "produces", "y"), flow("a", "consumes", "y"), flow("island", "consumes", "z")],
    };
    expect(compressionDistances(input)).toEqual([{ role: "a", distance: 0, chain: ["a"], via: ["x"] }]);
  });

  it("has nothing to measure from when the team has no external inputs", () => {
    expect(compressionDistances({ externals: [], flows: [flow("a", "produces", "y"), flow("b", "consumes", "y")] })).toEqual([]);
  });
});
