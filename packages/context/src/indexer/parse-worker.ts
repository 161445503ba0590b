// Worker thread entry: processes batches of file jobs sent by the parse pool.
import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob, type FileOutcome } from './process-file.js';

parentPort?.on('message', (batch: FileJob[]) => {
  void (async () => {
    const outcomes: FileOutcome[] = [];
    for (const job of batch) outcomes.push(await processFile(job));
    parentPort?.postMessage(outcomes);
  })();
});
