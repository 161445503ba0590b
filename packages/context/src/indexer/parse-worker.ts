// Worker thread entry: processes batches of file jobs sent by the parse pool.
import { parentPort } from 'node:worker_threads';
import { processFile, type FileJob, type FileOutcome } from './process-file.js';

// The tree-sitter runtime is not preloaded: TypeScript and JavaScript, most of what is indexed,
// are parsed by oxc, and compiling the runtime's wasm would take a core from the other worker.

parentPort?.on('message', (batch: FileJob[]) => {
  void (async () => {
    const outcomes: FileOutcome[] = [];
    for (const job of batch) outcomes.push(await processFile(job));
    parentPort?.postMessage(outcomes);
  })();
});
