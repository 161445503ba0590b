import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '@ce/test-utils';
import { pruneRunLogs, RunLog, runEvent, withRunLog } from './index.js';

const records = (root: string, log: RunLog): Record<string, unknown>[] =>
  readFileSync(join(root, '.ce', 'runs', `${log.runId}.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('RunLog', () => {
  it('keeps what happened before the repository was known and writes it, redacted, once attached', async () => {
    const root = useTempDir();
    mkdirSync(join(root, '.ce'));
    const log = new RunLog({ command: 'prp:checkpoint', warn: () => expect.fail('no warning expected') });
    log.record('info', 'start', 'ce prp checkpoint');
    log.attach(root);
    await withRunLog(log, async () => {
      await Promise.resolve();
      runEvent('process', 'git exited 0', { exitCode: 0, durationMs: 5, note: 'key sk-ant-api03-abcdefghijklmnop' });
    });
    expect(log.runId).toMatch(/^\d{8}T\d{6}Z-prp-checkpoint-[0-9a-f]{4}$/);
    expect(log.path).toBe(`.ce/runs/${log.runId}.jsonl`);
    const written = records(root, log);
    expect(written.map((r) => r['event'])).toEqual(['start', 'process']);
    expect(written[1]).toMatchObject({ source: 'cli', command: 'prp:checkpoint', run: log.runId, exitCode: 0, note: 'key [REDACTED]' });
  });

  it('writes nothing into a repository without .ce until ce creates it and the run succeeds', () => {
    const root = useTempDir();
    const log = new RunLog({ command: 'init' });
    log.attach(root);
    log.record('info', 'start', 'ce init');
    expect(readdirSync(root)).toEqual([]);
    mkdirSync(join(root, '.ce'));
    log.record('info', 'end', 'ce init exited 0');
    expect(readdirSync(join(root, '.ce'))).toEqual([]);
    log.finish(true);
    expect(records(root, log).map((r) => r['event'])).toEqual(['start', 'end']);
    // The folder keeps itself out of git whatever the repository ignores.
    expect(readFileSync(join(root, '.ce', 'runs', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  });

  it('leaves no trace of a refused run that began without .ce, even when it created .ce', () => {
    const root = useTempDir();
    const log = new RunLog({ command: 'init' });
    log.attach(root);
    mkdirSync(join(root, '.ce'));
    log.record('error', 'error', 'error: .vscode/mcp.json:2: not valid JSON');
    log.finish(false);
    log.record('info', 'late', 'after the end');
    expect(readdirSync(join(root, '.ce'))).toEqual([]);
  });

  it('warns once when .ce/runs is a file', () => {
    const root = useTempDir();
    mkdirSync(join(root, '.ce'));
    writeFileSync(join(root, '.ce', 'runs'), 'not a folder');
    const warnings: string[] = [];
    const log = new RunLog({ command: 'validate', warn: (line) => warnings.push(line) });
    log.attach(root);
    log.record('info', 'a', 'one');
    log.record('info', 'b', 'two');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/cannot be written/);
  });
});

describe('pruneRunLogs', () => {
  it('removes the oldest command logs past the count and the size cap, never execution logs or reports', () => {
    const dir = useTempDir();
    const names = ['20261201T000000Z-validate-0001', '20261202T000000Z-validate-0002', '20261203T000000Z-init-0003'];
    names.forEach((name, i) => {
      writeFileSync(join(dir, `${name}.jsonl`), 'x'.repeat(100));
      utimesSync(join(dir, `${name}.jsonl`), 1_000 + i, 1_000 + i);
    });
    writeFileSync(join(dir, '20261101T000000Z-PRP-1-abcd.jsonl'), 'x'.repeat(100));
    utimesSync(join(dir, '20261101T000000Z-PRP-1-abcd.jsonl'), 1, 1);
    mkdirSync(join(dir, '20261101T000000Z-PRP-1-abcd'));
    expect(pruneRunLogs(dir, { keep: 3, maxBytes: 1_000_000 })).toEqual(['20261201T000000Z-validate-0001.jsonl']);
    expect(pruneRunLogs(dir, { keep: 100, maxBytes: 150 })).toEqual(['20261202T000000Z-validate-0002.jsonl']);
    expect(readdirSync(dir).sort()).toEqual([
      '20261101T000000Z-PRP-1-abcd',
      '20261101T000000Z-PRP-1-abcd.jsonl',
      '20261203T000000Z-init-0003.jsonl',
    ]);
  });
});
