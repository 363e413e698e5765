import { describe, expect, it } from "vitest";
import { fromTeam } from "./from-team.ts";

describe("fromTeam", () => {
  it("fills the file's defaults and indexes flows and agents once", () => {
    const graph = fromTeam({
      version: 1,
      team: { id: "t", name: "T" },
      roles: [{ id: "pm", name: "PM", produces: [{ artifact: "brief", stage: "decide" }] }, { id: "eng", name: "Eng", consumes: [{ artifact: "brief" }] }],
      artifacts: [{ id: "brief", name: "Brief" }],
      agents: [{ id: "bot", name: "Bot", role: "eng", inputs: ["brief", "nowhere"] }],
    });
    expect(graph.stages.map((s) => `${s.order}:${s.id}`)).toEqual(["0:discover", "1:decide", "2:build", "3:test", "4:ship", "5:evaluate"]);
    expect(graph.artifacts[0]?.external).toBe(false);
    expect(graph.agents[0]?.access).toBe("read-only");
    expect(graph.index.producersOf.get("brief")?.map((f) => f.role)).toEqual(["pm"]);
    expect(graph.index.consumersOf.get("brief")?.map((f) => f.role)).toEqual(["eng"]);
    // An input that is not in the team has no edge.
    expect([...graph.index.readersOf.keys()]).toEqual(["brief"]);
  });
});
