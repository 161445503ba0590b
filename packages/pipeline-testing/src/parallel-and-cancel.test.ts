import { describe, expect, it } from 'vitest';
import { PipelineBuilder, strategy, type NodeContext } from './index.js';
import { slowNode } from '../test/helpers.js';

const DELAY = 400;

function forkJoin(started: string[] = [], concurrency?: number) {
  const pipeline = new PipelineBuilder({ name: 'fork' })
    .addNode(
      'start',
      strategy('start', (x: number) => x),
    )
    .addNode('left', slowNode('left', DELAY, 'L', started))
    .addNode('right', slowNode('right', DELAY, 'R', started))
    .addNode(
      'join',
      strategy('join', (input: { left: string; right: string }) => input.left + input.right),
    )
    .addEdge('start', 'left')
    .addEdge('start', 'right')
    .addEdge('left', 'join')
    .addEdge('right', 'join')
    .build();
  return { pipeline, concurrency };
}

describe('parallel branches', () => {
  it("runs two independent slow nodes at the same time: about one node's time, not two", async () => {
    const { pipeline } = forkJoin();
    const t0 = performance.now();
    const result = await pipeline.run(1);
    const elapsed = performance.now() - t0;
    expect(result.output).toBe('LR');
    expect(elapsed).toBeGreaterThanOrEqual(DELAY - 20);
    expect(elapsed).toBeLessThan(DELAY * 1.6);
    const left = result.nodes.find((n) => n.name === 'left');
    const right = result.nodes.find((n) => n.name === 'right');
    // Both started before either finished.
    expect(Math.abs((left?.startMs ?? 0) - (right?.startMs ?? 0))).toBeLessThan(DELAY / 2);
    expect(left?.durationMs).toBeGreaterThanOrEqual(DELAY - 20);
  });

  it('runs them one after the other with concurrency 1', async () => {
    const { pipeline } = forkJoin();
    const t0 = performance.now();
    await pipeline.run(1, { concurrency: 1 });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(DELAY * 2 - 40);
  });
});

describe('cancellation', () => {
  it('stops a running pipeline when its signal aborts: running nodes see the abort, later nodes never start', async () => {
    const started: string[] = [];
    let seenAbort = false;
    const pipeline = new PipelineBuilder({ name: 'cancel-me' })
      .addNode(
        'slow',
        strategy('slow', async (_: unknown, context: NodeContext) => {
          started.push('slow');
          context.signal.addEventListener('abort', () => (seenAbort = true));
          await new Promise((resolve) => setTimeout(resolve, 5_000));
        }),
      )
      .addNode('next', slowNode('next', 10, 'n', started))
      .addEdge('slow', 'next')
      .build();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const t0 = performance.now();
    const error = await pipeline.run(undefined, { signal: controller.signal }).catch((e: unknown) => e);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(error).toMatchObject({ code: 'pipeline-cancelled' });
    expect((error as Error).message).toContain('pipeline "cancel-me" (while running slow) was cancelled');
    expect(seenAbort).toBe(true);
    expect(started).toEqual(['slow']);
  });

  it('does not start anything when the signal is already aborted', async () => {
    const started: string[] = [];
    const { pipeline } = forkJoin(started);
    const error = await pipeline.run(1, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'pipeline-cancelled' });
    expect(started).toEqual([]);
  });

  it('cancels the other branch when one node fails', async () => {
    let siblingAborted = false;
    const pipeline = new PipelineBuilder({ name: 'p' })
      .addNode(
        'fails',
        strategy('fails', async () => {
          await new Promise((r) => setTimeout(r, 20));
          throw new Error('nope');
        }),
      )
      .addNode(
        'sibling',
        strategy('sibling', async (_: unknown, context: NodeContext) => {
          await new Promise<void>((resolve) => context.signal.addEventListener('abort', () => resolve()));
          siblingAborted = true;
        }),
      )
      .build();
    const error = await pipeline.run().catch((e: unknown) => e);
    expect((error as Error).message).toContain('node "fails" failed: nope');
    await new Promise((r) => setTimeout(r, 10));
    expect(siblingAborted).toBe(true);
  });
});
