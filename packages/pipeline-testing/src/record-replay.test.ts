import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir } from '@ce/test-utils';
import { CeError } from '@ce/core';
import { describe, expect, it } from 'vitest';
import {
  CommandLLMStrategy,
  PipelineBuilder,
  type NodeStrategy,
  RecordingStrategy,
  ReplayStrategy,
  fixtureUsage,
  readFixture,
  standaloneContext,
  strategy,
  tokenReport,
} from './index.js';
import { MODEL_COMMAND } from '../test/helpers.js';

function pipeline(mode: 'integration' | 'e2e', llm: NodeStrategy<string, { text: string }>) {
  return new PipelineBuilder({ mode, name: 'summarise' })
    .addNode(
      'prompt',
      strategy('prompt', (topic: string) => `Summarise ${topic} in one line.`),
    )
    .addNode('llm', llm, { external: true })
    .addEdge('prompt', 'llm')
    .build();
}

describe('record → replay', () => {
  it("records a real strategy's exchanges with their tokens, and replays them without calling it", async () => {
    const dir = useTempDir();
    const fixture = join(dir, 'fixtures', 'summarise.json');
    const real = new CommandLLMStrategy({ command: MODEL_COMMAND });
    const recorded = await pipeline('integration', new RecordingStrategy(real, { fixture })).run('parallel pipelines');
    expect(recorded.mockedNodes).toEqual([]);
    const realTokens = recorded.tokens.used.inputTokens + recorded.tokens.used.outputTokens;
    expect(realTokens).toBeGreaterThan(700);

    const data = readFixture(fixture);
    expect(data.exchanges).toHaveLength(1);
    expect(data.exchanges[0]).toMatchObject({
      node: 'llm',
      request: 'Summarise parallel pipelines in one line.',
      usage: recorded.tokens.used,
    });
    expect(readdirSync(join(dir, 'fixtures'))).toEqual(['summarise.json']);

    const replayed = await pipeline('e2e', new ReplayStrategy({ fixture })).run('parallel pipelines');
    expect(replayed.mockedNodes).toEqual(['llm']);
    expect(replayed.output).toEqual(recorded.output);
    expect(replayed.tokens.used).toEqual({ inputTokens: 0, outputTokens: 0 });

    const report = tokenReport(replayed);
    expect(report.recordedTokens).toBe(realTokens);
    expect(report.usedTokens).toBe(0);
    expect(report.savedPercent).toBe(100);
    expect(report.meetsTarget).toBe(true);
    expect(report.text).toContain('(100.0% saved; target ≥ 90%)');
    expect(tokenReport(replayed, { baseline: fixtureUsage(fixture) }).recordedTokens).toBe(realTokens);
    expect(tokenReport(replayed, { baseline: recorded }).savedTokens).toBe(realTokens);
  });

  it('fails loudly on a request that was not recorded, naming the fixture file and the request', async () => {
    const dir = useTempDir();
    const fixture = join(dir, 'f.json');
    await pipeline('integration', new RecordingStrategy(new CommandLLMStrategy({ command: MODEL_COMMAND }), { fixture })).run('cats');
    const error = await pipeline('e2e', new ReplayStrategy({ fixture }))
      .run('dogs')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CeError);
    const ce = error as CeError;
    expect(ce.code).toBe('replay-unrecorded-request');
    expect(ce.file).toBe(fixture);
    expect(ce.line).toContain(fixture);
    expect(ce.line).toContain('node "llm"');
    expect(ce.line).toContain('Summarise dogs in one line.');
    expect(ce.hint).toContain('1 other request(s)');
  });

  it('re-recording the same request replaces it, other requests are kept', async () => {
    const fixture = join(useTempDir(), 'f.json');
    let n = 0;
    const counter = new RecordingStrategy(
      strategy('counter', (x: string) => `${x}${++n}`),
      { fixture, node: 'c' },
    );
    await counter.execute('a');
    await counter.execute('b');
    await counter.execute('a');
    const data = readFixture(fixture);
    expect(data.exchanges.map((e) => [e.request, e.response])).toEqual([
      ['b', 'b2'],
      ['a', 'a3'],
    ]);
    const replay = new ReplayStrategy<string, string>({ fixture, node: 'c' });
    const context = standaloneContext('c');
    expect(await replay.execute('a', context)).toBe('a3');
    expect(replay.isMocked()).toBe(true);
    expect(counter.isMocked()).toBe(false);
  });

  it('refuses a missing or malformed fixture file, naming it', () => {
    const dir = useTempDir();
    expect(() => new ReplayStrategy({ fixture: join(dir, 'none.json') })).toThrow(/none\.json does not exist/);
    writeFileSync(join(dir, 'bad.json'), '{not json');
    expect(() => new ReplayStrategy({ fixture: join(dir, 'bad.json') })).toThrow(/bad\.json is not valid JSON/);
    writeFileSync(join(dir, 'other.json'), '{"exchanges": 3}');
    expect(() => new ReplayStrategy({ fixture: join(dir, 'other.json') })).toThrow(/other\.json is not a ce pipeline fixture/);
    expect(existsSync(join(dir, 'none.json'))).toBe(false);
    expect(readFileSync(join(dir, 'bad.json'), 'utf8')).toBe('{not json');
  });
});
