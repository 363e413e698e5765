import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.ts";
import { dposTeam, GOOD_BRIEF } from "./fixture.ts";

const BIN = join(ROOT, "apps", "api", "bin", "rolegraph.js");
const dir = mkdtempSync(join(tmpdir(), "rolegraph-handoff-cli-"));

function rolegraph(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, "handoff", ...args], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function payloadFile(name: string, payload: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

let team = "";
beforeAll(async () => {
  team = await dposTeam("dpos-handoff-cli");
});

describe("rolegraph handoff", () => {
  it("prints the gate table and exits 1 when a gate fails or the payload is invalid; 0 when it passes", () => {
    const failing = payloadFile("failing.json", { ...GOOD_BRIEF, evidence: ["one ticket", "one interview"], ethical_considerations: undefined });
    const failed = rolegraph("submit", team, "pm-to-architect", failing, "--at", "2026-03-02T09:00:00Z");
    expect(failed.code).toBe(1);
    expect(failed.out).toBe([
      "pm-to-architect/1  FAILED  submitted 2026-03-02T09:00:00.000Z by data-pm",
      "",
      "gate          status     reason",
      "evidence      FAILED     evidence has 2 items, needs at least 3",
      "priority      PASSED",
      "measurable    PASSED",
      "ethics        FAILED     ethical_considerations is missing",
      "good-context  UNCHECKED  preference: cannot be checked",
      "",
      "payload does not match the contract:",
      "  ethical_considerations: is required",
      "",
    ].join("\n"));

    const passing = rolegraph("submit", team, "pm-to-architect", payloadFile("good.json", GOOD_BRIEF), "--at", "2026-03-02T15:00:00Z", "--key", "brief-v2");
    expect(passing.code).toBe(0);
    expect(passing.out.split("\n")[0]).toBe("pm-to-architect/2  PASSED  submitted 2026-03-02T15:00:00.000Z by data-pm");
    const replay = rolegraph("submit", team, "pm-to-architect", payloadFile("good.json", GOOD_BRIEF), "--key", "brief-v2");
    expect(replay.code).toBe(0);
    expect(replay.err).toBe("key 'brief-v2' was already used: this is pm-to-architect/2 as first recorded; nothing new was stored\n");
  });

  it("acknowledges once, and lists pending and overdue handoffs", () => {
    const ack = rolegraph("acknowledge", team, "pm-to-architect/2", "--at", "2026-03-03T10:00:00Z");
    expect(ack.code).toBe(0);
    expect(ack.out).toBe(`pm-to-architect/2: acknowledged at 2026-03-03T10:00:00.000Z by architect (cli:${userInfo().username})\n`);
    expect(rolegraph("ack", team, "pm-to-architect/2", "--at", "2026-03-04T10:00:00Z").out).toContain("(recorded before; unchanged)");

    const pending = rolegraph("list", team, "--pending", "--contract", "pm-to-architect");
    expect(pending.code).toBe(0);
    expect(pending.out.split("\n").map((l) => l.split(/\s{2,}/).slice(0, 4))).toEqual([
      ["handoff", "submitted", "gates", "acknowledgement"],
      ["pm-to-architect/1", "2026-03-02T09:00:00.000Z", "failed", "pending"],
      [""],
    ]);
    const overdue = rolegraph("list", team, "--overdue-at", "2026-03-03T12:00:00Z");
    expect(overdue.out).toBe([
      "handoff            submitted                 gates   acknowledgement  sla",
      "pm-to-architect/1  2026-03-02T09:00:00.000Z  failed  pending          OVERDUE",
      "",
    ].join("\n"));
  });

  it("refuses to acknowledge a failed handoff without --override, to start before acknowledging, and as the wrong role", () => {
    const refused = rolegraph("acknowledge", team, "pm-to-architect/1", "--at", "2026-03-03T10:00:00Z");
    expect(refused.code).toBe(1);
    expect(refused.err).toBe("rolegraph handoff: GATES_FAILED: handoff 'pm-to-architect/1' failed gates 'evidence', 'ethics' and its payload (ethical_considerations is required): resubmit a fixed payload, or acknowledge with an override reason\n");
    const early = rolegraph("start", team, "pm-to-architect/1", "--at", "2026-03-03T10:00:00Z");
    expect(early.code).toBe(1);
    expect(early.err).toContain("NOT_ACKNOWLEDGED: handoff 'pm-to-architect/1' has not been acknowledged");
    const wrong = rolegraph("acknowledge", team, "pm-to-architect/1", "--by", "data-pm", "--override", "x");
    expect(wrong.err).toContain("WRONG_ROLE: only 'architect' (the to role of contract 'pm-to-architect') may acknowledge");

    const overridden = rolegraph("acknowledge", team, "pm-to-architect/1", "--at", "2026-03-03T11:00:00Z", "--override", "the customer call is tomorrow");
    expect(overridden.code).toBe(0);
    expect(overridden.out).toBe(`pm-to-architect/1: acknowledged at 2026-03-03T11:00:00.000Z by architect (cli:${userInfo().username}), overriding failed gates: the customer call is tomorrow\n`);
    const started = rolegraph("start", team, "pm-to-architect/1", "--at", "2026-03-03T12:00:00Z");
    expect(started.out).toBe("pm-to-architect/1: next stage started at 2026-03-03T12:00:00.000Z by architect\n");
  });

  it("exits 2 on a usage error and 1 on an unknown contract", () => {
    const usage = rolegraph("submit", team);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("expected TEAM CONTRACT PAYLOAD.json");
    const unknown = rolegraph("submit", team, "no-such-contract", payloadFile("good.json", GOOD_BRIEF));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe(`rolegraph handoff: NOT_FOUND: no handoff contract 'no-such-contract' in team '${team}'\n`);
  });
});
