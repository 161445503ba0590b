import type { DetectContext } from './detector.js';
import { pickScripts } from './detector.js';
import type { Candidate } from './types.js';

/** Target names of a Makefile (not pattern rules, not variables, not special targets). */
export function makeTargets(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^([A-Za-z0-9][A-Za-z0-9_./-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9_./-]*)*)[ \t]*::?(?![=])/gm)) {
    for (const name of (m[1] as string).split(/\s+/)) names.add(name);
  }
  return [...names];
}

/** Recipe names of a justfile (`name arg='x': deps`), private ones (`_x`) excluded. */
export function justRecipes(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^(@?)([A-Za-z][A-Za-z0-9_-]*)(?:[ \t]+[^:=\n]*)?:(?!=)/gm)) names.add(m[2] as string);
  return [...names].filter((n) => !['set', 'export', 'alias', 'import', 'mod'].includes(n));
}

/** Makefile targets named like gates (lint, test, integration, …); `check` is level 2 unless `test` exists. */
export function detectMake({ dir }: DetectContext): Candidate[] {
  const file = dir.first('Makefile', 'makefile', 'GNUmakefile');
  if (!file) return [];
  const targets = makeTargets(dir.read(file) ?? '');
  const out: Candidate[] = pickScripts(targets).map(({ name, level }) => ({
    level,
    name,
    command: `make ${name}`,
    kind: 'script' as const,
    ecosystem: 'make',
  }));
  if (targets.includes('check') && !out.some((c) => c.level === 2))
    out.push({ level: 2, name: 'check', command: 'make check', kind: 'script', ecosystem: 'make' });
  return out;
}

/** justfile recipes named like gates. */
export function detectJust({ dir }: DetectContext): Candidate[] {
  const file = dir.first('justfile', 'Justfile', '.justfile');
  if (!file) return [];
  const recipes = justRecipes(dir.read(file) ?? '');
  const out: Candidate[] = pickScripts(recipes).map(({ name, level }) => ({
    level,
    name,
    command: `just ${name}`,
    kind: 'script' as const,
    ecosystem: 'just',
  }));
  if (recipes.includes('check') && !out.some((c) => c.level === 2))
    out.push({ level: 2, name: 'check', command: 'just check', kind: 'script', ecosystem: 'just' });
  return out;
}
