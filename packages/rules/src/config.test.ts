import { describe, expect, it } from "vitest";
import { applyLintConfig, countFindings, filterSeverity, sortFindings } from "./config.ts";
import type { Finding } from "./types.ts";

const f = (rule: Finding["rule"], severity: Finding["severity"], subjectId: string, related: string[] = []): Finding =>
  ({ rule, severity, subjectKind: "role", subjectId, related, message: "", remediation: "", roles: [], stages: [] });

describe("applyLintConfig", () => {
  const findings = [f("context-hoarding", "error", "sales"), f("orphan-output", "warning", "notes"), f("compression-chain", "info", "qa"), f("compression-chain", "warning", "ops")];

  it("without a config, changes nothing", () => {
    expect(applyLintConfig(findings, undefined)).toEqual({ findings, suppressed: [] });
  });

  it("turns rules off and overrides severities, also of graded rules", () => {
    const out = applyLintConfig(findings, { rules: { "orphan-output": "off", "compression-chain": "error" }, suppress: [] });
    expect(out.findings.map((x) => [x.rule, x.severity, x.subjectId])).toEqual([
      ["context-hoarding", "error", "sales"], ["compression-chain", "error", "qa"], ["compression-chain", "error", "ops"],
    ]);
  });

  it("moves suppressed findings aside with the reason, after the override", () => {
    const out = applyLintConfig(findings, {
      rules: { "context-hoarding": "warning" },
      suppress: [{ rule: "context-hoarding", subject: "sales", reason: "Sales reports in the weekly call" }, { rule: "orphan-output", subject: "other", reason: "x" }],
    });
    expect(out.suppressed).toEqual([{ ...f("context-hoarding", "warning", "sales"), reason: "Sales reports in the weekly call" }]);
    expect(out.findings.map((x) => x.subjectId)).toEqual(["notes", "qa", "ops"]);
  });
});

describe("sortFindings, filterSeverity, countFindings", () => {
  const mixed = [
    f("compression-chain", "info", "qa"), f("orphan-output", "warning", "b"), f("uncontracted-handoff", "warning", "a", ["x", "z"]),
    f("uncontracted-handoff", "warning", "a", ["x", "y"]), f("gateless-contract", "error", "c"), f("orphan-output", "warning", "a"),
  ];

  it("sorts by severity, then the spec's rule order, then subject and related", () => {
    expect(sortFindings(mixed).map((x) => `${x.severity} ${x.rule} ${x.subjectId} ${x.related.join(",")}`)).toEqual([
      "error gateless-contract c ",
      "warning orphan-output a ",
      "warning orphan-output b ",
      "warning uncontracted-handoff a x,y",
      "warning uncontracted-handoff a x,z",
      "info compression-chain qa ",
    ]);
  });

  it("keeps findings at or above a severity", () => {
    expect(filterSeverity(mixed, "warning").map((x) => x.severity)).toEqual(["warning", "warning", "warning", "error", "warning"]);
    expect(filterSeverity(mixed, "error")).toHaveLength(1);
    expect(filterSeverity(mixed, undefined)).toHaveLength(6);
  });

  it("counts by severity (all three always present) and by rule", () => {
    expect(countFindings(mixed)).toEqual({
      bySeverity: { error: 1, warning: 4, info: 1 },
      byRule: { "compression-chain": 1, "orphan-output": 2, "uncontracted-handoff": 2, "gateless-contract": 1 },
    });
    expect(countFindings([])).toEqual({ bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {} });
  });
});
