import type { DetectContext } from './detector.js';
import { calledScripts } from './called-scripts.js';
import { denoTaskBody } from './deno-task-body.js';
import { isUnrunnableLine } from './unrunnable-body.js';
import { levelOfScript, mentions, pickScripts } from './detector.js';
import { evidenceIn, jsonKey } from './evidence.js';
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

/** The placeholder `npm init` writes is not a test suite, nor is a body that names a package instead of a program. */
function isPlaceholder(body: string): boolean {
  return (
    /no test specified/i.test(body) || /^\s*(echo\s[^&|;]*)?(&&\s*)?exit 1\s*$/.test(body) || body.trim() === '' || isUnrunnableLine(body)
  );
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
  for (const { name, level } of pickScripts(names, (n) => levelOfScript(n, scripts[n] as string))) {
    const body = scripts[name] as string;
    out.push({
      level,
      name,
      command: runScript(runner, name),
      kind: 'script',
      ecosystem: 'node',
      body,
      evidence: evidenceIn(dir, 'package.json', jsonKey(name)),
    });
  }
  const tool = (level: 1 | 2 | 3, name: string, command: string, evidence: Candidate['evidence']): void => {
    out.push({ level, name, command: execTool(runner, command), kind: 'tool', ecosystem: 'node', evidence });
  };
  const depEvidence = (dep: string): Candidate['evidence'] => evidenceIn(dir, 'package.json', jsonKey(dep));
  const deps = {
    ...(pkg['dependencies'] as object),
    ...(pkg['devDependencies'] as object),
    ...(pkg['peerDependencies'] as object),
  } as Record<string, unknown>;
  const uses = (name: string): boolean => name in deps;
  // A check script's tools include those of the scripts it runs (`lint` = `run-p lint:*`).
  const checkBodies = out
    .filter((c) => c.level === 1)
    .flatMap((c) => [c.name, ...calledScripts(String(scripts[c.name]), scripts)].map((n) => String(scripts[n])));
  const covered = (tool: string): boolean => checkBodies.some((b) => mentions(b, tool));
  const hasLintScript = out.some((c) => c.level === 1 && /lint/.test(c.name));
  const eslintConfig = dir.first(...ESLINT_CONFIGS);
  if (uses('eslint') && (eslintConfig || pkg['eslintConfig']) && !hasLintScript && !covered('eslint')) {
    tool(1, 'eslint', 'eslint .', eslintConfig ? evidenceIn(dir, eslintConfig) : depEvidence('eslintConfig'));
  }
  const prettierConfig = dir.first(...PRETTIER_CONFIGS);
  if (
    uses('prettier') &&
    (prettierConfig || pkg['prettier']) &&
    !covered('prettier') &&
    !out.some((c) => /format|fmt|prettier/.test(c.name))
  ) {
    tool(1, 'prettier', 'prettier --check .', prettierConfig ? evidenceIn(dir, prettierConfig) : depEvidence('prettier'));
  }
  if (
    uses('typescript') &&
    dir.has('tsconfig.json') &&
    !covered('tsc') &&
    !covered('vue-tsc') &&
    !out.some((c) => /type|tsc/.test(c.name))
  ) {
    tool(1, 'typecheck', 'tsc --noEmit', evidenceIn(dir, 'tsconfig.json'));
  }
  if (!out.some((c) => c.level === 2)) {
    const runnerDep = ['vitest', 'jest', 'mocha'].find(uses);
    if (runnerDep) tool(2, runnerDep, runnerDep === 'vitest' ? 'vitest run' : runnerDep, depEvidence(runnerDep));
  }
  if (!out.some((c) => c.level === 3)) {
    if (uses('@playwright/test')) tool(3, 'playwright', 'playwright test', depEvidence('@playwright/test'));
    else if (uses('cypress')) tool(3, 'cypress', 'cypress run', depEvidence('cypress'));
  }
  return out;
}

/** deno.json / deno.jsonc: its tasks; otherwise Deno's built-in lint, fmt --check and test. */
export function detectDeno({ dir, ancestors }: DetectContext): Candidate[] {
  const file = dir.first('deno.json', 'deno.jsonc');
  if (!file) return [];
  // A member of a Deno workspace is checked from the workspace root.
  if (ancestors.some((a) => a.readJson(a.first('deno.json', 'deno.jsonc') ?? '')?.['workspace'] !== undefined)) return [];
  const config = dir.readJson(file) ?? {};
  const tasks = (config['tasks'] && typeof config['tasks'] === 'object' ? config['tasks'] : {}) as Record<string, unknown>;
  const bodyOf = (name: string): string => denoTaskBody(tasks, name);
  const out: Candidate[] = pickScripts(Object.keys(tasks), (n) => levelOfScript(n, bodyOf(n))).map(({ name, level }) => ({
    level,
    name,
    command: `deno task ${name}`,
    kind: 'script' as const,
    ecosystem: 'deno',
    body: bodyOf(name),
    evidence: evidenceIn(dir, file, jsonKey(name)),
  }));
  const builtIn = (level: 1 | 2, name: string, command: string): void => {
    out.push({ level, name, command, kind: 'tool', ecosystem: 'deno', evidence: evidenceIn(dir, file) });
  };
  // Deno's own checks where no task covers the level: lint, fmt --check, check (types); test.
  if (!out.some((c) => c.level === 1)) {
    builtIn(1, 'deno lint', 'deno lint');
    builtIn(1, 'deno fmt', 'deno fmt --check');
    builtIn(1, 'deno check', 'deno check .');
  }
  if (!out.some((c) => c.level === 2)) builtIn(2, 'deno test', 'deno test');
  return out;
}
