import { fileURLToPath } from 'node:url';
import { sleep, strategy, type NodeStrategy } from '../src/index.js';

/** A real model program (a Node script) for CommandLLMStrategy. */
export const MODEL_COMMAND = `${JSON.stringify(process.execPath)} ${JSON.stringify(fileURLToPath(new URL('./fixtures/model.mjs', import.meta.url)))}`;

/** A real node that takes `ms` and honours cancellation; `started` records that it began. */
export function slowNode<T>(name: string, ms: number, output: T, started: string[] = []): NodeStrategy<unknown, T> {
  return strategy(name, async (_input, context) => {
    started.push(name);
    await sleep(ms, context.signal);
    return output;
  });
}
