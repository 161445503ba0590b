import type { ProjectDir } from './project-dir.js';
import { commandLines } from './command-lines.js';

/** pnpm options that take the next word as their value (`--filter web`). */
const PNPM_VALUE_OPTIONS = /^(--filter|-F|--workspace-concurrency|-C|--dir)$/;

function firstPlainAfter(words: string[], from: number, valueOptions: RegExp): string | undefined {
  for (let i = from; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') return undefined;
    if (w.startsWith('-')) {
      if (valueOptions.test(w)) i++;
      continue;
    }
    if (w === 'run') continue;
    return w;
  }
  return undefined;
}

/**
 * The script a body line runs in every workspace member (`pnpm -r check`, `pnpm run --recursive
 * typecheck`, `pnpm --filter ./packages/* test`, `npm run lint --workspaces`, `yarn workspaces foreach -A
 * run test`, `lerna run test`), else undefined.
 */
export function recursiveScript(line: string): string | undefined {
  const words = line.trim().split(/\s+/);
  const [head, second] = words;
  if (head === 'pnpm' && words.some((w) => /^(-r|--recursive|--filter(=.*)?|-F)$/.test(w)))
    return firstPlainAfter(words, 1, PNPM_VALUE_OPTIONS);
  if (head === 'npm' && (second === 'run' || second === 'run-script') && words.some((w) => /^(--workspaces|-ws)$/.test(w)))
    return firstPlainAfter(words, 2, /^$/);
  if (head === 'yarn' && second === 'workspaces') {
    const run = words.indexOf('run');
    return run > 0 ? firstPlainAfter(words, run + 1, /^$/) : undefined;
  }
  if ((head === 'lerna' || (head === 'npx' && second === 'lerna')) && words.includes('run')) {
    return firstPlainAfter(words, words.indexOf('run') + 1, /^--(scope|ignore|concurrency)$/);
  }
  return undefined;
}

/**
 * A root script that runs a script in every workspace member stands for what those members' scripts
 * do: their bodies are added to its own (`check: pnpm -r check` is a type check when the members'
 * `check` scripts run `tsc`).
 */
export function withMemberBodies(body: string, cwd: string, dirs: readonly ProjectDir[]): string {
  const names = new Set(
    commandLines(body)
      .map(recursiveScript)
      .filter((n): n is string => n !== undefined),
  );
  if (names.size === 0) return body;
  const below = dirs.filter((d) => d.rel !== cwd && (cwd === '.' || d.rel.startsWith(`${cwd}/`)));
  const bodies: string[] = [];
  for (const dir of below) {
    const scripts = dir.readJson('package.json')?.['scripts'];
    if (!scripts || typeof scripts !== 'object') continue;
    for (const name of names) {
      const member = (scripts as Record<string, unknown>)[name];
      if (typeof member === 'string') bodies.push(member);
    }
  }
  return [body, ...new Set(bodies)].join('\n');
}
