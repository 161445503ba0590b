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
/** Worker threads started ahead of need, so that their start-up overlaps the file scan. */
export interface WorkerPool {
  readonly size: number;
  take(): Worker[];
  close(): void;
}

/** Starts `count` parse workers now (undefined when the built worker script is not available). */
export function startWorkers(count = Math.min(2, availableParallelism())): WorkerPool | undefined {
  const script = workerScript();
  if (!script || count <= 0) return undefined;
  let workers: Worker[] | undefined = Array.from({ length: count }, () => new Worker(script));
  // A worker that fails before it is used must not crash the process.
  for (const worker of workers) worker.on('error', () => undefined);
  return {
    size: count,
    take() {
      const taken = workers ?? [];
      workers = undefined;
      return taken;
    },
    close() {
      for (const worker of workers ?? []) void worker.terminate();
      workers = undefined;
    },
  };
}

export async function processFiles(
  jobs: FileJob[],
  options: ProcessOptions & { pool?: WorkerPool } = {},
): Promise<{ outcomes: FileOutcome[]; workers: number }> {
  const script = workerScript();
  const wanted = options.workers ?? (jobs.length >= WORKER_THRESHOLD ? Math.min(2, availableParallelism()) : 0);
  if (!script || wanted <= 0) {
    options.pool?.close();
    const outcomes: FileOutcome[] = [];
    for (const job of jobs) {
      outcomes.push(await processFile(job));
      options.onProgress?.(outcomes.length, jobs.length);
    }
    return { outcomes, workers: 0 };
  }
  const started = options.pool?.take() ?? [];
  const workers = Array.from({ length: wanted }, (_, i) => started[i] ?? new Worker(script));
  for (const extra of started.slice(wanted)) void extra.terminate();
  return { outcomes: await runInWorkers(workers, jobs, options), workers: wanted };
}

function runInWorkers(workers: Worker[], jobs: FileJob[], options: ProcessOptions): Promise<FileOutcome[]> {
  // Largest files first so that the two threads finish together.
  const queue = jobs.map((job, index) => ({ job, index })).sort((a, b) => (b.job.size ?? 0) - (a.job.size ?? 0));
  const outcomes: FileOutcome[] = new Array<FileOutcome>(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
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
    for (const worker of workers) {
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
      feed(worker, pending);
    }
  });
}
