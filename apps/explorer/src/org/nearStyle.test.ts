import { describe, expect, it } from "vitest";
import { bundleFlows, dependencies } from "./bundle.ts";
import { orgFixture } from "./fixture.ts";
import { nearStyle } from "./nearStyle.ts";

describe("nearStyle", () => {
  const deps = dependencies(bundleFlows(orgFixture().flows));

  it("brings out the team's bundles and flows both ways and the teams at their other ends", () => {
    const css = nearStyle("growth", deps);
    for (const sel of ['[data-id^="bundle:growth>"]', '[data-id$=">growth"]', '[data-id^="flow:growth/"]', '[data-id*=">growth/"]']) expect(css).toContain(sel);
    expect(css).toContain('.org-team[data-team="growth"]');
    expect(css).toContain('.org-team[data-team="data"]');
    expect(css).not.toContain('.org-team[data-team="finance"]');
  });

  it("writes nothing for an id that is not a slug", () => {
    expect(nearStyle('x"] { } body { display: none', deps)).toBe("");
  });
});
