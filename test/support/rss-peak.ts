/**
 * Peak resident memory while synchronous work runs: a worker thread samples the process's RSS
 * every millisecond into shared memory, so a parser that blocks the main thread is still
 * measured at its peak (process.resourceUsage().maxRSS only ever rises, so it cannot isolate
 * one piece of work).
 */
import { Worker } from 'node:worker_threads';

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData);
const tick = () => { const r = process.memoryUsage.rss(); if (r > peak[0]) peak[0] = r; };
setInterval(tick, 1);
`;

export interface RssPeak {
  /** Runs `work`, returning its result and the RSS growth at its peak over the RSS at its start, bytes. */
  measure<T>(work: () => Promise<T>): Promise<{ result: T | undefined; error: unknown; peakGrowth: number }>;
  stop(): Promise<void>;
}

export function rssPeak(): RssPeak {
  const shared = new SharedArrayBuffer(8);
  const peak = new Float64Array(shared);
  const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
  worker.unref();
  return {
    async measure(work) {
      const start = process.memoryUsage.rss();
      peak[0] = start;
      let result;
      let error: unknown;
      try {
        result = await work();
      } catch (e) {
        error = e;
      }
      await new Promise((r) => setTimeout(r, 3)); // one more sample after the work
      return { result, error, peakGrowth: Math.max(0, peak[0]! - start) };
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
