import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '@ce/test-utils';
import { Logger, redactSecrets } from './index.js';

describe('Logger', () => {
  it('writes every record as a JSON line to the file and readable lines at its level to the stream', () => {
    const file = join(useTempDir(), 'runs', 'run-1.jsonl');
    const lines: string[] = [];
    const log = new Logger({ file, stream: { write: (t: string) => lines.push(t) }, level: 'info', fields: { run: 'run-1' } });
    log.debug('detail', { n: 1 });
    log.info('started');
    log.child({ prp: 'PRP-1' }).warn('slow gate', { ms: 900 });
    const records = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => [r['level'], r['msg']])).toEqual([
      ['debug', 'detail'],
      ['info', 'started'],
      ['warn', 'slow gate'],
    ]);
    expect(records[2]).toMatchObject({ run: 'run-1', prp: 'PRP-1', ms: 900 });
    expect(records[0]?.['time']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(lines).toEqual(['started\n', 'warn: slow gate\n']);
  });

  it('never writes a key to the file or the stream', () => {
    const file = join(useTempDir(), 'log.jsonl');
    const lines: string[] = [];
    const key = 'sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789';
    const log = new Logger({ file, stream: { write: (t: string) => lines.push(t) } });
    log.error(`request failed: 401 invalid x-api-key ${key}`, { headers: { authorization: `Bearer ${key}` } });
    expect(readFileSync(file, 'utf8')).not.toContain(key);
    expect(lines.join('')).not.toContain(key);
    expect(lines.join('')).toContain('[REDACTED]');
  });
});

describe('Logger file failures', () => {
  it('warns once and goes on when its file can no longer be written', () => {
    const dir = join(useTempDir(), 'runs');
    mkdirSync(dir);
    const warnings: string[] = [];
    const log = new Logger({ file: join(dir, 'run.jsonl'), onWriteError: (line) => warnings.push(line) });
    log.info('written');
    rmSync(dir, { recursive: true });
    writeFileSync(dir, 'a file where the folder was');
    log.info('lost');
    log.child({ task: '1' }).error('lost too');
    expect(warnings).toEqual([expect.stringMatching(/^warning: the log .*run\.jsonl cannot be written/)]);
  });
});

describe('redactSecrets', () => {
  it.each([
    ['anthropic', 'key sk-ant-api03-AbC_dEf-1234567890abcdef'],
    ['openai', 'OPENAI sk-proj-abcdefghijklmnop1234567890'],
    ['github', 'token ghp_abcdefghijklmnopqrstuvwxyz0123'],
    ['bearer', 'Authorization: Bearer abc.def.ghi-jkl_mno'],
    ['assignment', 'api_key=supersecretvalue123'],
  ])('redacts a %s secret', (_kind, text) => {
    const out = redactSecrets(text, {});
    expect(out).toContain('[REDACTED]');
    expect(out).not.toMatch(/abcdefghij|supersecret|abc\.def/);
  });

  it('redacts the values of secret-named environment variables wherever they appear', () => {
    expect(redactSecrets('using hunter2hunter2 now', { MY_SERVICE_TOKEN: 'hunter2hunter2' })).toBe('using [REDACTED] now');
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('npm run lint exited 1 in src/skills.ts', {})).toBe('npm run lint exited 1 in src/skills.ts');
  });

  it('keeps the record’s own time, level and msg when a field has the same name', () => {
    const file = join(useTempDir(), 'log.jsonl');
    new Logger({ file }).info('gate', { level: 2, msg: 'x', passed: true });
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({ level: 'info', msg: 'gate', passed: true, fields: { level: 2, msg: 'x' } });
  });
});
