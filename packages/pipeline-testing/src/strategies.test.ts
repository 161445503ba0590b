import { describe, expect, it } from 'vitest';
import { CommandLLMStrategy, PipelineBuilder, standaloneContext, strategy, toMermaid } from './index.js';
import { MockContext7Strategy } from './mocks/index.js';

const node = (command: string) => `${JSON.stringify(process.execPath)} -e ${JSON.stringify(command)}`;

describe('CommandLLMStrategy', () => {
  it('estimates tokens from a plain-text answer and reports them to the context', async () => {
    const context = standaloneContext('llm');
    const llm = new CommandLLMStrategy({
      command: node("process.stdin.resume();process.stdin.on('end',()=>process.stdout.write('hello world!'))"),
    });
    const answer = await llm.execute('12345678', context);
    expect(answer).toMatchObject({ text: 'hello world!', estimatedUsage: true, usage: { inputTokens: 2, outputTokens: 3 } });
    expect(context.usage).toEqual({ inputTokens: 2, outputTokens: 3 });
    expect(llm.isMocked()).toBe(false);
  });

  it('fails with the command and its last stderr line when the program fails', async () => {
    const llm = new CommandLLMStrategy({ command: node("console.error('model not found');process.exit(4)") });
    await expect(llm.execute('x')).rejects.toMatchObject({
      code: 'llm-command-failed',
      message: expect.stringContaining('exited with 4: model not found'),
    });
  });
});

describe('Mermaid', () => {
  it('gives node names that are not Mermaid identifiers a safe id and keeps them as labels', () => {
    const pipeline = new PipelineBuilder({ name: 'odd "name"' })
      .addNode(
        'end',
        strategy('a', (x: unknown) => x),
      )
      .addNode(
        'my-node',
        strategy('b', (x: unknown) => x),
        { mock: strategy('m', (x: unknown) => x, { mocked: true }) },
      )
      .addEdge('end', 'my-node')
      .build();
    const text = toMermaid(pipeline);
    expect(text).toContain('title: odd #quot;name#quot; (unit)');
    expect(text).toContain('n_end["end<br/><small>real: a</small>"]');
    expect(text).toContain('my_node["my-node<br/><small>mock: m</small>"]:::mocked');
    expect(text).toContain('n_end --> my_node');
  });
});

describe('MockContext7Strategy with unknown: empty', () => {
  it('answers an unknown library with empty docs instead of an error', async () => {
    expect(await new MockContext7Strategy([], { unknown: 'empty' }).execute({ libraryId: '/a/b', query: 'q' })).toEqual({
      libraryId: '/a/b',
      content: '',
      topics: [],
    });
  });
});
