import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTempDir, writeTree, gitRepo } from '@ce/test-utils';
import { runPipelineFile, type LocalRunEvent } from './index.js';

const node = JSON.stringify(process.execPath);
/** A command that appends "<label>:start" and, after `ms`, "<label>:end" to log.txt. */
const step = (label: string, ms = 0) =>
  `${node} -e "const f=require('fs');f.appendFileSync('log.txt','${label}:start\\n');setTimeout(()=>f.appendFileSync('log.txt','${label}:end\\n'),${ms})"`;

function log(dir: string): string[] {
  return readFileSync(join(dir, 'log.txt'), 'utf8').trim().split('\n');
}

describe('ce ci run --local (runPipelineFile)', () => {
  it('runs sequential nodes in order, parallel nodes side by side, and dependent stages after', async () => {
    const dir = useTempDir();
    writeTree(dir, {
      'pipeline.yml': `
stages:
  - stage: second
    depends_on: [first]
    parallel: true
    nodes:
      - { name: p1, command: ${JSON.stringify(step('p1', 300))} }
      - { name: p2, command: ${JSON.stringify(step('p2', 300))} }
  - stage: first
    parallel: false
    nodes:
      - { name: s1, command: ${JSON.stringify(step('s1', 100))} }
      - { name: s2, command: ${JSON.stringify(step('s2'))} }
`,
    });
    const result = await runPipelineFile('pipeline.yml', { cwd: dir, root: dir, branch: 'main', concurrency: 4 });
    expect(result.passed).toBe(true);
    expect(result.counts).toEqual({ passed: 4, failed: 0, mocked: 0, skipped: 0 });
    const lines = log(dir);
    expect(lines.slice(0, 4)).toEqual(['s1:start', 's1:end', 's2:start', 's2:end']);
    // p1 and p2 overlap: both start before either ends.
    const rest = lines.slice(4);
    expect(rest.slice(0, 2).sort()).toEqual(['p1:start', 'p2:start']);
  });

  it('reports mock nodes as mocked without running them, and evaluates conditions', async () => {
    const dir = useTempDir();
    writeTree(dir, {
      'pipeline.yml': `
stages:
  - stage: s
    nodes:
      - { name: mocked, command: 'touch must-not-exist', strategy: mock }
      - { name: main-only, command: 'touch main-only', when: { branch: main } }
      - { name: cond, command: 'touch cond', strategy: conditional, when: { condition: "event == 'schedule'" } }
  - stage: after
    depends_on: [s]
    nodes:
      - { name: after, command: 'touch after' }
`,
    });
    const events: LocalRunEvent['type'][] = [];
    const result = await runPipelineFile('pipeline.yml', { cwd: dir, root: dir, branch: 'dev', onEvent: (e) => events.push(e.type) });
    const status = Object.fromEntries(result.jobs.map((j) => [j.name, [j.status, j.reason]]));
    expect(status).toEqual({
      mocked: ['mocked', 'mock node: command not run'],
      'main-only': ['skipped', 'condition false'],
      cond: ['mocked', 'condition false: command not run'],
      after: ['skipped', 'main-only skipped'],
    });
    expect(() => readFileSync(join(dir, 'must-not-exist'))).toThrow();
    expect(result.passed).toBe(true);
    expect(events).toContain('finish');

    const onMain = await runPipelineFile('pipeline.yml', { cwd: dir, root: dir, branch: 'main', event: 'schedule' });
    expect(Object.fromEntries(onMain.jobs.map((j) => [j.name, j.status]))).toEqual({
      mocked: 'mocked',
      'main-only': 'passed',
      cond: 'passed',
      after: 'passed',
    });
  });

  it('fails with the failing command and output, and skips what waits for it', async () => {
    const dir = useTempDir();
    writeTree(dir, {
      'pipeline.yml': `
env: { GREETING: hello }
stages:
  - stage: a
    matrix: { n: [1, 2] }
    nodes:
      - { name: check, command: ['echo "$GREETING $n"', 'test "$n" = 1'] }
  - stage: b
    depends_on: a
    nodes: [{ name: never, command: 'touch never' }]
`,
    });
    const result = await runPipelineFile('pipeline.yml', { cwd: dir, root: dir, branch: 'main' });
    expect(result.passed).toBe(false);
    const check = result.jobs.find((j) => j.name === 'check');
    expect(check?.status).toBe('failed');
    expect(check?.instances.map((i) => [i.matrix, i.status])).toEqual([
      [{ n: '1' }, 'passed'],
      [{ n: '2' }, 'failed'],
    ]);
    const failed = check?.instances[1];
    expect(failed?.failedCommand).toBe('test "$n" = 1');
    expect(failed?.output).toContain('hello 2');
    expect(result.jobs.find((j) => j.name === 'never')).toMatchObject({ status: 'skipped', reason: 'check failed' });
  });

  it('runs a multi-line command as one script that stops at its first failing line', async () => {
    const dir = useTempDir();
    writeTree(dir, {
      'pipeline.yml': `stages:\n  - stage: s\n    nodes:\n      - name: script\n        command: |\n          echo first\n          false\n          touch reached\n`,
    });
    const result = await runPipelineFile('pipeline.yml', { cwd: dir, root: dir, branch: 'x' });
    expect(result.jobs[0]?.status).toBe('failed');
    expect(result.jobs[0]?.instances[0]?.output).toContain('first');
    expect(existsSync(join(dir, 'reached'))).toBe(false);
  });

  it('takes the branch from git when none is given', async () => {
    const dir = gitRepo({ 'pipeline.yml': `stages:\n  - stage: s\n    nodes: [{ name: n, command: 'true', when: { branch: main } }]\n` });
    const result = await runPipelineFile('pipeline.yml', { cwd: dir, root: dir });
    expect(result.context.branch).toBe('main');
    expect(result.jobs[0]?.status).toBe('passed');
  });

  it('kills a node that runs past its timeout', async () => {
    const dir = useTempDir();
    writeTree(dir, { 'pipeline.yml': `stages:\n  - stage: s\n    nodes: [{ name: slow, command: 'sleep 30', timeout: 0.01 }]\n` });
    const result = await runPipelineFile('pipeline.yml', { cwd: dir, root: dir, branch: 'x' });
    expect(result.jobs[0]?.instances[0]).toMatchObject({ status: 'failed', timedOut: true });
  });
});

describe('runPipelineFile cancelled', () => {
  it('kills the running node and throws cancelled when its signal aborts', async () => {
    const dir = useTempDir();
    writeTree(dir, {
      'pipeline.yml': `
stages:
  - stage: test
    nodes:
      - { name: forever, command: '${process.execPath} -e "setInterval(() => {}, 1000)"' }
`,
    });
    const controller = new AbortController();
    const started = performance.now();
    const run = runPipelineFile('pipeline.yml', {
      cwd: dir,
      root: dir,
      branch: 'main',
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'start') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
