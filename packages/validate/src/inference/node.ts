import type { DetectContext } from './detector.js';
import { mentions, pickScripts } from './detector.js';
import type { ProjectDir } from './project-dir.js';
import type { Candidate } from './types.js';
import { ESLINT_CONFIGS, PRETTIER_CONFIGS } from '../tool-config-files.js';

export type NodeRunner = 'npm' | 'pnpm' | 'yarn' | 'bun';

const LOCKS: [string, NodeRunner][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lockb', 'bun'],
  ['bun.lock', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

/** The package manager: the lock file in this folder or the nearest ancestor, else `packageManager`, else npm. */
export function nodeRunner(dir: ProjectDir, ancestors: readonly ProjectDir[]): NodeRunner {
  for (const d of [dir, ...[...ancestors].reverse()]) {
    for (const [lock, runner] of LOCKS) if (d.has(lock)) return runner;
    const pm = d.readJson('package.json')?.['packageManager'];
    if (typeof pm === 'string') {
      const name = pm.split('@')[0];
      if (name === 'pnpm' || name === 'yarn' || name === 'bun' || name === 'npm') return name;
    }
  }
  return 'npm';
}

export function runScript(runner: NodeRunner, script: string): string {
  if (runner === 'npm') return script === 'test' ? 'npm test' : `npm run ${script}`;
  if (runner === 'yarn') return `yarn ${script}`;
  return `${runner} run ${script}`;
}

export function execTool(runner: NodeRunner, tool: string): string {
  if (runner === 'npm') return `npx ${tool}`;
  if (runner === 'pnpm') return `pnpm exec ${tool}`;
  if (runner === 'yarn') return `yarn ${tool}`;
  return `bunx ${tool}`;
}

/** The placeholder `npm init` writes is not a test suite. */
function isPlaceholder(body: string): boolean {
  return /no test specified/i.test(body) || /^\s*(echo\s[^&|;]*)?(&&\s*)?exit 1\s*$/.test(body) || body.trim() === '';
}

/** True when a folder belongs to a JavaScript workspace declared above it (its scripts are run from there). */
export function isWorkspaceMember(ancestors: readonly ProjectDir[]): boolean {
  return ancestors.some((a) => {
    const pkg = a.readJson('package.json');
    return (
      Boolean(pkg?.['workspaces']) ||
      a.has('pnpm-workspace.yaml') ||
      a.has('lerna.json') ||
      a.has('nx.json') ||
      a.has('turbo.json') ||
      a.has('rush.json')
    );
  });
}

/** package.json: the project's scripts with the runner its lock file names; raw tools only for what no script covers. */
export function detectNode({ dir, ancestors }: DetectContext): Candidate[] {
  const pkg = dir.readJson('package.json');
  if (!pkg) return [];
  if (dir.rel !== '.' && isWorkspaceMember(ancestors)) return [];
  const runner = nodeRunner(dir, ancestors);
  const scripts = (pkg['scripts'] && typeof pkg['scripts'] === 'object' ? pkg['scripts'] : {}) as Record<string, unknown>;
  const names = Object.keys(scripts).filter((n) => typeof scripts[n] === 'string' && !isPlaceholder(scripts[n] as string));
  const out: Candidate[] = [];
  for (const { name, level } of pickScripts(names)) {
    out.push({ level, name, command: runScript(runner, name), kind: 'script', ecosystem: 'node' });
  }
  const deps = {
    ...(pkg['dependencies'] as object),
    ...(pkg['devDependencies'] as object),
    ...(pkg['peerDependencies'] as object),
  } as Record<string, unknown>;
  const uses = (name: string): boolean => name in deps;
  const checkBodies = out.filter((c) => c.level === 1).map((c) => String(scripts[c.name]));
  const covered = (tool: string): boolean => checkBodies.some((b) => mentions(b, tool));
  const hasLintScript = out.some((c) => c.level === 1 && /lint/.test(c.name));
  if (uses('eslint') && (dir.first(...ESLINT_CONFIGS) || pkg['eslintConfig']) && !hasLintScript && !covered('eslint')) {
    out.push({ level: 1, name: 'eslint', command: execTool(runner, 'eslint .'), kind: 'tool', ecosystem: 'node' });
  }
  if (
    uses('prettier') &&
    (dir.first(...PRETTIER_CONFIGS) || pkg['prettier']) &&
    !covered('prettier') &&
    !out.some((c) => /format|fmt|prettier/.test(c.name))
  ) {
    out.push({ level: 1, name: 'prettier', command: execTool(runner, 'prettier --check .'), kind: 'tool', ecosystem: 'node' });
  }
  if (
    uses('typescript') &&
    dir.has('tsconfig.json') &&
    !covered('tsc') &&
    !covered('vue-tsc') &&
    !out.some((c) => /type|tsc/.test(c.name))
  ) {
    out.push({ level: 1, name: 'typecheck', command: execTool(runner, 'tsc --noEmit'), kind: 'tool', ecosystem: 'node' });
  }
  if (!out.some((c) => c.level === 2)) {
    if (uses('vitest')) out.push({ level: 2, name: 'vitest', command: execTool(runner, 'vitest run'), kind: 'tool', ecosystem: 'node' });
    else if (uses('jest')) out.push({ level: 2, name: 'jest', command: execTool(runner, 'jest'), kind: 'tool', ecosystem: 'node' });
    else if (uses('mocha')) out.push({ level: 2, name: 'mocha', command: execTool(runner, 'mocha'), kind: 'tool', ecosystem: 'node' });
  }
  if (!out.some((c) => c.level === 3)) {
    if (uses('@playwright/test'))
      out.push({ level: 3, name: 'playwright', command: execTool(runner, 'playwright test'), kind: 'tool', ecosystem: 'node' });
    else if (uses('cypress'))
      out.push({ level: 3, name: 'cypress', command: execTool(runner, 'cypress run'), kind: 'tool', ecosystem: 'node' });
  }
  return out;
}

/** deno.json / deno.jsonc: its tasks; otherwise Deno's built-in lint, fmt --check and test. */
export function detectDeno({ dir }: DetectContext): Candidate[] {
  const file = dir.first('deno.json', 'deno.jsonc');
  if (!file) return [];
  const config = dir.readJson(file) ?? {};
  const tasks = (config['tasks'] && typeof config['tasks'] === 'object' ? config['tasks'] : {}) as Record<string, unknown>;
  const out: Candidate[] = pickScripts(Object.keys(tasks)).map(({ name, level }) => ({
    level,
    name,
    command: `deno task ${name}`,
    kind: 'script' as const,
    ecosystem: 'deno',
  }));
  if (!out.some((c) => c.level === 1)) {
    out.push({ level: 1, name: 'deno lint', command: 'deno lint', kind: 'tool', ecosystem: 'deno' });
    out.push({ level: 1, name: 'deno fmt', command: 'deno fmt --check', kind: 'tool', ecosystem: 'deno' });
  }
  if (!out.some((c) => c.level === 2)) out.push({ level: 2, name: 'deno test', command: 'deno test', kind: 'tool', ecosystem: 'deno' });
  return out;
}
