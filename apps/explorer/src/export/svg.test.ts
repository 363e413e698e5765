import { describe, expect, it } from "vitest";
import { buildSvg, wrap } from "./svg.ts";

const picture = {
  nodes: [
    { id: "role:pm", kind: "role", x: 0, y: 0, width: 200, height: 90, title: "Data PM", sub: "Priya N.", chips: [{ letter: "L", engagement: "lead" }], lit: true },
    { id: "artifact:brief", kind: "artifact", x: 300, y: 0, width: 180, height: 60, title: "Problem brief & <notes>", lit: false },
  ],
  edges: [{ id: "e", kind: "produces", source: "role:pm", target: "artifact:brief", lit: true, failed: false, label: { text: "per-cycle", x: 220, y: 20, width: 60, height: 18 } }],
  bands: [{ title: "Discover", x: -20, y: -40, width: 520, height: 150, note: "No lead" }],
  view: { x: -20, y: -40, width: 520, height: 150 },
  direction: "LR" as const,
  focused: true,
  legend: [{ swatch: "role", text: "Role" }],
  colours: { bg: "#fff" },
  title: "DPOS",
};

describe("buildSvg", () => {
  it("draws paths and text, escapes names, and never embeds HTML", () => {
    const svg = buildSvg(picture);
    expect(svg).not.toContain("foreignObject");
    expect(svg).toContain("<path class=\"edge edge-produces\"");
    expect(svg).toContain(">Data PM</text>");
    expect(svg).toContain("Problem brief &amp;");
    expect(svg).toContain("&lt;notes&gt;");
    expect(svg).toContain(">per-cycle</text>");
    expect(svg).toContain(">DISCOVER</text>");
    expect(svg).toContain(">No lead</text>");
    expect(svg).toContain('class="legend"');
  });
  it("wraps a long title into two lines and cuts the rest", () => {
    expect(wrap("Customer context summary for the engineering team", 20)).toEqual(["Customer context", "summary for the eng…"]);
    expect(wrap("Short", 20)).toEqual(["Short"]);
    const two = wrap("Customer context summary for the engineering team", 20);
    expect(two).toHaveLength(2);
    expect((two[1] ?? "").length).toBeLessThanOrEqual(20);
  });
});
