import { join } from 'node:path';
import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { PIPELINE_MODES, listPipelines, namedPipelineGraph, parseInitial, runNamedPipeline, strategy } from './index.js';
import { MODEL_COMMAND } from '../test/helpers.js';

const INITIAL = `## FEATURE

Add a retry helper for flaky network calls.

- retries three times
- waits longer each time

## DOCUMENTATION

- \`left-pad\`
`;

function repo(): string {
  return gitRepo({
    'INITIAL.md': INITIAL,
    'src/network.ts': 'export async function fetchWithRetry(url: string) {\n  // retry flaky network calls\n}\n',
    'node_modules/left-pad/package.json': '{"name":"left-pad","version":"1.3.0"}',
    'node_modules/left-pad/README.md': '# left-pad\n\nPads strings.\n',
  });
}

describe('named pipelines', () => {
  it('lists prp-generation and prp-execution', () => {
    expect(listPipelines().map((p) => p.name)).toEqual(['prp-generation', 'prp-execution']);
  });

  it('draws prp-generation as Mermaid, marking the nodes a mode mocks', () => {
    const unit = namedPipelineGraph('prp-generation', { mode: 'unit' });
    expect(unit.mermaid).toContain('flowchart LR');
    expect(unit.mermaid).toContain('parse --> research');
    expect(unit.mermaid).toContain('synthesize --> template');
    expect(unit.mermaid).toMatch(/research\["research<br\/><small>mock: mock-serena<\/small>"\]:::mocked/);
    expect(unit.nodes.filter((n) => n.mocked).map((n) => n.name)).toEqual(['research', 'docs', 'synthesize']);
    expect(namedPipelineGraph('prp-generation', { mode: 'integration' }).nodes.filter((n) => n.mocked)).toEqual([]);
  });

  it('refuses an unknown pipeline, listing the known ones', () => {
    expect(() => namedPipelineGraph('nope')).toThrow(/no pipeline named "nope"/);
  });

  for (const mode of PIPELINE_MODES) {
    it(`runs prp-generation in ${mode} mode to a PRP with every primary section`, async () => {
      const root = repo();
      const result = await runNamedPipeline(root, 'prp-generation', { mode, inputFile: 'INITIAL.md' });
      expect(result.mockedNodes).toEqual(mode === 'integration' ? [] : ['research', 'docs', 'synthesize']);
      const output = result.output as { markdown: string; missingSections: string[]; tasks: number };
      expect(output.missingSections).toEqual([]);
      expect(output.tasks).toBeGreaterThan(0);
      expect(output.markdown).toContain('# Add a retry helper for flaky network calls');
      if (mode === 'integration') {
        expect(output.markdown).toContain('- file: src/network.ts');
        expect(output.markdown).toContain('- docs: left-pad');
      }
    });
  }

  it('runs prp-execution and reports the task files missing from the repository', async () => {
    const result = await runNamedPipeline(repo(), 'prp-execution', { mode: 'e2e' });
    expect(result.mockedNodes).toEqual(['agent']);
    expect(result.output).toEqual({
      passed: false,
      checked: ['src/config/loader.ts', 'src/cli.ts'],
      missing: ['src/config/loader.ts', 'src/cli.ts'],
      agent: 'Implemented 2 task(s): write the loader; wire it into the CLI',
    });
  });

  it('records a real run with a model program and replays it in e2e mode, saving ≥ 90% of the tokens', async () => {
    const root = repo();
    const fixture = join(root, 'fixtures', 'gen.json');
    const real = await runNamedPipeline(root, 'prp-generation', {
      mode: 'integration',
      inputFile: 'INITIAL.md',
      llmCommand: MODEL_COMMAND,
      record: fixture,
    });
    expect(real.tokens.used.inputTokens).toBeGreaterThan(0);
    const replayed = await runNamedPipeline(root, 'prp-generation', { mode: 'e2e', inputFile: 'INITIAL.md', replay: fixture });
    expect(replayed.mockedNodes).toEqual(['research', 'docs', 'synthesize']);
    expect(replayed.output).toEqual(real.output);
    expect(replayed.tokenReport.usedTokens).toBe(0);
    expect(replayed.tokenReport.recordedTokens).toBe(real.tokens.used.inputTokens + real.tokens.used.outputTokens);
    expect(replayed.tokenReport.savedPercent).toBeGreaterThanOrEqual(90);
    expect(replayed.tokenReport.text).toMatch(/^tokens: 0 used vs [\d,]+ in the recorded real run \(100\.0% saved; target ≥ 90%\)$/);
  });

  it('runs a contributed strategy in place of a node, and names the plugin of one that is not a strategy', async () => {
    const root = repo();
    const shout = strategy('shout', () => ({ text: '## Goal\n\nSHOUT', model: 'shout' }));
    const result = await runNamedPipeline(root, 'prp-generation', {
      mode: 'integration',
      strategies: { synthesize: { name: 'shout', value: () => shout, plugin: 'ce-plugin-x' } },
    });
    expect(result.replaced).toEqual({ synthesize: 'shout' });
    expect((result.output as { markdown: string }).markdown).toContain('SHOUT');
    await expect(
      runNamedPipeline(root, 'prp-generation', { strategies: { synthesize: { name: 'bad', value: 42, plugin: 'ce-plugin-x' } } }),
    ).rejects.toThrow('node strategy "bad" from plugin ce-plugin-x is not a NodeStrategy');
    await expect(runNamedPipeline(root, 'prp-generation', { strategies: { ghost: { name: 'shout', value: shout } } })).rejects.toThrow(
      'has no node "ghost"',
    );
  });

  it('refuses a missing input file and record with replay together', async () => {
    const root = repo();
    await expect(runNamedPipeline(root, 'prp-generation', { inputFile: 'MISSING.md' })).rejects.toThrow(
      'input file MISSING.md does not exist',
    );
    await expect(runNamedPipeline(root, 'prp-generation', { record: 'a.json', replay: 'b.json' })).rejects.toThrow(
      'record and replay cannot be used together',
    );
  });

  it('reads keywords and libraries from an INITIAL.md', () => {
    expect(parseInitial(INITIAL)).toMatchObject({ title: 'Add a retry helper for flaky network calls', libraries: ['left-pad'] });
    expect(parseInitial(INITIAL).keywords).toContain('retry');
  });
});
