import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '@ce/core';
import { fixLevel1, runGates, validate } from '../index.js';
import { fixtureRepo } from '../../test/fixture-project.js';

describe('level 1 self-healing on a real TypeScript project (eslint + prettier + tsc)', () => {
  it('fixes formatting, unused imports and prefer-const, after which the project’s own lint scripts pass', async () => {
    const dir = fixtureRepo('ts-lint', { nodeTools: true });
    // The user's own uncommitted work in a file the gates do not report must survive untouched.
    const notes = join(dir, 'NOTES.txt');
    writeFileSync(notes, 'work in progress   \n');
    const before = await runGates({ root: dir, levels: [1] });
    expect(before[0]?.passed).toBe(false);
    const rules = before[0]?.diagnostics.map((d) => `${d.tool}:${d.rule}:${d.file}`) ?? [];
    expect(rules).toEqual(
      expect.arrayContaining([
        'eslint:prefer-const:src/index.ts',
        'eslint:@typescript-eslint/no-unused-vars:src/greet.ts',
        'prettier:format:src/index.ts',
      ]),
    );

    const result = await fixLevel1({ root: dir });
    expect(result).toMatchObject({ level: 1, passed: true, stopped: 'passed' });
    expect(result.attempts).toBeGreaterThanOrEqual(2);
    expect(result.attempts).toBeLessThanOrEqual(3);
    expect(result.remaining).toEqual([]);
    expect(result.fixed.map((f) => f.fixer)).toEqual(
      expect.arrayContaining(['typescript organize-imports (remove unused)', 'eslint --fix', 'prettier --write']),
    );

    const index = readFileSync(join(dir, 'src/index.ts'), 'utf8');
    expect(index).not.toMatch(/readFileSync|multiply/);
    expect(index).toMatch(/const label = 'total'/);
    expect(readFileSync(join(dir, 'src/greet.ts'), 'utf8')).not.toMatch(/import/);
    expect(readFileSync(notes, 'utf8')).toBe('work in progress   \n');

    // Independently of ce: the project's own scripts now pass.
    for (const script of ['lint', 'format:check', 'typecheck']) {
      const run = await runCommandLine(`npm run ${script}`, { cwd: dir });
      expect({ script, exitCode: run.exitCode, out: run.exitCode === 0 ? '' : run.stdout + run.stderr }).toEqual({
        script,
        exitCode: 0,
        out: '',
      });
    }
  });

  it('reports a real type error as failing with its parsed diagnostic, and no fixer can make it pass', async () => {
    const dir = fixtureRepo('ts-type-error', { nodeTools: true });
    const result = await validate({ root: dir, levels: [1], fix: true });
    expect(result.passed).toBe(false);
    expect(result.exitCode).toBe(1);
    const fix = result.levels['1'] as Awaited<ReturnType<typeof fixLevel1>>;
    expect(fix.passed).toBe(false);
    expect(fix.stopped).toBe('no-change');
    expect(fix.remaining).toContainEqual(
      expect.objectContaining({ tool: 'tsc', file: 'src/index.ts', line: 5, rule: 'TS2345', severity: 'error' }),
    );
    expect(readFileSync(join(dir, 'src/index.ts'), 'utf8')).toContain("double('21')");
  });
});
