import { describe, expect, it } from 'vitest';
import { fc, fuzzParser } from './fuzz.js';

/** Keeps the CPU busy for `ms` milliseconds of CPU time (not wall: a loaded machine stretches that), as a slow parser would. */
function spin(ms: number): void {
  const started = process.cpuUsage();
  const used = (): number => {
    const u = process.cpuUsage(started);
    return (u.user + u.system) / 1000;
  };
  while (used() < ms) {
    // busy on purpose
  }
}

/** The message of what made fuzzParser fail: fast-check reports the property's own error as its cause. */
function failureOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    const cause = error instanceof Error ? error.cause : undefined;
    return cause instanceof Error ? cause.message : String(error);
  }
  return 'no failure';
}

describe('fuzzParser', () => {
  it('fails a parser that is slow on every call', () => {
    expect(failureOf(() => fuzzParser('always slow', fc.constant('x'), () => spin(30), { runs: 3, maxCaseMs: 10 }))).toMatch(
      /^one case took \d+ ms \(limit 10 ms\)$/,
    );
  });

  it('counts the CPU a case burns, not the time it waits (a loaded machine takes the CPU away)', () => {
    // Atomics.wait blocks the thread for 30 ms without using the CPU, as waiting for a core does.
    const wait = (): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
    const report = fuzzParser('waits', fc.constant('x'), wait, { runs: 3, maxCaseMs: 10 });
    expect(report.cases).toBe(3);
    expect(report.slowestMs).toBeLessThan(10);
  });

  it('passes a parser slow only once (lazy set-up, a pause of a loaded machine): the case is timed again', () => {
    let calls = 0;
    const report = fuzzParser('slow once', fc.constant('x'), () => spin(calls++ === 1 ? 30 : 0), { runs: 5, maxCaseMs: 10 });
    expect(report.cases).toBe(5);
    expect(report.slowestMs).toBeLessThan(10);
  });

  it('counts typed refusals apart and rethrows any other error', () => {
    const refusal = Object.assign(new Error('no'), { code: 'bad-input', exitCode: 2 });
    const report = fuzzParser(
      'refuses',
      fc.constant('x'),
      () => {
        throw refusal;
      },
      { runs: 4 },
    );
    expect(report).toMatchObject({ cases: 4, parsed: 0, refused: 4 });
    const crash = () => {
      throw new TypeError('boom');
    };
    expect(failureOf(() => fuzzParser('crashes', fc.constant('x'), crash, { runs: 1 }))).toBe('boom');
  });
});
