import { parentPort } from "node:worker_threads";
import { parseTeamDocument, type ParseLimits, type ParseResult } from "@rolegraph/schema";

/** One request to the parse worker, and its answer. */
export interface ParseRequest { id: number; text: string; limits: ParseLimits }
export interface ParseAnswer { id: number; result: ParseResult }

// Runs in the worker thread (parse-worker.mjs loads it): parses each document it is sent.
parentPort?.on("message", (request: ParseRequest) => {
  const answer: ParseAnswer = { id: request.id, result: parseTeamDocument(request.text, request.limits) };
  parentPort?.postMessage(answer);
});
