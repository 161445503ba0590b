import { join } from 'node:path';
import { Logger } from '@ce/core';
import { gitRepo, useTempDir } from '@ce/test-utils';
import { RecordingStrategy, ReplayStrategy, standaloneContext, tokenReport } from './index.js';
import { MockSerenaStrategy } from './mocks/index.js';
import { describe, expect, it } from 'vitest';
import { featureBrief, type Request } from '../test/feature-brief.js';
import { MODEL_COMMAND } from '../test/helpers.js';

const request: Request = { feature: 'Cache the parsed config', library: 'lru-cache' };

// A real repository: the code research searches it, the docs come from its node_modules.
function repository(): string {
  return gitRepo({
    'src/config.ts': 'export function parseConfig(text: string) {\n  return JSON.parse(text);\n}\n',
    'src/cache.ts': '// cache helpers\nexport const cacheSize = 500;\n',
    'node_modules/lru-cache/package.json': '{"name": "lru-cache", "version": "11.0.0"}',
    'node_modules/lru-cache/README.md': '# lru-cache\n\n## Usage\n\nconst cache = new LRUCache({ max: 500 })\n',
  });
}

/** Runs the real pipeline once, recording every call of its external nodes (research, docs, write). */
async function recordRealRun(root: string, fixture: string) {
  const builder = featureBrief('integration', { root, model: MODEL_COMMAND });
  for (const node of builder.externalNodes()) builder.replaceStrategy(node, (real) => new RecordingStrategy(real, { fixture }));
  return builder.build().run(request);
}

describe('worked example: the feature-brief pipeline', () => {
  // Unit: one node in isolation, with canned data.
  it('unit: research finds the canned file for the parsed words', async () => {
    const serena = new MockSerenaStrategy({ files: { 'src/cache.ts': 'export function cache() {}' } });
    expect(await serena.execute({ query: 'cache parsed config' }, standaloneContext('research'))).toEqual({
      symbols: [],
      matches: { 'src/cache.ts': ['1: export function cache() {}'] },
    });
  });

  // Unit: the whole graph with every node that has a mock mocked.
  it('unit: the pipeline runs on mocks only, and says so', async () => {
    const lines: string[] = [];
    const logger = new Logger({ stream: { write: (t: string) => lines.push(t) } });
    const result = await featureBrief('unit', { root: useTempDir(), model: MODEL_COMMAND }).build().run(request, { logger });
    expect(lines[0]).toBe('MOCKED NODES: research, docs, write\n');
    expect(result.output).toEqual({ text: 'Brief (canned): touch src/cache.ts', model: 'mock-llm' });
  });

  // Integration: real components (code search, docs, the model program), their calls recorded.
  it('integration: real components, recorded to a fixture', async () => {
    const root = repository();
    const result = await recordRealRun(root, join(root, 'fixtures', 'feature-brief.json'));
    expect(result.mockedNodes).toEqual([]);
    expect(result.outputs.research.matches).toHaveProperty(['src/cache.ts']);
    expect(result.outputs.docs[0]?.content).toContain('new LRUCache');
    expect(result.outputs.write.text).toContain('## Summary');
    expect(result.tokens.used.inputTokens).toBeGreaterThan(0);
  });

  // E2E: the whole pipeline with the outside world mocked or replayed: no process, no tokens.
  it('e2e: replays the recorded model, mocks research and docs, and saves ≥ 90% of the tokens', async () => {
    const root = repository();
    const fixture = join(root, 'fixtures', 'feature-brief.json');
    const real = await recordRealRun(root, fixture);

    const e2e = featureBrief('e2e', { root, model: 'no-such-model-program' });
    for (const node of e2e.externalNodes()) e2e.replaceStrategy(node, new ReplayStrategy({ fixture }));
    const result = await e2e.build().run(request);
    expect(result.mockedNodes).toEqual(['research', 'docs', 'write']);
    expect(result.output).toEqual(real.output);

    const report = tokenReport(result);
    expect(report.usedTokens).toBe(0);
    expect(report.recordedTokens).toBe(real.tokens.used.inputTokens + real.tokens.used.outputTokens);
    expect(report.savedPercent).toBeGreaterThanOrEqual(90);
    expect(report.meetsTarget).toBe(true);
  });
});

describe('worked example: a request the recording does not hold', () => {
  it('fails loudly, naming the fixture and the node', async () => {
    const root = repository();
    const fixture = join(root, 'fixtures', 'feature-brief.json');
    await recordRealRun(root, fixture);
    const e2e = featureBrief('e2e', { root, model: MODEL_COMMAND });
    for (const node of e2e.externalNodes()) e2e.replaceStrategy(node, new ReplayStrategy({ fixture }));
    await expect(e2e.build().run({ ...request, feature: 'Something never recorded' })).rejects.toThrow(
      new RegExp(`${fixture.replace(/[/.]/g, '\\$&')}: node "(research|docs)" made a request that was not recorded`),
    );
  });
});
