import { Logger, UsageError, isCeError } from '@ce/core';
import { describe, expect, it } from 'vitest';
import { PipelineBuilder, strategy, type PipelineEvent } from './index.js';
import { MockLLMStrategy } from './mocks/index.js';

const id = (name: string) => strategy(name, (x: unknown) => x);

function buildError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('PipelineBuilder validation', () => {
  it('rejects an edge to an unknown node, naming the node', () => {
    const error = buildError(() =>
      new PipelineBuilder({ name: 'p' })
        .addNode('a', id('a'))
        .addEdge('a', 'ghost' as 'a')
        .build(),
    );
    expect(error.code).toBe('pipeline-unknown-node');
    expect(error.message).toContain('"ghost"');
    expect(error.exitCode).toBe(2);
  });

  it('rejects a cycle and names the nodes on it in order', () => {
    const builder = new PipelineBuilder({ name: 'p' })
      .addNode('start', id('s'))
      .addNode('a', id('a'))
      .addNode('b', id('b'))
      .addNode('c', id('c'));
    builder.addEdge('start', 'a').addEdge('a', 'b').addEdge('b', 'c').addEdge('c', 'a');
    const error = buildError(() => builder.build());
    expect(error.code).toBe('pipeline-cycle');
    expect(error.message).toContain('a → b → c → a');
  });

  it('rejects a node that feeds itself', () => {
    const error = buildError(() => new PipelineBuilder().addNode('a', id('a')).addEdge('a', 'a').build());
    expect(error.code).toBe('pipeline-cycle');
    expect(error.message).toContain('a → a');
  });

  it('rejects a node not reachable from the explicit entry, naming it', () => {
    const builder = new PipelineBuilder({ name: 'p' })
      .addNode('a', id('a'))
      .addNode('b', id('b'))
      .addNode('orphan', id('o'))
      .addNode('tail', id('t'));
    builder.addEdge('a', 'b').addEdge('orphan', 'tail').setEntry('a');
    const error = buildError(() => builder.build());
    expect(error.code).toBe('pipeline-unreachable-node');
    expect(error.message).toContain('"orphan"');
    expect(error.message).toContain('"tail"');
  });

  it('rejects a node no edge touches in a wired pipeline', () => {
    const error = buildError(() =>
      new PipelineBuilder().addNode('a', id('a')).addNode('b', id('b')).addNode('lost', id('l')).addEdge('a', 'b').build(),
    );
    expect(error.code).toBe('pipeline-unreachable-node');
    expect(error.message).toContain('"lost"');
  });

  it('rejects an unknown entry, a duplicate node, an empty pipeline and an unknown mode', () => {
    expect(
      buildError(() =>
        new PipelineBuilder()
          .addNode('a', id('a'))
          .setEntry('zz' as 'a')
          .build(),
      ).message,
    ).toContain('"zz"');
    expect(buildError(() => new PipelineBuilder().addNode('a', id('a')).addNode('a', id('a'))).code).toBe('pipeline-duplicate-node');
    expect(buildError(() => new PipelineBuilder().build()).code).toBe('pipeline-empty');
    expect(buildError(() => new PipelineBuilder({ mode: 'smoke' as 'unit' })).code).toBe('pipeline-bad-mode');
    expect(buildError(() => new PipelineBuilder().addNode('../x', id('a'))).code).toBe('invalid-name');
  });
});

describe('modes choose strategies', () => {
  const real = strategy('real-llm', () => ({ text: 'real', model: 'r' }));
  const mock = new MockLLMStrategy('mocked');
  const parse = strategy('parse', (s: string) => s.toUpperCase());
  const make = (mode: 'unit' | 'integration' | 'e2e') =>
    new PipelineBuilder({ mode, name: 'm' })
      .addNode('parse', parse, { mock: strategy('parse-mock', () => 'MOCK', { mocked: true }) })
      .addNode('llm', real, { mock, external: true })
      .build();

  it('unit runs every mock, integration every real strategy, e2e mocks only external nodes', () => {
    expect(make('unit').mockedNodes).toEqual(['parse', 'llm']);
    expect(make('integration').mockedNodes).toEqual([]);
    expect(make('e2e').mockedNodes).toEqual(['llm']);
  });
});

describe('running a pipeline', () => {
  it('passes typed data along edges; a join node gets its inputs by predecessor name', async () => {
    const pipeline = new PipelineBuilder({ name: 'typed' })
      .addNode(
        'words',
        strategy('words', (text: string) => text.split(' ')),
      )
      .addNode(
        'count',
        strategy('count', (words: string[]) => words.length),
      )
      .addNode(
        'upper',
        strategy('upper', (words: string[]) => words.map((w) => w.toUpperCase())),
      )
      .addNode(
        'report',
        strategy('report', (input: { count: number; upper: string[] }) => `${input.count}: ${input.upper.join('-')}`),
      )
      .addEdge('words', 'count')
      .addEdge('words', 'upper')
      .addEdge('count', 'report')
      .addEdge('upper', 'report')
      .build();
    const result = await pipeline.run('a b c');
    expect(result.output).toBe('3: A-B-C');
    const count: number = result.outputs.count;
    expect(count).toBe(3);
    expect(result.nodes.map((n) => n.name)).toEqual(['words', 'count', 'upper', 'report']);
    for (const node of result.nodes) {
      expect(node.status).toBe('ok');
      expect(node.durationMs).toBeGreaterThanOrEqual(0);
      expect(node.startMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('returns the outputs of several exit nodes by name', async () => {
    const result = await new PipelineBuilder()
      .addNode(
        'a',
        strategy('a', () => 1),
      )
      .addNode(
        'b',
        strategy('b', () => 2),
      )
      .build()
      .run();
    expect(result.output).toEqual({ a: 1, b: 2 });
  });

  it('logs MOCKED NODES through the logger and the event callback, and records them in the result', async () => {
    const lines: string[] = [];
    const events: PipelineEvent[] = [];
    const logger = new Logger({ stream: { write: (t: string) => lines.push(t) } });
    const pipeline = new PipelineBuilder({ mode: 'e2e', name: 'obs' })
      .addNode(
        'parse',
        strategy('parse', (s: string) => s),
      )
      .addNode(
        'research',
        strategy('serena', () => 'real'),
        { mock: strategy('mock-serena', () => 'canned', { mocked: true }), external: true },
      )
      .addNode('generate', new MockLLMStrategy('{{prompt}}!'))
      .addEdge('parse', 'research')
      .addEdge('research', 'generate')
      .build();
    const result = await pipeline.run('x', { logger, onEvent: (e) => events.push(e) });
    expect(lines).toContain('MOCKED NODES: research, generate\n');
    expect(events[0]).toEqual({ type: 'mocked', nodes: ['research', 'generate'], line: 'MOCKED NODES: research, generate' });
    expect(result.mockedNodes).toEqual(['research', 'generate']);
    expect(result.mockedLine).toBe('MOCKED NODES: research, generate');
    expect(result.nodes.find((n) => n.name === 'research')).toMatchObject({ mocked: true, strategy: 'mock-serena' });
    expect(result.output).toEqual({ text: 'canned!', model: 'mock-llm' });
  });

  it('says MOCKED NODES: none when every node is real', async () => {
    const result = await new PipelineBuilder({ mode: 'integration' }).addNode('a', id('a')).build().run(1);
    expect(result.mockedLine).toBe('MOCKED NODES: none');
  });

  it('stops at a failing node, names it, and does not run what depends on it', async () => {
    const ran: string[] = [];
    const pipeline = new PipelineBuilder({ name: 'f' })
      .addNode(
        'a',
        strategy('a', () => ran.push('a')),
      )
      .addNode(
        'boom',
        strategy('boom', () => {
          throw new Error('disk full');
        }),
      )
      .addNode(
        'after',
        strategy('after', () => ran.push('after')),
      )
      .addEdge('a', 'boom')
      .addEdge('boom', 'after')
      .build();
    const error = await pipeline.run().catch((e: unknown) => e);
    expect(isCeError(error)).toBe(true);
    expect((error as Error).message).toBe('pipeline "f": node "boom" failed: disk full');
    expect(ran).toEqual(['a']);
  });

  it('rejects a replacement that is not a strategy and a replacement of an unknown node', () => {
    const builder = new PipelineBuilder().addNode('a', id('a'));
    expect(buildError(() => builder.replaceStrategy('a', {} as never)).code).toBe('pipeline-bad-strategy');
    expect(buildError(() => builder.replaceStrategy('zz' as 'a', id('x'))).code).toBe('pipeline-unknown-node');
  });
});

describe('large graphs', () => {
  it('validates and runs a chain of 20,000 nodes without overflowing the stack', async () => {
    let builder = new PipelineBuilder({ name: 'long' }) as PipelineBuilder<Record<string, { input: number; output: number }>>;
    for (let i = 0; i < 20_000; i++)
      builder = builder.addNode(
        `n${i}`,
        strategy('inc', (x: number) => x + 1),
      );
    for (let i = 1; i < 20_000; i++) builder.addEdge(`n${i - 1}`, `n${i}`);
    expect((await builder.build().run(0)).output).toBe(20_000);
    builder.addEdge('n19999', 'n0');
    expect(() => builder.build()).toThrow(/has a cycle: n0 → n1 → n2/);
  });
});

describe('strategies written by hand', () => {
  it('runs a plain object whose execute answers synchronously', async () => {
    const double = { name: 'double', isMocked: () => false, execute: (x: number) => x * 2 };
    const result = await new PipelineBuilder({ mode: 'integration' }).addNode('double', double).build().run(21);
    expect(result.output).toBe(42);
    expect(result.nodes[0]).toMatchObject({ strategy: 'double', mocked: false, status: 'ok' });
  });
});
