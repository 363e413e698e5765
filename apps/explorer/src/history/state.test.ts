import { describe, expect, it } from "vitest";
import { DEFAULT_HISTORY, historyFromSearch, historyToSearch } from "./state.ts";

const round = (search: string) => {
  const q = new URLSearchParams();
  historyToSearch(historyFromSearch(new URLSearchParams(search)), q);
  return q.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
};

describe("history in the URL", () => {
  it("reads a version, a comparison and a what-if, and writes them back the same", () => {
    expect(historyFromSearch(new URLSearchParams("version=3&compare=2..5&whatif=role:designer,agent:deploy-bot")))
      .toEqual({ version: 3, compare: { from: 2, to: 5 }, whatIf: ["role:designer", "agent:deploy-bot"] });
    expect(round("compare=2..5")).toBe("compare=2..5");
    expect(round("whatif=role:pm")).toBe("whatif=role:pm");
  });

  it("drops what it cannot read", () => {
    expect(historyFromSearch(new URLSearchParams("version=0&compare=2..x&whatif=artifact:a,role:,role:ok"))).toEqual({ ...DEFAULT_HISTORY, whatIf: ["role:ok"] });
    expect(round("")).toBe("");
  });
});
