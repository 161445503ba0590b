import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ProjectDir } from '../inference/project-dir.js';
import { toolKeys } from '../inference/script-body.js';
import { resolveBody, scriptTable } from '../inference/script-table.js';
import type { PlannedCommand } from '../inference/types.js';
import { localBin, pythonTool, runFixer, type FixerRun } from './project-fixers.js';
import type { AppliedFix } from './self-heal.js';
import { dirtyFiles, hashFile } from './worktree-guard.js';

const JS = /\.(m|c)?(j|t)sx?$|\.(vue|svelte|astro)$/;
const PRETTIER = /\.((m|c)?(j|t)sx?|json5?|jsonc|mdx?|css|scss|less|html?|vue|ya?ml|graphql|gql|hbs|handlebars)$/;
const PY = /\.pyi?$/;
const DENO = /\.((m|c)?(j|t)sx?|jsonc?|md)$/;

/** Linters' fixes run before the formatters, so the formatter has the last word on layout. */
const ORDER = [
  'eslint --fix',
  'ruff check --fix',
  'isort',
  'prettier --write',
  'ruff format',
  'black',
  'gofmt -w',
  'cargo fmt',
  'deno fmt',
];

/**
 * The fixers that stand for a level-1 command (read from the command and the script it calls:
 * `npm run lint` → `eslint .` → `eslint --fix`), scoped to `files` (repository-relative) in its folder.
 */
export function fixersForCommand(root: string, command: PlannedCommand, files: readonly string[]): FixerRun[] {
  const cwd = resolve(root, command.cwd);
  const dir = ProjectDir.open(cwd, command.cwd, 0);
  const body = dir ? resolveBody(scriptTable(dir), command.command) : undefined;
  const text = `${command.command}\n${body ?? ''}`;
  const keys = toolKeys(text);
  const mine = files.filter((f) => command.cwd === '.' || f.startsWith(`${command.cwd}/`)).map((f) => relative(cwd, join(root, f)));
  const of = (re: RegExp): string[] => mine.filter((f) => re.test(f));
  const runs: FixerRun[] = [];
  const add = (fixer: string, file: string | undefined, args: string[], scoped: string[]): void => {
    if (file && scoped.length > 0) runs.push({ fixer, cwd, file, args: [...args, ...scoped] });
  };
  if (keys.has('eslint')) add('eslint --fix', localBin(root, cwd, 'eslint'), ['--fix'], of(JS));
  if (keys.has('prettier')) add('prettier --write', localBin(root, cwd, 'prettier'), ['--write', '--ignore-unknown'], of(PRETTIER));
  if (keys.has('ruff')) {
    const ruff = pythonTool(root, cwd, 'ruff');
    add('ruff check --fix', ruff.file, [...ruff.prefix, 'check', '--fix'], of(PY));
    if (/ruff\s+format|hatch\s+fmt/.test(text)) add('ruff format', ruff.file, [...ruff.prefix, 'format'], of(PY));
  }
  for (const tool of ['isort', 'black'] as const)
    if (keys.has(tool)) {
      const t = pythonTool(root, cwd, tool);
      add(tool, t.file, t.prefix, of(PY));
    }
  if (keys.has('gofmt')) add('gofmt -w', 'gofmt', ['-w'], of(/\.go$/));
  if (keys.has('cargo-fmt') && of(/\.rs$/).length > 0) runs.push({ fixer: 'cargo fmt', cwd, file: 'cargo', args: ['fmt'] });
  if (keys.has('deno-fmt')) add('deno fmt', 'deno', ['fmt'], of(DENO));
  return runs;
}

export interface FixFirstResult {
  fixed: AppliedFix[];
  /** Repository-relative files the fixers changed. */
  changed: string[];
}

/**
 * Asked to fix, ce runs the project's fixers first — on the files changed in the work tree, the
 * work being validated — and checks once afterwards, as a person would. Outside a git work tree,
 * or with nothing changed, there is nothing to scope them to and nothing runs.
 */
export async function fixersFirst(
  root: string,
  commands: readonly PlannedCommand[],
  timeoutMs: number,
  onFixing?: (fixer: string) => void,
): Promise<FixFirstResult> {
  const dirty = await dirtyFiles(root);
  const files = [...(dirty ?? [])].filter((f) => !/(^|\/)(node_modules|\.git|\.ce)\//.test(f) && existsSync(join(root, f)));
  if (files.length === 0) return { fixed: [], changed: [] };
  const seen = new Set<string>();
  const runs = commands
    .flatMap((c) => fixersForCommand(root, c, files))
    .filter((r) => !seen.has(`${r.fixer}@${r.cwd}`) && seen.add(`${r.fixer}@${r.cwd}`))
    .sort((a, b) => ORDER.indexOf(a.fixer) - ORDER.indexOf(b.fixer));
  const fixed: AppliedFix[] = [];
  const changed = new Set<string>();
  for (const run of runs) {
    const before = new Map(files.map((f) => [f, hashFile(join(root, f))]));
    onFixing?.(run.fixer);
    await runFixer(run, timeoutMs);
    const touched = files.filter((f) => hashFile(join(root, f)) !== before.get(f));
    if (touched.length === 0) continue;
    touched.forEach((f) => changed.add(f));
    fixed.push({ attempt: 0, fixer: run.fixer, files: touched });
  }
  return { fixed, changed: [...changed] };
}
