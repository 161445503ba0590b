import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { processFile, type FileJob, type FileOutcome } from './process-file.js';

export interface ProcessOptions {
  /** Called after each file with (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to use; 0 parses in this thread. Default: up to 2 when there is enough to parse. */
  workers?: number;
}

/** Below this many files to parse, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 64;
const BATCH = 8;

/** The built worker script beside this module (absent when running from TypeScript sources). */
function workerScript(): URL | undefined {
  const url = new URL('./parse-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Reads, hashes and parses files, in worker threads when there are many (tree-sitter parsing is
 * CPU-bound and the grammars are loaded once per thread), else in this thread.
 */
export async function processFiles(jobs: FileJob[], options: ProcessOptions = {}): Promise<{ outcomes: FileOutcome[]; workers: number }> {
  const script = workerScript();
  const wanted = options.workers ?? (jobs.length >= WORKER_THRESHOLD ? Math.min(2, availableParallelism()) : 0);
  if (!script || wanted <= 0) {
    const outcomes: FileOutcome[] = [];
    for (const job of jobs) {
      outcomes.push(await processFile(job));
      options.onProgress?.(outcomes.length, jobs.length);
    }
    return { outcomes, workers: 0 };
  }
  return { outcomes: await runInWorkers(script, jobs, wanted, options), workers: wanted };
}

function runInWorkers(script: URL, jobs: FileJob[], count: number, options: ProcessOptions): Promise<FileOutcome[]> {
  // Largest files first so that the two threads finish together.
  const queue = jobs.map((job, index) => ({ job, index })).sort((a, b) => (b.job.size ?? 0) - (a.job.size ?? 0));
  const outcomes: FileOutcome[] = new Array<FileOutcome>(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let finished = 0;
    const stopAll = (): void => {
      for (const worker of workers) void worker.terminate();
    };
    const feed = (worker: Worker, pending: { index: number }[]): void => {
      if (next >= queue.length) {
        finished++;
        void worker.terminate();
        if (finished === workers.length) resolve(outcomes);
        return;
      }
      const batch = queue.slice(next, next + BATCH);
      next += batch.length;
      pending.splice(0, pending.length, ...batch);
      worker.postMessage(batch.map((entry) => entry.job));
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script);
      const pending: { index: number }[] = [];
      worker.on('message', (results: FileOutcome[]) => {
        results.forEach((outcome, k) => (outcomes[pending[k]!.index] = outcome));
        done += results.length;
        options.onProgress?.(done, jobs.length);
        feed(worker, pending);
      });
      worker.on('error', (error) => {
        stopAll();
        reject(error);
      });
      workers.push(worker);
      feed(worker, pending);
    }
  });
}
