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

/** The recipe lines of each target (tab-indented lines after `target:`), joined by newlines. */
export function recipes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const head = /^@?([A-Za-z0-9][A-Za-z0-9_./-]*(?:[ \t]+[A-Za-z0-9][A-Za-z0-9_./-]*)*)[^:=\n]*:(?!=)(.*)$/.exec(line);
    if (head && !/^\s/.test(line)) {
      current = (head[1] as string).split(/\s+/);
      for (const name of current) out.set(name, (head[2] ?? '').trim());
      continue;
    }
    if (/^(\t| {2,})\S/.test(line))
      for (const name of current) out.set(name, `${out.get(name) ?? ''}\n${line.trim().replace(/^[@-]+/, '')}`);
    else if (line.trim() !== '' && !line.trim().startsWith('#')) current = [];
  }
  return out;
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
  const text = dir.read(file) ?? '';
  const targets = makeTargets(text);
  const bodies = recipes(text);
  const out: Candidate[] = pickScripts(targets).map(({ name, level }) => ({
    level,
    name,
    command: `make ${name}`,
    kind: 'script' as const,
    ecosystem: 'make',
    body: bodies.get(name),
  }));
  if (targets.includes('check') && !out.some((c) => c.level === 2))
    out.push({ level: 2, name: 'check', command: 'make check', kind: 'script', ecosystem: 'make', body: bodies.get('check') });
  return out;
}

/** justfile recipes named like gates. */
export function detectJust({ dir }: DetectContext): Candidate[] {
  const file = dir.first('justfile', 'Justfile', '.justfile');
  if (!file) return [];
  const text = dir.read(file) ?? '';
  const names = justRecipes(text);
  const bodies = recipes(text);
  const out: Candidate[] = pickScripts(names).map(({ name, level }) => ({
    level,
    name,
    command: `just ${name}`,
    kind: 'script' as const,
    ecosystem: 'just',
    body: bodies.get(name),
  }));
  if (names.includes('check') && !out.some((c) => c.level === 2))
    out.push({ level: 2, name: 'check', command: 'just check', kind: 'script', ecosystem: 'just', body: bodies.get('check') });
  return out;
}
