import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerPipeline, runNamedPipeline } from '@ce/pipeline-testing';
import { git, gitRepo } from '@ce/test-utils';
import { prpExecution } from './prp-execution-pipeline.js';
import type { ExecuteResult } from './types.js';

describe('the prp-execution pipeline, registered with @ce/pipeline-testing', () => {
  it('runs the real executePrp with only the agent replayed, in a clone that leaves the repository untouched', async () => {
    registerPipeline(prpExecution);
    const root = gitRepo({ 'README.md': '# x\n' });
    const result = await runNamedPipeline(root, 'prp-execution', { mode: 'e2e' });
    expect(result.mockedNodes).toEqual(['agent']);
    expect(result.nodes.map((n) => `${n.name}:${n.strategy}`)).toEqual([
      'tasks:parse-prp',
      'workspace:sandbox-clone',
      'agent:replayed-agent',
      'execute:execute-prp',
    ]);
    const output = result.output as ExecuteResult;
    expect(output).toMatchObject({ status: 'completed', exitCode: 0, prpId: 'PRP-1', agent: 'command' });
    expect(output.tasks.map((t) => [t.number, t.implementedBy, t.passed])).toEqual([
      ['1', 'agent', true],
      ['2', 'agent', true],
    ]);
    expect(output.filesTouched).toEqual(['src/cli.ts', 'src/config/loader.ts']);
    expect(output.checkpoints.some((tag) => tag.startsWith('checkpoint-PRP-1-final-'))).toBe(true);
    // The person's repository is as it was: no files written, no checkpoint tags.
    expect(existsSync(join(root, 'src'))).toBe(false);
    expect(git(root, 'tag', '-l')).toBe('');
  });
});
