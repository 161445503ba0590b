// Worker thread entry: processes batches of file jobs sent by the parse pool.
import { parentPort } from 'node:worker_threads';
import { preloadRuntime } from '@ce/parse';
import { processFile, type FileJob, type FileOutcome } from './process-file.js';

// Load the tree-sitter runtime while the main thread lists the files (a failure shows on first use).
void preloadRuntime().catch(() => undefined);

parentPort?.on('message', (batch: FileJob[]) => {
  void (async () => {
    const outcomes: FileOutcome[] = [];
    for (const job of batch) outcomes.push(await processFile(job));
    parentPort?.postMessage(outcomes);
  })();
});
