import { ENDPOINT } from "../api/client.ts";
import { HandoffEventsLiveDocument, type HandoffEventsLiveSubscription } from "../api/types.generated.ts";
import { parseFrames, reconnectDelay } from "./sse.ts";

export type LiveStatus = "connecting" | "live" | "down";
export type LiveEvent = HandoffEventsLiveSubscription["handoffEvents"];

export interface LiveHandlers {
  onEvent: (event: LiveEvent) => void;
  onStatus: (status: LiveStatus) => void;
  /** Called after a reconnection: what happened meanwhile was resumed, but views may refresh. */
  onResume?: () => void;
}

/**
 * Follows a team's handoff events over SSE (the API's Subscription.handoffEvents). When the
 * connection drops it says so and reconnects with backoff, resuming after the last id it saw,
 * so no event is lost and none is seen twice. Returns the stop function.
 */
export function connectLive(team: string, handlers: LiveHandlers): () => void {
  let stopped = false;
  let last: string | null = null;
  let failures = 0;
  let abort: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function run(): Promise<void> {
    abort = new AbortController();
    handlers.onStatus(failures === 0 ? "connecting" : "down");
    const response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: HandoffEventsLiveDocument.toString(), variables: { team, after: last } }),
      signal: abort.signal,
    });
    if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}`);
    if (failures > 0) handlers.onResume?.();
    failures = 0;
    handlers.onStatus("live");
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const { frames, rest } = parseFrames(buffer + value);
      buffer = rest;
      for (const frame of frames) {
        if (frame.event === "complete") return;
        if (frame.event !== "next") continue;
        const payload = JSON.parse(frame.data) as { data?: HandoffEventsLiveSubscription; errors?: { message: string }[] };
        if (payload.errors !== undefined) throw new Error(payload.errors.map((e) => e.message).join("; "));
        const event = payload.data?.handoffEvents;
        if (event === undefined) continue;
        last = event.id;
        handlers.onEvent(event);
      }
    }
  }

  function loop(): void {
    if (stopped) return;
    run().then(
      () => retry(),
      () => retry(),
    );
  }

  function retry(): void {
    if (stopped) return;
    failures++;
    handlers.onStatus("down");
    timer = setTimeout(loop, reconnectDelay(failures));
  }

  loop();
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    abort?.abort();
  };
}
