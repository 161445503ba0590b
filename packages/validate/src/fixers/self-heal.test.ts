import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine } from '@ce/core';
import { git } from '@ce/test-utils';
import { fixLevel1, runGates, validate } from '../index.js';
import { fixtureRepo } from '../../test/fixture-project.js';

// Real eslint, prettier and tsc runs: slow on a loaded machine, whatever ce itself costs.
const REAL_TOOLS = { timeout: 180_000 };

describe('level 1 self-healing on a real TypeScript project (eslint + prettier + tsc)', () => {
  it('fixes formatting, unused imports and prefer-const, after which the project’s own lint scripts pass', REAL_TOOLS, async () => {
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

  it('reports a real type error as failing with its parsed diagnostic, and no fixer can make it pass', REAL_TOOLS, async () => {
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

  it(
    'runs the fixers first on the changed files, then each check once, when the work in progress only needs fixers',
    REAL_TOOLS,
    async () => {
      const dir = fixtureRepo('ts-lint', { nodeTools: true });
      // A clean, committed base; the work being validated is an uncommitted edit with fixable problems.
      writeFileSync(join(dir, 'src/greet.ts'), "export function greet(name: string): string {\n  return 'Hello, ' + name;\n}\n");
      writeFileSync(
        join(dir, 'src/index.ts'),
        "import { add } from './math.js';\n\nexport function total(values: number[]): number {\n  return values.reduce((sum, value) => add(sum, value), 0);\n}\n",
      );
      git(dir, 'commit', '-qam', 'clean base');
      writeFileSync(
        join(dir, 'src/index.ts'),
        'import { add } from "./math.js"\nexport function total(values: number[]): number {\n    let sum = 0\n    for (const v of values) { sum = add(sum, v) }\n    let label = "total"\n    return label ? sum : 0\n}\n',
      );
      const started: string[] = [];
      const result = await fixLevel1({
        root: dir,
        onEvent: (e) => (e.type === 'command-start' ? started.push(e.command.command) : undefined),
      });
      expect(result).toMatchObject({ passed: true, attempts: 1, stopped: 'passed' });
      expect(result.fixed.filter((f) => f.attempt === 0).map((f) => f.fixer)).toEqual(['eslint --fix', 'prettier --write']);
      // Each check ran exactly once.
      expect(started.sort()).toEqual(['npm run format:check', 'npm run lint', 'npm run typecheck']);
      expect(readFileSync(join(dir, 'src/index.ts'), 'utf8')).toMatch(/const label = 'total';/);
    },
  );
});
