import { useTempDir, writeTree } from '@ce/test-utils';
import { planValidation, type ValidationPlan } from '../src/index.js';

/** The validation plan inferred for a repository written from `tree` (path → text) in a fresh folder. */
export function planOfTree(tree: Record<string, string>): ValidationPlan {
  const dir = useTempDir('ce-infer-');
  writeTree(dir, tree);
  return planValidation({ root: dir });
}

/** The plan's commands per level, as `cwd: command` outside the root. */
export function commandsByLevel(p: ValidationPlan): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const level of ['1', '2', '3'] as const)
    out[level] = p.levels[level].map((c) => (c.cwd === '.' ? c.command : `${c.cwd}: ${c.command}`));
  return out;
}

/** A GitHub Actions workflow run on `on` (`[push, pull_request]`) with the given jobs. */
export function workflowOn(on: string, ...jobs: string[]): string {
  return [`on: ${on}`, 'jobs:', ...jobs].join('\n');
}

/** One job of `steps` (YAML lines under `steps:`), with `extra` lines at job level (`strategy:`, `if:`). */
export function stepsJob(name: string, steps: string[], extra: string[] = []): string {
  return [
    `  ${name}:`,
    '    runs-on: ubuntu-latest',
    ...extra.map((l) => `    ${l}`),
    '    steps:',
    ...steps.map((s) => `      ${s}`),
  ].join('\n');
}
