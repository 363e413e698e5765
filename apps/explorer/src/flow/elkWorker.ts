import ELK, { type ELK as ElkApi } from "elkjs/lib/elk-api.js";
import workerUrl from "elkjs/lib/elk-worker.min.js?url";
import { elkInThread, type Elk } from "./layout.ts";

let worker: ElkApi | undefined;

/**
 * ELK in a Web Worker: a layered layout of a hundred nodes takes a second or more, and the
 * map stays responsive meanwhile. Where a worker cannot start, ELK runs in this thread.
 */
export const elkInWorker: Elk = async (graph) => {
  try {
    worker ??= new ELK({ workerUrl });
    return await worker.layout(graph);
  } catch {
    worker = undefined;
    return elkInThread(graph);
  }
};
