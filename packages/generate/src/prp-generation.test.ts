import { join } from 'node:path';
import { registerPipeline, runNamedPipeline } from '@ce/pipeline-testing';
import { describe, expect, it } from 'vitest';
import type { GeneratedPrp } from './generation-pipeline.js';
import { recordedContext7 } from './pipeline/recorded-context7.js';
import { prpGeneration } from './prp-generation.js';
import { demoRepo } from '../test/demo-repo.js';

describe('the prp-generation pipeline', () => {
  it('is the pipeline generatePrp runs: in unit mode only docs and synthesize are mocked, research ranks the real code index', async () => {
    registerPipeline(prpGeneration);
    const root = demoRepo();
    const result = await runNamedPipeline(root, 'prp-generation', { mode: 'unit', inputFile: join(root, 'INITIAL.md') });
    expect(result.mockedNodes).toEqual(['docs', 'synthesize']);
    expect(result.nodes.map((n) => `${n.name}:${n.strategy}`)).toEqual([
      'parse:parse-initial',
      'examples:check-examples',
      'research:code-index-research',
      'docs:recorded-context7',
      'facts:facts',
      'synthesize:recorded-model',
      'template:render-prp',
    ]);
    const output = result.output as GeneratedPrp;
    expect(output.facts.research.files.modify).toContain('src/cart.js');
    expect(output.facts.commands[2]).toContain('npm test');
    // The recorded chat completion went through the real openai-compatible adapter and passed the check.
    expect(output.synthesis.by).toBe('agent');
    expect(output.check.executable).toBe(true);
    expect(output.markdown).toMatch(/^prp_id: PRP-3$/m);
    // Its tokens were spent by the recorded run: replayed, not used.
    expect(result.tokens.used).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(result.tokens.replayed.inputTokens).toBeGreaterThan(0);
  });

  it('reads Context7 through a recorded MCP session: a recorded library gets its id and docs, an unknown one is left out', async () => {
    const docs = await recordedContext7()(['yaml', 'left-pad'], 'parse a config file');
    expect(docs).toEqual([
      expect.objectContaining({
        libraryId: '/eemeli/yaml',
        source: 'context7',
        excerpt: expect.stringContaining("import { parse } from 'yaml'"),
      }),
    ]);
  });
});
