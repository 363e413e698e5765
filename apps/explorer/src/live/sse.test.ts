import { describe, expect, it } from "vitest";
import { parseFrames, reconnectDelay } from "./sse.ts";

describe("parseFrames", () => {
  it("splits complete frames, skips keep-alives and keeps the unfinished rest", () => {
    const { frames, rest } = parseFrames(':\n\nevent: next\ndata: {"a":1}\n\nevent: next\r\ndata: {"b"');
    expect(frames).toEqual([{ event: "next", data: '{"a":1}' }]);
    expect(rest).toBe('event: next\ndata: {"b"');
    expect(parseFrames("event: complete\ndata:\n\n").frames).toEqual([{ event: "complete", data: "" }]);
  });
});

describe("reconnectDelay", () => {
  it("doubles from half a second to at most ten", () => {
    expect([1, 2, 3, 6, 20].map(reconnectDelay)).toEqual([500, 1000, 2000, 10_000, 10_000]);
  });
});
