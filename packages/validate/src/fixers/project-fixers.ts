import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { runProcess, type RunResult } from '@ce/core';
import type { Diagnostic } from '../diagnostics/index.js';
import { PRETTIER_CONFIGS } from '../tool-config-files.js';

/** One run of a fixer the project already has, scoped to the files that were reported. */
export interface FixerRun {
  fixer: string;
  cwd: string;
  file: string;
  args: string[];
}

export interface FixerOutcome {
  fixer: string;
  cwd: string;
  files: string[];
  exitCode: number | null;
  error?: string;
}

/** The project's own installed binary (`node_modules/.bin/eslint`), looked up from cwd to the root. */
export function localBin(root: string, cwd: string, name: string): string | undefined {
  let dir = cwd;
  for (;;) {
    const candidate = join(dir, 'node_modules', '.bin', name);
    if (existsSync(candidate)) return candidate;
    if (resolve(dir) === resolve(root)) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The project's Python environment runner for a folder (uv / poetry / .venv), or the tool on PATH. */
export function pythonTool(root: string, cwd: string, tool: string): { file: string; prefix: string[] } {
  for (const venv of ['.venv', 'venv']) {
    const bin = join(cwd, venv, 'bin', tool);
    if (existsSync(bin)) return { file: bin, prefix: [] };
  }
  if (existsSync(join(cwd, 'uv.lock'))) return { file: 'uv', prefix: ['run', tool] };
  if (existsSync(join(cwd, 'poetry.lock'))) return { file: 'poetry', prefix: ['run', tool] };
  void root;
  return { file: tool, prefix: [] };
}

/**
 * The deterministic fixers that apply to a command's diagnostics: eslint --fix and prettier --write
 * (the project's installed copies), ruff check --fix / ruff format, cargo fmt / cargo clippy --fix,
 * gofmt -w. File-scoped fixers get only the reported files.
 */
export function plannedFixers(root: string, cwd: string, diagnostics: readonly Diagnostic[], touched: readonly string[] = []): FixerRun[] {
  const abs = resolve(root, cwd);
  const usesPrettier = diagnostics.some((d) => d.tool === 'prettier') || hasPrettierConfig(root, abs);
  const usesEslint = diagnostics.some((d) => d.tool === 'eslint');
  const extra = (tool: string): string[] =>
    (tool === 'prettier' && usesPrettier) || (tool === 'eslint' && usesEslint) ? [...touched] : [];
  const filesOf = (pred: (d: Diagnostic) => boolean, ext?: RegExp, tool = ''): string[] =>
    [...new Set([...diagnostics.filter((d) => d.file && pred(d) && (!ext || ext.test(d.file))).map((d) => d.file), ...extra(tool)])]
      .filter((f) => existsSync(join(root, f)))
      .map((f) => relative(abs, join(root, f)) || '.');
  const runs: FixerRun[] = [];
  const eslintFiles = filesOf((d) => d.tool === 'eslint', undefined, 'eslint');
  const eslint = localBin(root, abs, 'eslint');
  if (eslint && eslintFiles.length > 0) runs.push({ fixer: 'eslint --fix', cwd: abs, file: eslint, args: ['--fix', ...eslintFiles] });
  const prettier = localBin(root, abs, 'prettier');
  const prettierFiles = filesOf((d) => d.tool === 'prettier', undefined, 'prettier');
  if (prettier && prettierFiles.length > 0)
    runs.push({ fixer: 'prettier --write', cwd: abs, file: prettier, args: ['--write', ...prettierFiles] });
  const ruffLint = filesOf((d) => d.tool === 'ruff' && d.rule !== 'format');
  const ruffFormat = filesOf((d) => d.tool === 'ruff' && d.rule === 'format');
  if (ruffLint.length > 0) {
    const t = pythonTool(root, abs, 'ruff');
    runs.push({ fixer: 'ruff check --fix', cwd: abs, file: t.file, args: [...t.prefix, 'check', '--fix', ...ruffLint] });
  }
  if (ruffFormat.length > 0) {
    const t = pythonTool(root, abs, 'ruff');
    runs.push({ fixer: 'ruff format', cwd: abs, file: t.file, args: [...t.prefix, 'format', ...ruffFormat] });
  }
  if (diagnostics.some((d) => d.tool === 'cargo' && d.rule === 'rustfmt'))
    runs.push({ fixer: 'cargo fmt', cwd: abs, file: 'cargo', args: ['fmt'] });
  if (diagnostics.some((d) => d.tool === 'cargo' && d.rule.startsWith('clippy::')))
    runs.push({
      fixer: 'cargo clippy --fix',
      cwd: abs,
      file: 'cargo',
      args: ['clippy', '--fix', '--allow-dirty', '--allow-staged', '--all-targets'],
    });
  const goFiles = filesOf((d) => d.tool === 'go', /\.go$/);
  if (goFiles.length > 0) runs.push({ fixer: 'gofmt -w', cwd: abs, file: 'gofmt', args: ['-w', ...goFiles] });
  return runs;
}

function hasPrettierConfig(root: string, cwd: string): boolean {
  for (const dir of new Set([cwd, resolve(root)])) {
    if (PRETTIER_CONFIGS.some((f) => existsSync(join(dir, f)))) return true;
    try {
      if ('prettier' in (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as object)) return true;
    } catch {
      /* no package.json */
    }
  }
  return false;
}

export async function runFixer(run: FixerRun, timeoutMs: number): Promise<FixerOutcome> {
  const files = run.args.filter((a) => !a.startsWith('-') && !['check', 'format', 'fmt', 'clippy', 'run', 'ruff'].includes(a));
  try {
    const result: RunResult = await runProcess(run.file, run.args, {
      cwd: run.cwd,
      timeoutMs,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    return { fixer: run.fixer, cwd: run.cwd, files, exitCode: result.exitCode };
  } catch (error) {
    return { fixer: run.fixer, cwd: run.cwd, files, exitCode: null, error: (error as Error).message };
  }
}
