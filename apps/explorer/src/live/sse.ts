/**
 * Server-Sent Events as graphql-yoga sends them: frames separated by a blank line, each with
 * "event:" and "data:" lines. Pure: text in, complete frames and the unfinished rest out.
 */
export interface SseFrame {
  event: string;
  data: string;
}

export function parseFrames(buffer: string): { frames: SseFrame[]; rest: string } {
  const frames: SseFrame[] = [];
  const parts = buffer.replace(/\r\n/g, "\n").split("\n\n");
  const rest = parts.pop() ?? "";
  for (const part of parts) {
    let event = "message";
    const data: string[] = [];
    for (const line of part.split("\n")) {
      if (line.startsWith(":")) continue; // a keep-alive comment
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") event = value;
      else if (field === "data") data.push(value);
    }
    if (data.length > 0 || event !== "message") frames.push({ event, data: data.join("\n") });
  }
  return { frames, rest };
}

/** The wait before reconnecting after `failures` failed tries: 0.5 s doubling to 10 s. */
export const reconnectDelay = (failures: number): number => Math.min(10_000, 500 * 2 ** Math.max(0, failures - 1));
