import { Gate } from "./gate.ts";

/**
 * The reads that build a whole team's answer in memory (a team's composition map, a team's
 * gap-report analysis) take turns here: two at a time, the cores of the machine this was
 * measured on (docs/performance.md, "h21-mix"). More at once would not finish sooner, only
 * hold more answers in memory and queue the point reads behind them.
 */
export const heavyReads = new Gate(2);

