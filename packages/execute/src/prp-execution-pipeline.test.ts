import { describe, expect, it } from 'vitest';
import { registerPipeline, runNamedPipeline } from '@ce/pipeline-testing';
import { gitRepo } from '@ce/test-utils';
import { prpExecution } from './prp-execution-pipeline.js';

describe('the prp-execution pipeline, registered with @ce/pipeline-testing', () => {
  it('runs end to end with the agent mocked and reports the task files missing from the repository', async () => {
    registerPipeline(prpExecution);
    const result = await runNamedPipeline(gitRepo({ 'README.md': '# x\n' }), 'prp-execution', { mode: 'e2e' });
    expect(result.mockedNodes).toEqual(['agent']);
    expect(result.output).toEqual({
      passed: false,
      checked: ['src/config/loader.ts', 'src/cli.ts'],
      missing: ['src/config/loader.ts', 'src/cli.ts'],
      agent: 'Implemented 2 task(s): write the loader; wire it into the CLI',
    });
  });
});
