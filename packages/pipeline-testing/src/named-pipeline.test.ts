import { join } from 'node:path';
import { gitRepo } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import {
  PIPELINE_MODES,
  listPipelines,
  namedPipelineGraph,
  registerPipeline,
  runNamedPipeline,
  strategy,
  type NodeTypes,
  type PipelineBuilder,
  type PipelineDefinition,
} from './index.js';
import { featureBrief } from '../test/feature-brief.js';
import { MODEL_COMMAND } from '../test/helpers.js';

/** A product pipeline as a package would register it: the worked example's feature brief. */
const briefPipeline: PipelineDefinition = {
  name: 'feature-brief',
  description: 'a feature brief from a request, the matching code and one library',
  input: 'a text file with the feature',
  exampleInput: 'Add a retry helper for flaky network calls',
  readInput: (text) => ({ feature: text, library: 'lru-cache' }),
  create: (mode, env) =>
    featureBrief(mode, { root: env.root, model: env.llmCommand ?? MODEL_COMMAND }) as unknown as PipelineBuilder<NodeTypes>,
};
registerPipeline(briefPipeline);

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
  it('lists the registered pipelines by name (the framework holds none of its own)', () => {
    expect(listPipelines().map((p) => p.name)).toEqual(['feature-brief']);
  });

  it('registers the same definition twice without complaint and refuses a different one under a taken name', () => {
    registerPipeline(briefPipeline);
    expect(() => registerPipeline({ ...briefPipeline })).toThrow('a different pipeline named "feature-brief" is already registered');
  });

  it('draws a registered pipeline as Mermaid, marking the nodes a mode mocks', () => {
    const unit = namedPipelineGraph('feature-brief', { mode: 'unit' });
    expect(unit.mermaid).toContain('flowchart LR');
    expect(unit.mermaid).toContain('parse --> research');
    expect(unit.mermaid).toContain('research --> write');
    expect(unit.mermaid).toMatch(/research\["research<br\/><small>mock: mock-serena<\/small>"\]:::mocked/);
    expect(unit.nodes.filter((n) => n.mocked).map((n) => n.name)).toEqual(['research', 'docs', 'write']);
    expect(namedPipelineGraph('feature-brief', { mode: 'integration' }).nodes.filter((n) => n.mocked)).toEqual([]);
  });

  it('refuses an unknown pipeline, listing the known ones', () => {
    expect(() => namedPipelineGraph('nope')).toThrow(/no pipeline named "nope"/);
  });

  for (const mode of PIPELINE_MODES) {
    it(`runs a registered pipeline in ${mode} mode from an input file`, async () => {
      const root = repo();
      const result = await runNamedPipeline(root, 'feature-brief', { mode, inputFile: 'INITIAL.md', llmCommand: MODEL_COMMAND });
      expect(result.mockedNodes).toEqual(mode === 'integration' ? [] : ['research', 'docs', 'write']);
      const output = result.output as { text: string };
      if (mode === 'integration') expect(output.text).toContain('## Summary');
      else expect(output.text).toMatch(/^Brief \(canned\): touch/);
    });
  }

  it('records a real run with a model program and replays it in e2e mode, saving ≥ 90% of the tokens', async () => {
    const root = repo();
    const fixture = join(root, 'fixtures', 'gen.json');
    const real = await runNamedPipeline(root, 'feature-brief', {
      mode: 'integration',
      inputFile: 'INITIAL.md',
      llmCommand: MODEL_COMMAND,
      record: fixture,
    });
    expect(real.tokens.used.inputTokens).toBeGreaterThan(0);
    const replayed = await runNamedPipeline(root, 'feature-brief', { mode: 'e2e', inputFile: 'INITIAL.md', replay: fixture });
    expect(replayed.mockedNodes).toEqual(['research', 'docs', 'write']);
    expect(replayed.output).toEqual(real.output);
    expect(replayed.tokenReport.usedTokens).toBe(0);
    expect(replayed.tokenReport.recordedTokens).toBe(real.tokens.used.inputTokens + real.tokens.used.outputTokens);
    expect(replayed.tokenReport.savedPercent).toBeGreaterThanOrEqual(90);
    expect(replayed.tokenReport.text).toMatch(/^tokens: 0 used vs [\d,]+ in the recorded real run \(100\.0% saved; target ≥ 90%\)$/);
  });

  it('runs a contributed strategy in place of a node, and names the plugin of one that is not a strategy', async () => {
    const root = repo();
    const shout = strategy('shout', () => ({ text: 'SHOUT', model: 'shout' }));
    const result = await runNamedPipeline(root, 'feature-brief', {
      mode: 'integration',
      llmCommand: MODEL_COMMAND,
      strategies: { write: { name: 'shout', value: () => shout, plugin: 'ce-plugin-x' } },
    });
    expect(result.replaced).toEqual({ write: 'shout' });
    expect(result.output).toEqual({ text: 'SHOUT', model: 'shout' });
    await expect(
      runNamedPipeline(root, 'feature-brief', { strategies: { write: { name: 'bad', value: 42, plugin: 'ce-plugin-x' } } }),
    ).rejects.toThrow('node strategy "bad" from plugin ce-plugin-x is not a NodeStrategy');
    await expect(runNamedPipeline(root, 'feature-brief', { strategies: { ghost: { name: 'shout', value: shout } } })).rejects.toThrow(
      'has no node "ghost"',
    );
  });

  it('refuses a missing input file and record with replay together', async () => {
    const root = repo();
    await expect(runNamedPipeline(root, 'feature-brief', { inputFile: 'MISSING.md' })).rejects.toThrow(
      'input file MISSING.md does not exist',
    );
    await expect(runNamedPipeline(root, 'feature-brief', { record: 'a.json', replay: 'b.json' })).rejects.toThrow(
      'record and replay cannot be used together',
    );
  });
});
