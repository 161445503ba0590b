import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitRepo, useTempDir, writeTree } from '@ce/test-utils';
import { confidenceScore, recordConfidence, runGates, validate, type GateEvent } from '../index.js';

const node = JSON.stringify(process.execPath);

describe('running gates', () => {
  it('runs each command in its folder, records exit code and time, and passes only when all exit 0', async () => {
    const dir = useTempDir('ce-gates-');
    writeTree(dir, {
      '.ce/config.yml': [
        'version: 1',
        'validation:',
        '  commands:',
        '    "1":',
        `      - { name: ok, command: '${node} -e "process.exit(0)"' }`,
        `      - { name: where, command: '${node} -e "console.log(process.cwd())"', cwd: sub }`,
        '    "2":',
        `      - { name: fails, command: '${node} -e "console.error(\\"src/a.ts(1,2): error TS1005: x expected.\\"); process.exit(2)"' }`,
        '',
      ].join('\n'),
      'sub/.keep': '',
    });
    const events: GateEvent[] = [];
    const [l1, l2, l3] = await runGates({ root: dir, levels: [1, 2, 3], onEvent: (e) => events.push(e) });
    expect(l1).toMatchObject({ level: 1, passed: true, empty: false, source: 'config' });
    expect(l1?.commands[1]?.outputTail.trim()).toBe(join(dir, 'sub'));
    expect(l2).toMatchObject({ level: 2, passed: false });
    expect(l2?.commands[0]).toMatchObject({ exitCode: 2, passed: false, timedOut: false });
    expect(l2?.commands[0]?.durationMs).toBeGreaterThan(0);
    expect(l2?.diagnostics).toEqual([
      { file: 'src/a.ts', line: 1, column: 2, rule: 'TS1005', message: 'x expected.', severity: 'error', tool: 'tsc' },
    ]);
    expect(l3).toMatchObject({ level: 3, passed: true, empty: true, commands: [] });
    expect(events.filter((e) => e.type === 'command-start').map((e) => (e.type === 'command-start' ? e.command.name : ''))).toEqual([
      'ok',
      'where',
      'fails',
    ]);
  });

  it('fails a gate whose program does not exist or times out, without throwing', async () => {
    const dir = useTempDir('ce-gates-');
    writeTree(dir, {
      '.ce/config.yml': `version: 1\nvalidation:\n  timeoutMs: 1000\n  commands:\n    "1":\n      - command: ce-no-such-program --check\n      - command: '${node} -e "setInterval(() => {}, 1000)"'\n`,
    });
    const [l1] = await runGates({ root: dir, levels: [1] });
    expect(l1?.passed).toBe(false);
    expect(l1?.commands[0]).toMatchObject({ passed: false, exitCode: null });
    expect(l1?.commands[0]?.error).toMatch(/ce-no-such-program/);
    expect(l1?.commands[1]).toMatchObject({ passed: false, timedOut: true });
  });

  it('runs a real pytest suite and reports the failing test with file and line', async () => {
    const dir = useTempDir('ce-pytest-');
    writeTree(dir, {
      'pytest.ini': '[pytest]\naddopts = -p no:cacheprovider\n',
      'tests/test_calc.py':
        'def add(a, b):\n    return a + b\n\n\ndef test_add():\n    assert add(1, 2) == 4\n\n\ndef test_ok():\n    assert add(1, 1) == 2\n',
    });
    const [, l2] = await runGates({ root: dir, levels: [1, 2] });
    expect(l2?.commands.map((c) => c.command)).toEqual(['pytest']);
    expect(l2?.passed).toBe(false);
    expect(l2?.diagnostics).toEqual([
      { file: 'tests/test_calc.py', line: 6, column: 0, rule: 'test_add', message: 'assert 3 == 4', severity: 'error', tool: 'pytest' },
    ]);
  });
});

describe('confidence', () => {
  it('is 10 only when all four levels pass with real commands', () => {
    const pass = { passed: true, attempts: 1 };
    expect(confidenceScore({ '1': pass, '2': pass, '3': pass, '4': pass })).toBe(10);
    expect(confidenceScore({ '1': pass, '2': pass, '3': { passed: true, empty: true }, '4': pass })).toBe(9);
    expect(confidenceScore({ '1': pass, '2': pass, '3': pass })).toBe(8);
    expect(confidenceScore({ '1': pass, '2': { passed: false } })).toBe(3);
    expect(confidenceScore({})).toBe(0);
  });

  it('writes confidence and per-level results into the PRP header, keeping every other byte', async () => {
    const prp =
      '---\nprp_id: PRP-7\nname: demo   # keep this comment\nvalidation:\n  "4": {passed: true, attempts: 1, date: 2026-11-20T00:00:00Z}\n---\n\n## Goal\nText.\n';
    const dir = gitRepo({
      'PRPs/PRP-7-demo.md': prp,
      '.ce/config.yml': `version: 1\nvalidation:\n  commands:\n    "1":\n      - command: '${node} -e "0"'\n    "2":\n      - command: '${node} -e "process.exit(1)"'\n`,
    });
    const result = await validate({ root: dir, levels: [1, 2, 3], prp: 'PRPs/PRP-7-demo.md' });
    expect(result).toMatchObject({ passed: false, exitCode: 1 });
    // 2.5 (L1) + 0 (L2 failed) + 1 (L3 empty) + 2.5 (L4 kept from the header)
    expect(result.confidence?.confidence).toBe('6/10');
    const text = readFileSync(join(dir, 'PRPs/PRP-7-demo.md'), 'utf8');
    expect(text).toContain('name: demo   # keep this comment');
    expect(text).toContain('confidence: 6/10');
    expect(text).toMatch(/"?1"?:\s*\n\s+passed: true/);
    expect(text).toMatch(/"?2"?:\s*\n\s+passed: false/);
    expect(text).toMatch(/"?3"?:\s*\n\s+passed: true\n\s+attempts: 1\n\s+date: \S+\n\s+empty: true/);
    expect(text).toContain('## Goal\nText.\n');
    const again = await recordConfidence(dir, 'PRPs/PRP-7-demo.md', [{ level: 2, passed: true }]);
    expect(again.score).toBe(9);
  });
});

describe('validate cancelled', () => {
  it('kills the running command and throws cancelled when its signal aborts, recording nothing', async () => {
    const dir = gitRepo({
      '.ce/config.yml': [
        'validation:',
        '  commands:',
        '    "2":',
        `      - { name: forever, command: '${node} -e "setInterval(() => {}, 1000)"' }`,
        '',
      ].join('\n'),
    });
    const controller = new AbortController();
    const started = performance.now();
    const run = validate({
      root: dir,
      level: '2',
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'command-start') controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: 'validate was cancelled' });
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
