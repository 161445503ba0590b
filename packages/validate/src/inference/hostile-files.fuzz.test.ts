import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseTimeMs, fc, fuzzParser, stretched, writeTree } from '@ce/test-utils';
import { describe, expect, it } from 'vitest';
import { planValidation } from '../index.js';

// Inference reads files an agent or a stranger can write (a Makefile, a workflow, package.json scripts)
// with many patterns. Each file below carries one long run of the syntax those patterns look for; a
// pattern that backtracks over such a run takes seconds to minutes, which the per-case limit catches.
const SYNTAX = [
  'make ',
  'gradle ',
  'mvn ',
  'tox ',
  'nox ',
  '-- ',
  'clang-format ',
  ' -i',
  'a ',
  'a=',
  'test ',
  'lint:',
  ': ',
  '= ',
  '$(',
  '{{ ',
  '${{ matrix.',
  '--check ',
  'npm run ',
  'pytest ',
  'cargo ',
  'go test ',
  '&& ',
  '| ',
  '\\\n',
  '"',
  "'",
];

/** One repository file holding `run` where its commands go. */
function treeOf(file: number, run: string): Record<string, string> {
  const line = run.replace(/\n/g, ' ');
  const trees: Record<string, string>[] = [
    { Makefile: `${run}\ntest:\n\t${line}\n${line}:\n` },
    { justfile: `${line}:\n    ${line}\ntest:\n    ${line}\n` },
    {
      '.github/workflows/ci.yml': `on: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${JSON.stringify(run)}\n`,
    },
    { 'package.json': JSON.stringify({ scripts: { test: line, lint: line, [line.slice(0, 200)]: line } }) },
    { 'tox.ini': `[tox]\nenv_list = ${line}\n[testenv]\ncommands = ${line}\n`, 'pyproject.toml': '[project]\nname = "x"\n' },
    { 'Taskfile.yml': `version: '3'\ntasks:\n  test:\n    cmds:\n      - ${JSON.stringify(line)}\n` },
  ];
  return trees[file % trees.length] as Record<string, string>;
}

/** The plan of a repository holding `tree`, in a folder removed afterwards. */
function planOf(tree: Record<string, string>): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'ce-hostile-'));
  try {
    writeTree(dir, tree);
    return planValidation({ root: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const MAX_CASE_MS = 1_500;

describe('inference on hostile repository files', () => {
  // Each of these took from 3 s to minutes before its pattern was made linear (100,000 characters).
  const long = (piece: string): string => `test ${piece.repeat(100_000 / piece.length)}x`;
  it.each([
    ['a workflow line of blanks (the && / ; / || split, the closing `;`, a shell function opening)', treeOf(2, long(' '))],
    ['a Makefile line of names without a colon (the recipe header)', { Makefile: `${long('a ')}\n` }],
    ['a justfile line of blanks without a colon', { justfile: `${long(' ')}\n` }],
    ['a script naming `mvn` thousands of times (the build pattern)', treeOf(3, long('mvn '))],
  ])('plans %s in bounded time', (_, tree) => {
    expect(caseTimeMs(() => planOf(tree), MAX_CASE_MS)).toBeLessThan(MAX_CASE_MS);
  });

  it('plans any file with a long run of command syntax in bounded time', () => {
    const input = fc.tuple(fc.nat(), stretched(SYNTAX, 30_000));
    const report = fuzzParser('planValidation (long runs)', input, ([file, run]) => planOf(treeOf(file, run)), {
      runs: 80,
      maxCaseMs: MAX_CASE_MS,
    });
    expect(report.cases).toBe(80);
  });
});
