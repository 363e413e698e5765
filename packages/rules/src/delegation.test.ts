import { describe, expect, it } from "vitest";
import { recommendedMode } from "./delegation.ts";

const factors = (errorTolerance: string, toolSpan: string, independence: string) => ({ errorTolerance, toolSpan, independence });

describe("recommendedMode (the essay's sorting framework)", () => {
  it("delegates high tolerance, one tool and independent work (the Market Scanner)", () => {
    expect(recommendedMode(factors("high", "single", "independent"))).toBe("autonomous");
  });

  it("coordinates interdependent work where correctness is non-negotiable or many tools are involved (the Pitch Shaper)", () => {
    expect(recommendedMode(factors("low", "multiple", "interdependent"))).toBe("coordinated");
    expect(recommendedMode(factors("low", "single", "interdependent"))).toBe("coordinated");
    expect(recommendedMode(factors("high", "multiple", "interdependent"))).toBe("coordinated");
  });

  it("is hybrid in between: run it, review before use (the Feedback River)", () => {
    expect(recommendedMode(factors("low", "multiple", "independent"))).toBe("hybrid");
    expect(recommendedMode(factors("low", "single", "independent"))).toBe("hybrid");
    expect(recommendedMode(factors("high", "multiple", "independent"))).toBe("hybrid");
    expect(recommendedMode(factors("high", "single", "interdependent"))).toBe("hybrid");
  });
});
