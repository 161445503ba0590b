import { CommandRun } from '../command-run.js';
import { enterRoot } from '../command-root.js';
import { reportFailure, writePlainJson } from '../command-failure.js';
import { commandProgress } from '../progress.js';
import type { DirectInvocation } from './direct-invocation.js';

/**
 * Runs a direct invocation (direct-invocation.ts) without oclif. The steps are BaseCommand's, in its order: the
 * run log around everything, the root and config check, the command, the run log's end, then the
 * JSON result; a failure is reported by the same function.
 */
export async function runDirect(invocation: DirectInvocation): Promise<void> {
  const { command, json } = invocation;
  const run = new CommandRun(command.id, invocation.argv);
  const result = await run.around(async () => {
    try {
      const root = enterRoot(command.id, invocation.cwd, { run, checksConfig: true });
      const log = json ? () => {} : (line: string) => console.log(line);
      return await command.run(root, invocation.booleans, { progress: commandProgress(json), log });
    } catch (error) {
      reportFailure(error, { json, run });
      return undefined;
    } finally {
      run.end();
    }
  });
  if (result && json) writePlainJson(result);
}
