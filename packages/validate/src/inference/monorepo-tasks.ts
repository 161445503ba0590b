/**
 * Monorepo task runners run several tasks in one line (`turbo run lint test typecheck`,
 * `nx affected -t lint test build`, `nx run-many --targets=lint,test`): each task is a gate of its
 * own level, so the line is read as one command per task, the runner's options kept on each.
 */

import { splitConcurrently } from './concurrently-line.js';

/** Turbo options that take the next word as their value (`--filter web`). */
const TURBO_VALUE_OPTIONS =
  /^(--filter|-F|--concurrency|--cache-dir|--log-order|--output-logs|--env-mode|--cache|--graph|--log-prefix|--affected-base|--ui)$/;

function splitTurbo(words: string[], at: number): string[] | undefined {
  // `turbo run lint test` or `turbo lint test` (turbo 2 reads the first plain words as tasks).
  const start = words[at + 1] === 'run' ? at + 2 : at + 1;
  const tasks: number[] = [];
  for (let i = start; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') break;
    if (w.startsWith('-')) {
      if (TURBO_VALUE_OPTIONS.test(w)) i++;
      continue;
    }
    tasks.push(i);
  }
  if (tasks.length < 2) return undefined;
  return tasks.map((t) => words.filter((_w, i) => i === t || !tasks.includes(i)).join(' '));
}

function splitNx(words: string[], at: number): string[] | undefined {
  if (!/^(affected|run-many)$/.test(words[at + 1] ?? '')) return undefined;
  for (let i = at + 2; i < words.length; i++) {
    const w = words[i] as string;
    const inline = /^--targets?=(.+)$/.exec(w);
    const flag = w === '-t' || w === '--target' || w === '--targets';
    if (!inline && !flag) continue;
    // The targets: the option's value, comma-separated, or the plain words after `-t`.
    let end = i + 1;
    const names: string[] = [];
    if (inline) names.push(...(inline[1] as string).split(','));
    else for (; end < words.length && !(words[end] as string).startsWith('-'); end++) names.push(...(words[end] as string).split(','));
    const targets = names.filter(Boolean);
    if (targets.length < 2) return undefined;
    const before = words.slice(0, i).join(' ');
    const after = words.slice(inline ? i + 1 : end).join(' ');
    return targets.map((t) => [before, `-t ${t}`, after].filter(Boolean).join(' '));
  }
  return undefined;
}

/** One command per task of a turbo / nx line that runs several, else the command itself. */
export function splitMonorepoTasks(command: string): string[] {
  const words = command.trim().split(/\s+/);
  const turbo = words.indexOf('turbo');
  if (turbo >= 0 && turbo <= 2) return splitTurbo(words, turbo) ?? [command];
  const nx = words.indexOf('nx');
  if (nx >= 0 && nx <= 2) return splitNx(words, nx) ?? [command];
  return splitConcurrently(command) ?? [command];
}
