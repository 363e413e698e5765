import { Worker } from "node:worker_threads";
import { parseTeamDocument, readValidTeam, type ParseLimits, type ParseResult } from "@rolegraph/schema";
import { DomainError } from "../errors.ts";
import type { ParseAnswer, ParseRequest } from "./parse-job.ts";

/**
 * Below this length (in characters) a document is parsed in the caller: the seed example (32 KB) takes a few
 * milliseconds, less than the hop to a worker and back.
 */
const INLINE_CHARS = 64 * 1024;
/**
 * Up to this length a document is first read fast in the caller (readValidTeam): a valid
 * 190 KB team file (an L-sized team) takes about 10 ms that way, where the hop to the worker
 * and back (the text out, the team cloned back) cost as much again. Only when that read
 * fails, or the document is longer, does the worker read it with positions for its errors.
 */
const FAST_INLINE_CHARS = 256 * 1024;
/**
 * The worker's heap. A document at the element limit (100,000) takes about 110 MB to build;
 * past this the worker is stopped and the document refused, rather than the process growing.
 */
const WORKER_HEAP_MB = 512;

interface Job { request: ParseRequest; resolve: (result: ParseResult) => void; reject: (error: Error) => void }

/**
 * Team documents parsed off the event loop, one at a time. Parsing a 9 MB document of small
 * roles took 18 to 27 s of CPU and 1.4 to 1.9 GB on the server's own thread: /healthz stopped
 * answering, and three at once took 2.8 GB. Here the work runs in one worker thread with a
 * bounded heap, so the loop keeps answering, and a queue, so documents sent together are
 * built one after another and their memory does not add up.
 */
export class ParsePool {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;

  parse(text: string, limits: ParseLimits): Promise<ParseResult> {
    if (text.length <= INLINE_CHARS) return Promise.resolve(parseTeamDocument(text, limits));
    const team = text.length <= FAST_INLINE_CHARS ? readValidTeam(text, limits) : undefined;
    if (team) return Promise.resolve({ ok: true, team });
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, text, limits }, resolve, reject });
      this.next();
    });
  }

  /** Stops the worker (tests, shutdown); documents still queued are refused. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error("the document parser was stopped"));
    await this.worker?.terminate();
  }

  private next(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    this.start().postMessage(job.request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // Compiled (production: this file is dist/documents/parse-pool.js) the job is plain
    // JavaScript beside it; from sources the .mjs entry registers tsx, then loads the job.
    const compiled = import.meta.url.endsWith(".js");
    const worker = new Worker(new URL(compiled ? "./parse-job.js" : "./parse-worker.mjs", import.meta.url), {
      // No inherited flags (tsx's own, a debugger's), but the export condition that makes
      // workspace packages resolve to their compiled dist/.
      execArgv: compiled ? ["--conditions=compiled"] : [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    worker.on("message", (answer: ParseAnswer) => {
      const job = this.running;
      if (!job || job.request.id !== answer.id) return;
      this.running = undefined;
      job.resolve(answer.result);
      this.next();
    });
    worker.on("error", (error: Error & { code?: string }) => this.lost(worker, error));
    worker.on("exit", (code) => this.lost(worker, new Error(`the document parser stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** The worker died (out of heap, or a bug): its document is refused, the next gets a new worker. */
  private lost(worker: Worker, error: Error & { code?: string }): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const job = this.running;
    this.running = undefined;
    if (job) {
      job.reject(error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new DomainError("TOO_LARGE", `the document needs more than ${WORKER_HEAP_MB} MB to read; split it into smaller documents`)
        : error);
    }
    this.next();
  }
}

let shared: ParsePool | undefined;
/** The process's parse pool (one worker), started on first use. */
export function parsePool(): ParsePool {
  shared ??= new ParsePool();
  return shared;
}
